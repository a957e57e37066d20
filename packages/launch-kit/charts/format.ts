/**
 * Values in English for slide text and scripts, and the date arithmetic the charts share.
 * Every chart formats through its own language's Locale (i18n/locale.ts); these wrappers are that Locale for
 * English, so a slide's figure and a chart's read the same.
 */
import type { Figure, Milestone, Source } from '../data/schema'
import type { ValueFormat } from './i18n/locale'
import { ENGINE_LANGUAGES } from './i18n/builtin'
import { makeLocale } from './i18n/locale'

export type { ValueFormat } from './i18n/locale'

let englishLocale: ReturnType<typeof makeLocale> | undefined
/** The engine's English, made on first use: these wrappers need no launch, so a launch's facts.ts can use them anywhere. */
const english = () => (englishLocale ??= makeLocale(ENGINE_LANGUAGES.en!))

export function formatNumber(value: number, format: ValueFormat = 'count'): string {
  return english().number(value, format)
}

/** 4,200,000 → "4.2m", 252,000 → "252k": for data labels where space is short. */
export function formatCompact(value: number, format: ValueFormat = 'count'): string {
  return english().compact(value, format)
}

export function formatTick(value: number, format: ValueFormat = 'count'): string {
  return english().tick(value, format)
}

export function formatFigureShort(figure: Figure, format: ValueFormat = 'count'): string {
  return english().figureShort(figure, format)
}

export function formatFigureLong(figure: Figure, format: ValueFormat = 'count'): string {
  return english().figureLong(figure, format)
}

/** '2021-03-28' → "28 Mar 2021"; '2020-08' → "Aug 2020"; '2016' → "2016". */
export function formatDate(iso: string, style: 'short' | 'long' = 'short'): string {
  return english().date(iso, style)
}

export function formatMilestone(m: Milestone): string {
  return english().milestone(m)
}

/** Days since 1970-01-01 for an ISO date (a month counts from its first day): a time axis without a date adapter. */
export function dayNumber(iso: string): number {
  const [y, m = '1', d = '1'] = iso.split('-')
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** "Reuters; ANSAmed": publishers of a list of sources, each once. Publishers stay as published in every language. */
export function publishers(list: readonly Source[]): string {
  return [...new Set(list.map(s => s.publisher))].join('; ')
}
