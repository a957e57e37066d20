/**
 * The Zoom legibility rules, with every threshold in one place, judged on what lint-measure.ts read from a slide.
 * Colour science is culori's: WCAG 2 contrast, Machado et al. (2009) colour-vision-deficiency simulation and
 * CIEDE2000 colour difference.
 */
import type { Color } from 'culori'
import type { ChartSeries, SlideSample, TextSample } from './measure'
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast } from 'culori'
import { slide } from '../../charts/theme'

export const RULES = {
  /** Smallest text on the 980-px canvas (charts/theme.ts; see deck-tools-anchors §4: ≈24 pt ≈ 24.5 px, never under 20). */
  minText: slide.minText,
  /** Source and citation lines (class chart-source). */
  minSourceText: slide.minSourceText,
  /** Chart ticks, legend and data labels, px on the slide. */
  minChartText: slide.minText,
  /** Line height as a multiple of the font size: below it, wrapped lines touch (descenders meet ascenders). */
  minLineHeight: 1.05,
  /** WCAG 2 AA for normal-size text. */
  minContrast: 4.5,
  /**
   * Smallest CIEDE2000 difference between two chart series' colours, under normal vision and under simulated
   * deuteranopia and protanopia (full severity). ΔE00 ≈ 2.3 is a just-noticeable difference for large patches side
   * by side; legend swatches and points are small and pass through video compression, which needs several times
   * more (Szafir 2017, "Modeling color difference for visualization design"). 10 is that margin. Series that also
   * differ by point shape or by an outline are told apart without colour and are not held to it.
   */
  minSeriesDifference: 10,
  /** Sub-pixel rounding allowed before a box counts as leaving the slide or being cut off, px. */
  overflowTolerance: 1,
} as const

export type Rule = 'font-size' | 'line-height' | 'contrast' | 'chart-font' | 'chart-contrast' | 'series-colour' | 'overflow' | 'chart-missing'

export interface Violation {
  slide: number
  rule: Rule
  /** The element's text, or the chart and part. */
  element: string
  measured: string
  required: string
}

const WHITE: Color = { mode: 'rgb', r: 1, g: 1, b: 1 }
const rgb = converter('rgb')
const deltaE = differenceCiede2000()
const simulations = {
  'normal vision': (c: Color) => c,
  'deuteranopia': filterDeficiencyDeuter(1),
  'protanopia': filterDeficiencyProt(1),
} as const

function colour(text: string): Color | undefined {
  return parse(text)
}

/** Paints `top` (with its alpha, times `opacity`) over the opaque `bottom`. */
function over(top: Color, bottom: Color, opacity = 1): Color {
  const a = (top.alpha ?? 1) * opacity
  const t = rgb(top)
  const b = rgb(bottom)
  return { mode: 'rgb', r: t.r * a + b.r * (1 - a), g: t.g * a + b.g * (1 - a), b: t.b * a + b.b * (1 - a) }
}

/** The colour actually behind the text: its backgrounds composited from the outermost in, on white. */
export function effectiveBackground(backgrounds: readonly string[]): Color {
  return [...backgrounds].reverse().reduce<Color>((below, css) => {
    const c = colour(css)
    return c ? over(c, below) : below
  }, WHITE)
}

/** WCAG contrast of a text colour (with alpha and inherited opacity) on its backgrounds. */
export function textContrast(sample: Pick<TextSample, 'color' | 'opacity' | 'backgrounds'>): number {
  const background = effectiveBackground(sample.backgrounds)
  const fg = colour(sample.color)
  if (!fg)
    return 0
  return wcagContrast(over(fg, background, sample.opacity), background)
}

/** The smallest CIEDE2000 difference between two colours across the simulations, and which one gives it. */
export function seriesDifference(a: string, b: string): { difference: number, vision: string } {
  const ca = colour(a)
  const cb = colour(b)
  if (!ca || !cb)
    return { difference: Number.POSITIVE_INFINITY, vision: 'unparsed' }
  let worst = { difference: Number.POSITIVE_INFINITY, vision: '' }
  for (const [vision, simulate] of Object.entries(simulations)) {
    const difference = deltaE(simulate(ca), simulate(cb))
    if (difference < worst.difference)
      worst = { difference, vision }
  }
  return worst
}

function toldApartWithoutColour(a: ChartSeries, b: ChartSeries): boolean {
  return (a.shape !== null && b.shape !== null && a.shape !== b.shape) || (a.outline === null) !== (b.outline === null)
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`

/** Every rule broken on one slide. */
export function checkSlide(no: number, sample: SlideSample): Violation[] {
  const found: Violation[] = []
  const add = (rule: Rule, element: string, measured: string, required: string) => found.push({ slide: no, rule, element, measured, required })

  for (const t of sample.texts) {
    const min = t.source ? RULES.minSourceText : RULES.minText
    if (t.fontSize < min - 0.05)
      add('font-size', t.text, px(t.fontSize), `≥ ${min}px${t.source ? ' (source line)' : ''}`)
    if (t.lineHeight !== null && t.lineHeight < t.fontSize * RULES.minLineHeight - 0.05)
      add('line-height', t.text, `${px(t.lineHeight)} for ${px(t.fontSize)} text`, `≥ ${px(t.fontSize * RULES.minLineHeight)} (${RULES.minLineHeight} × font size)`)
    if (t.backgroundImage) {
      add('contrast', t.text, 'on a background image or gradient', 'a plain background colour, so contrast can be checked')
      continue
    }
    const contrast = textContrast(t)
    if (contrast < RULES.minContrast)
      add('contrast', t.text, `${contrast.toFixed(2)}:1`, `≥ ${RULES.minContrast}:1`)
  }

  for (const id of sample.failedCharts)
    add('chart-missing', `chart ${id}`, 'failed to draw; its data table is shown instead', 'a chart that draws (see the console error)')

  for (const chart of sample.charts) {
    if (!chart.found) {
      add('chart-missing', `chart ${chart.id}`, 'no Chart.js instance on the canvas', 'window.Chart and a drawn chart (setup/main.ts exposes it)')
      continue
    }
    for (const f of chart.fonts) {
      if (f.size < RULES.minChartText - 0.05)
        add('chart-font', `chart ${chart.id}: ${f.what}`, px(f.size), `≥ ${RULES.minChartText}px`)
    }
    for (const c of chart.colours) {
      const contrast = textContrast({ color: c.color, opacity: 1, backgrounds: [c.background] })
      if (contrast < RULES.minContrast)
        add('chart-contrast', `chart ${chart.id}: ${c.what}`, `${contrast.toFixed(2)}:1`, `≥ ${RULES.minContrast}:1`)
    }
    chart.series.forEach((a, i) => {
      for (const b of chart.series.slice(i + 1)) {
        if (toldApartWithoutColour(a, b) || a.fill.toLowerCase() === '' || b.fill.toLowerCase() === '')
          continue
        const { difference, vision } = seriesDifference(a.fill, b.fill)
        if (difference < RULES.minSeriesDifference)
          add('series-colour', `chart ${chart.id}: "${a.label}" ${a.fill} vs "${b.label}" ${b.fill}`, `ΔE00 ${difference.toFixed(1)} (${vision})`, `≥ ${RULES.minSeriesDifference}`)
      }
    })
  }

  for (const o of sample.overflow) {
    if (o.by > RULES.overflowTolerance)
      add('overflow', o.what, `${o.kind === 'outside' ? 'past the' : 'cut off at the'} ${o.edge} edge by ${px(o.by)}`, o.kind === 'outside' ? 'inside the slide' : 'no hidden content')
  }
  return found
}

/** One line per violation: slide, element, measured, required. */
export function formatViolation(v: Violation): string {
  return `slide ${v.slide} · ${v.rule} · "${v.element}" · ${v.measured} · needs ${v.required}`
}
