/**
 * The kit's fit check (scripts/kit/fit.ts) shown figures that do not fit: a label cut off by the image's edge, two
 * labels drawn over each other, a matrix label spilling out of its cell; and one that fits. The samples are what the
 * render page measures (embed/render.ts): every string with its glyph bounds, and the matrix cells.
 */
import type { FitSample } from 'launch-kit/embed/protocol'
import { FitError, judgeFit } from 'launch-kit/scripts/kit/fit'
import { describe, expect, it } from 'vitest'

const text = (str: string, left: number, top: number, width: number, height = 16) => ({ text: str, left, top, right: left + width, bottom: top + height })

/** A 400×300 figure: a title, two category labels, two values, and a matrix cell with its label inside. */
function fitting(): FitSample {
  return {
    width: 400,
    height: 300,
    texts: [text('Doses by country', 24, 20, 180, 22), text('Serbia', 24, 80, 50), text('Kosovo', 24, 110, 54), text('4.4m', 300, 80, 34), text('Extensive', 205, 205, 70)],
    cells: [{ left: 200, top: 200, right: 280, bottom: 226 }],
  }
}

describe('the kit\'s fit check', () => {
  it('passes a figure whose text fits, and says how close it came', () => {
    const result = judgeFit(fitting())
    expect(result.problems).toEqual([])
    expect(result.texts).toBe(5)
    expect(result.edgeMargin).toBe(20)
    expect(result.cellFill).toBeGreaterThan(0.9)
    expect(result.cellFill).toBeLessThanOrEqual(1)
  })

  it('finds a label cut off by the image\'s edge (a long word that cannot wrap)', () => {
    const sample = fitting()
    sample.texts.push(text('Vaksinimiikinezevendoses', 300, 140, 130))
    expect(judgeFit(sample).problems).toEqual([{ rule: 'clipped', text: 'Vaksinimiikinezevendoses', detail: 'cut off by the image\'s edge by 30px' }])
  })

  it('finds two labels drawn over each other', () => {
    const sample = fitting()
    sample.texts.push(text('≥ 252k (donated: no data)', 60, 112, 160))
    expect(judgeFit(sample).problems).toEqual([{ rule: 'overlap', text: 'Kosovo', detail: 'overlaps "≥ 252k (donated: no data)" by 14px' }])
    expect(judgeFit(sample).nearestGap).toBeLessThan(0)
  })

  it('finds a matrix label spilling out of its cell', () => {
    const sample = fitting()
    sample.texts[4] = text('Gjerësisht e pranishme', 205, 205, 120)
    expect(judgeFit(sample).problems).toEqual([{ rule: 'cell', text: 'Gjerësisht e pranishme', detail: 'spills out of its cell by 47px' }])
  })

  it('tolerates half a pixel of antialiasing, and not more', () => {
    const sample = fitting()
    sample.texts.push(text('edge', 360, 140, 40.4))
    expect(judgeFit(sample).problems).toEqual([])
    sample.texts.push(text('over', 360, 170, 40.6))
    expect(judgeFit(sample).problems.map(p => p.rule)).toEqual(['clipped'])
  })

  it('refuses the figures in one error that names each: chart, language, preset, rule, text', () => {
    const error = new FitError([{ figure: 'tech-presence-matrix/sq/article', problems: [{ rule: 'cell', text: 'Gjerësisht e pranishme', detail: 'spills out of its cell by 43px' }] }])
    expect(error.message).toBe('Text does not fit in 1 figure of the chart kit (nothing was written):\n  • tech-presence-matrix/sq/article: cell: "Gjerësisht e pranishme" spills out of its cell by 43px\nShorten the label in charts/i18n/<lang>.ts (or data/), or give it room in the chart kind (charts/*.ts), then run again.')
  })
})
