/**
 * The chart registry: every chart once, in every language (charts/i18n/languages.ts). The deck (ChartFigure), the
 * handout, the article kit, the embed pages and the tests all look charts up here, so a chart cannot differ between
 * outputs, and its languages differ only in words and number formats.
 */
import type { ChartSource } from 'launch-kit/charts/define'
import type { Lang } from './i18n/languages'
import type { ChartDefinition } from 'launch-kit/charts/types'
import { chineseDosesMap } from './definitions/chinese-doses-map'
import { chineseDosesPer100 } from './definitions/chinese-doses-per-100'
import { chineseVaccineDoses } from './definitions/chinese-vaccine-doses'
import { donationsChinaVsEu } from './definitions/donations-china-vs-eu'
import { firstDeliveries } from './definitions/first-deliveries'
import { fiveGCommitments } from './definitions/five-g-commitments'
import { techPresenceMap } from './definitions/tech-presence-map'
import { techPresenceMatrix } from './definitions/tech-presence-matrix'
import { vaccinationCoverage } from './definitions/vaccination-coverage'
import { DEFAULT_LANG } from './i18n/languages'

const sources: readonly ChartSource[] = [
  chineseVaccineDoses,
  chineseDosesPer100,
  chineseDosesMap,
  firstDeliveries,
  donationsChinaVsEu,
  vaccinationCoverage,
  techPresenceMap,
  techPresenceMatrix,
  fiveGCommitments,
]

export const chartIds: readonly string[] = sources.map(c => c.id)

/** Every chart in one language, in the registry's order. */
export function chartsIn(lang: Lang): readonly ChartDefinition[] {
  return sources.map(c => c.in(lang))
}

/** Every chart in the report's language (English). */
export const charts: readonly ChartDefinition[] = chartsIn(DEFAULT_LANG)

export function getChart(id: string, lang: Lang = DEFAULT_LANG): ChartDefinition {
  const chart = sources.find(c => c.id === id)
  if (!chart)
    throw new Error(`Unknown chart id "${id}". Valid ids: ${chartIds.join(', ')}`)
  return chart.in(lang)
}
