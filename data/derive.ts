/**
 * Figures computed from sourced facts: totals from shipments, first deliveries, rates per 100 people, shares.
 * A derived figure keeps what it is made of: a lower bound stays a lower bound, unknown stays unknown, and its
 * sources are the sources of every input.
 */
import type { Figure, KnownFigure, Milestone, Source, Sources } from 'launch-kit/data/schema'
import type { Shipment, VaccineCountry } from './vaccines'

export type ShipmentKind = 'purchase' | 'donation'

/** Sources of several facts, each once, in first-seen order. */
export function mergeSources(...lists: readonly (readonly Source[])[]): Sources {
  const seen = new Map<string, Source>()
  for (const list of lists) {
    for (const source of list) {
      if (!seen.has(source.url))
        seen.set(source.url, source)
    }
  }
  const [first, ...rest] = [...seen.values()]
  if (!first)
    throw new Error('mergeSources: a derived figure needs at least one source')
  return [first, ...rest]
}

/** The latest of several ISO dates; plain string order works for ISO 8601. */
function latest(dates: readonly string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a))
}

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

/** The sum of non-negative figures: unknown parts make the sum a lower bound of the known parts. */
export function sumFigures(parts: readonly Figure[]): Figure {
  const known = parts.filter((f): f is KnownFigure => f.status !== 'unknown')
  if (known.length === 0)
    return { status: 'unknown', reason: 'No part of the total is known.' }
  const exact = known.length === parts.length && known.every(f => f.status === 'exact')
  return {
    status: exact ? 'exact' : 'atLeast',
    value: known.reduce((sum, f) => sum + f.value, 0),
    date: latest(known.map(f => f.date)),
    sources: mergeSources(...known.map(f => f.sources)),
  }
}

/** `figure` per 100 of `base` (e.g. doses per 100 people), keeping the figure's status. */
export function perHundred(figure: Figure, base: Figure): Figure {
  if (figure.status === 'unknown')
    return figure
  if (base.status !== 'exact' || base.value === 0)
    return { status: 'unknown', reason: 'No exact population to divide by.' }
  return {
    status: figure.status,
    value: (figure.value / base.value) * 100,
    date: figure.date,
    sources: mergeSources(figure.sources, base.sources),
    note: figure.note,
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
