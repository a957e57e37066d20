/**
 * This report's figures computed from its sourced facts: Chinese totals from shipments, first deliveries. The generic
 * derivations (sums, rates per 100, merged sources) are the engine's (launch-kit/data/derive), re-exported here.
 * A derived figure keeps what it is made of: a lower bound stays a lower bound, unknown stays unknown, and its
 * sources are the sources of every input.
 */
import type { Figure, Milestone } from 'launch-kit/data/schema'
import type { Shipment, VaccineCountry } from './vaccines'
import { latest, mergeSources } from 'launch-kit/data/derive'

export { mergeSources, perHundred, sumFigures } from 'launch-kit/data/derive'

export type ShipmentKind = 'purchase' | 'donation'

/** Chinese shipments of one kind sent by the People's Republic (third-country donations are excluded). */
export function shipmentsOf(entry: VaccineCountry, kind: ShipmentKind): Shipment[] {
  return entry.chinese.shipments.filter(s => s.kind === kind && s.from === 'China')
}

/** A country's purchased or donated total as a figure, from a reported total or the listed shipments. */
export function chineseTotal(entry: VaccineCountry, kind: ShipmentKind): Figure {
  const total = kind === 'purchase' ? entry.chinese.purchased : entry.chinese.donatedByChina
  if (total.basis === 'reported')
    return total.figure
  const listed = shipmentsOf(entry, kind)
  const known = listed.filter((s): s is Shipment & { doses: number } => s.doses !== null)
  if (known.length === 0)
    return { status: 'unknown', reason: total.note }
  return {
    status: total.complete && known.length === listed.length ? 'exact' : 'atLeast',
    value: known.reduce((sum, s) => sum + s.doses, 0),
    date: latest(known.map(s => s.date)),
    sources: mergeSources(...known.map(s => s.sources)),
    note: total.note,
  }
}

/** When the first Chinese vaccines arrived: the earliest shipment from China, a sourced "never", or unknown. */
export function firstChineseDelivery(entry: VaccineCountry): Milestone {
  const fromChina = entry.chinese.shipments.filter(s => s.from === 'China').sort((a, b) => a.date.localeCompare(b.date))
  const first = fromChina[0]
  if (first) {
    if (first.date.length !== 10)
      return { status: 'unknown', reason: `The first delivery is dated only to ${first.date}.` }
    const what = first.doses === null ? `${first.vaccine} doses` : `${first.doses.toLocaleString('en-GB')} ${first.vaccine} doses`
    return { status: 'on', date: first.date, sources: first.sources, note: `${what}, ${first.kind === 'unclear' ? 'bought or donated' : first.kind === 'purchase' ? 'bought' : 'donated by China'}.` }
  }
  const purchased = chineseTotal(entry, 'purchase')
  const donated = chineseTotal(entry, 'donation')
  if (purchased.status === 'exact' && purchased.value === 0 && donated.status === 'exact' && donated.value === 0)
    return { status: 'never', sources: mergeSources(purchased.sources, donated.sources), note: purchased.note ?? 'No Chinese vaccines received.' }
  return { status: 'unknown', reason: 'No Chinese delivery found in the sources checked.' }
}
