/**
 * Figures computed from sourced facts: sums of parts, rates per 100, sources merged. A derived figure keeps what it is
 * made of: a lower bound stays a lower bound, unknown stays unknown, and its sources are the sources of every input.
 * A launch builds its own derivations (its data/derive.ts) from these.
 */
import type { Figure, KnownFigure, Source, Sources } from './schema'

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
export function latest(dates: readonly string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a))
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

/** `figure` per 100 of `base` (e.g. connections per 100 people), keeping the figure's status. */
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
