/**
 * The chart registry: every chart of the launch being drawn, in every one of its languages (charts/launch.ts). The
 * deck (ChartFigure), the handout, the article kit, the embed pages and the tests all look charts up here, so a chart
 * cannot differ between outputs, and its languages differ only in words and number formats.
 */
import type { Lang } from './i18n/languages'
import type { ChartDefinition } from './types'
import { defaultLang } from './i18n/languages'
import { launchCharts } from './launch'

export function chartIds(): string[] {
  return launchCharts().charts.map(c => c.id)
}

/** Every chart in one language (the report's by default), in the registry's order. */
export function chartsIn(lang: Lang = defaultLang()): readonly ChartDefinition[] {
  return launchCharts().charts.map(c => c.in(lang))
}

export function getChart(id: string, lang: Lang = defaultLang()): ChartDefinition {
  const chart = launchCharts().charts.find(c => c.id === id)
  if (!chart)
    throw new Error(`Unknown chart id "${id}". Valid ids: ${chartIds().join(', ')}`)
  return chart.in(lang)
}
