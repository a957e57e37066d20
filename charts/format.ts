/**
 * How values read in labels, tables, CSV and alt text. Dates are ISO strings formatted in UTC, so the output does
 * not depend on the machine's time zone.
 */
import type { Figure, Milestone, Source } from '../data/schema'

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const rates = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

export type ValueFormat = 'count' | 'rate' | 'percent'

export function formatNumber(value: number, format: ValueFormat = 'count'): string {
  if (format === 'count')
    return counts.format(value)
  return format === 'percent' ? `${rates.format(value)} %` : rates.format(value)
}

/** 4,200,000 → "4.2 m", 252,000 → "252k": for data labels where space is short. */
export function formatCompact(value: number, format: ValueFormat = 'count'): string {
  if (format !== 'count')
    return formatNumber(value, format)
  if (value >= 1_000_000)
    return `${rates.format(value / 1_000_000).replace(/\.0$/, '')} m`
  if (value >= 10_000)
    return `${counts.format(Math.round(value / 1000))}k`
  return counts.format(value)
}

/** Axis ticks: compact counts, whole rates and percentages. */
export function formatTick(value: number, format: ValueFormat = 'count'): string {
  if (format === 'count')
    return formatCompact(value)
  return `${counts.format(value)}${format === 'percent' ? ' %' : ''}`
}

/** A figure in words for a label: "≥ 252k", "4.2 m", "0", "no data". */
export function formatFigureShort(figure: Figure, format: ValueFormat = 'count'): string {
  if (figure.status === 'unknown')
    return 'no data'
  const text = formatCompact(figure.value, format)
  return figure.status === 'atLeast' ? `≥ ${text}` : text
}

/** A figure in full for tables and CSV readers: "at least 252,000", "4,200,000", "not known". */
export function formatFigureLong(figure: Figure, format: ValueFormat = 'count'): string {
  if (figure.status === 'unknown')
    return 'not known'
  const text = formatNumber(figure.value, format)
  return figure.status === 'atLeast' ? `at least ${text}` : text
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/** '2021-03-28' → "28 Mar 2021"; '2020-08' → "Aug 2020"; '2016' → "2016". */
export function formatDate(iso: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = iso.split('-')
  const months = style === 'long' ? MONTHS_LONG : MONTHS
  if (!m)
    return y ?? iso
  const month = months[Number(m) - 1]
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`
}

/** Days since 1970-01-01 for an ISO date (a month counts from its first day): a time axis without a date adapter. */
export function dayNumber(iso: string): number {
  const [y, m = '1', d = '1'] = iso.split('-')
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

export function formatMilestone(m: Milestone): string {
  switch (m.status) {
    case 'on': return formatDate(m.date)
    case 'notBy': return `none by ${formatDate(m.date)}`
    case 'never': return 'never'
    case 'unknown': return 'not known'
  }
}

/** "Reuters; ANSAmed": publishers of a list of sources, each once. */
export function publishers(list: readonly Source[]): string {
  return [...new Set(list.map(s => s.publisher))].join('; ')
}
