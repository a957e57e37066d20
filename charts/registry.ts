/**
 * The chart registry: every chart once. The deck (ChartFigure), the handout, the article kit, the embed pages and
 * the tests all look charts up here, so a chart cannot differ between outputs.
 */
import type { ChartDefinition } from './types'
import { chineseDosesMap } from './definitions/chinese-doses-map'
import { chineseDosesPer100 } from './definitions/chinese-doses-per-100'
import { chineseVaccineDoses } from './definitions/chinese-vaccine-doses'
import { donationsChinaVsEu } from './definitions/donations-china-vs-eu'
import { firstDeliveries } from './definitions/first-deliveries'
import { fiveGCommitments } from './definitions/five-g-commitments'
import { techPresenceMap } from './definitions/tech-presence-map'
import { techPresenceMatrix } from './definitions/tech-presence-matrix'
import { vaccinationCoverage } from './definitions/vaccination-coverage'

export const charts: readonly ChartDefinition[] = [
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

export const chartIds: readonly string[] = charts.map(c => c.id)

export function getChart(id: string): ChartDefinition {
  const chart = charts.find(c => c.id === id)
  if (!chart)
    throw new Error(`Unknown chart id "${id}". Valid ids: ${chartIds.join(', ')}`)
  return chart
}
