/**
 * The dark theme of the embed pages (charts/theme.ts darkPalette), held to the Zoom lint's own colour rules
 * (scripts/lint/rules.ts): text 4.5:1 on the page, every mark that stands for a value 3:1, and the colours each
 * chart shows together apart under simulated deuteranopia and protanopia. The colours are read from each chart's
 * own dark configuration (its datasets, or its legend for maps and the matrix), so a chart that starts using
 * another colour is held to the same rules. tests/e2e/embed-hosts.test.ts measures the drawn pages the same way.
 */
import type { LegendItem } from 'chart.js'
import type { RenderProfile } from 'launch-kit/charts/types'
import { chartsIn } from 'launch-kit/charts/registry'
import { darkPalette } from 'launch-kit/charts/theme'
import { profiles } from 'launch-kit/charts/types'
import { RULES, seriesDifference, textContrast } from 'launch-kit/scripts/lint/rules'
import { describe, expect, it } from 'vitest'

/** WCAG 2.1 SC 1.4.11: graphical objects that carry meaning, against what is next to them. */
const MIN_MARK_CONTRAST = 3

const dark: RenderProfile = { ...profiles.embed, scheme: 'dark', animate: false }
const contrast = (colour: string, background: string) => textContrast({ color: colour, opacity: 1, backgrounds: [background] })

interface Series { label: string, fill: string, outlined: boolean }

/** What a chart draws its series with in the dark theme: its legend's swatches where it builds its own, else its datasets. */
function seriesOf(id: string): Series[] {
  const config = chartsIn().find(c => c.id === id)!.config(dark)
  const labels = config.options?.plugins?.legend?.labels as { generateLabels?: () => LegendItem[] } | undefined
  if (labels?.generateLabels) {
    return labels.generateLabels.call(undefined).map(item => ({
      label: item.text,
      fill: String(item.fillStyle),
      outlined: (item.lineWidth ?? 0) > 0 && String(item.strokeStyle) !== String(item.fillStyle),
    }))
  }
  return config.data.datasets.map((d, i) => ({ label: d.label ?? `series ${i + 1}`, fill: String((d as { backgroundColor?: unknown }).backgroundColor), outlined: false }))
}

describe('the dark theme', () => {
  it('gives text 4.5:1 on the page: body, muted text, links, the focus colour', () => {
    for (const role of ['ink', 'inkMuted', 'blue', 'accent'] as const)
      expect(contrast(darkPalette[role], darkPalette.paper), role).toBeGreaterThanOrEqual(RULES.minContrast)
  })

  it('draws the map borders 3:1 against the page, the land and the sea', () => {
    for (const ground of [darkPalette.paper, darkPalette.mapLand, darkPalette.mapSea])
      expect(contrast(darkPalette.mapBorder, ground), ground).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST)
  })

  it('keeps the matrix\'s cell words 4.5:1 on their cells', () => {
    const matrix = chartsIn().find(c => c.id === 'harbour-services')!.config(dark)
    const cells = matrix.options?.plugins?.cellLabels?.labels ?? []
    const fills = (matrix.data.datasets[0] as unknown as { backgroundColor: (ctx: { dataIndex: number }) => string }).backgroundColor
    expect(cells.length).toBeGreaterThan(0)
    cells.forEach((label, i) => expect(contrast(String(label.color), fills({ dataIndex: i })), label.text).toBeGreaterThanOrEqual(RULES.minContrast))
  })

  describe.each(chartsIn().map(c => [c.id]))('%s', (id) => {
    const series = seriesOf(id)

    it('reads its series from the chart (so nothing passes for want of colours)', () => {
      expect(series.length).toBeGreaterThan(0)
      for (const s of series)
        expect(s.fill, s.label).toMatch(/^#[0-9a-f]{6}$/i)
    })

    it('draws every mark that stands for a value 3:1 against the page; "no data" and outlined marks are told apart otherwise', () => {
      for (const s of series.filter(s => !s.outlined && s.fill !== darkPalette.noData))
        expect(contrast(s.fill, darkPalette.paper), `${s.label} ${s.fill}`).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST)
      for (const s of series.filter(s => s.fill === darkPalette.noData))
        expect(seriesDifference(s.fill, darkPalette.mapLand).difference, `${s.label} against the land`).toBeGreaterThanOrEqual(RULES.minSeriesDifference)
    })

    it('keeps its series apart under normal vision, deuteranopia and protanopia, as the Zoom lint asks', () => {
      const coloured = series.filter(s => !s.outlined)
      coloured.forEach((a, i) => {
        for (const b of coloured.slice(i + 1)) {
          const { difference, vision } = seriesDifference(a.fill, b.fill)
          expect(difference, `"${a.label}" ${a.fill} / "${b.label}" ${b.fill} (${vision})`).toBeGreaterThanOrEqual(RULES.minSeriesDifference)
        }
      })
    })
  })
})
