/**
 * How values read in one language: numbers, compact numbers, percentages, dates, months, lists and plural forms,
 * all from Intl with the language's tag (see intl-ready.ts for engines that lack a language), plus the language's
 * words for what is not a number ("no data", "≥", "at least", "none by …"). Dates are ISO strings formatted in UTC,
 * so no output depends on the machine's time zone. Formatters are made once per language.
 */
import type { Figure, Milestone } from '../../data/schema'
import type { EngineStrings, PluralForms } from './types'

export type ValueFormat = 'count' | 'rate' | 'percent'

export interface Locale {
  /** BCP 47 tag, as in Intl and the lang attribute. */
  tag: string
  /** 4200000 → "4,200,000" / "4 200 000" / "4.200.000"; rates with one decimal; percentages with the sign. */
  number: (value: number, format?: ValueFormat) => string
  /** For labels where space is short: "4.4m", "252k" (Intl's compact notation from 10,000 up). */
  compact: (value: number, format?: ValueFormat) => string
  /** Axis ticks: compact counts, whole rates and percentages. */
  tick: (value: number, format?: ValueFormat) => string
  /** A figure for a label: "≥ 252k", "4.4m", "0", "no data". */
  figureShort: (figure: Figure, format?: ValueFormat) => string
  /** A figure in full for tables and sentences: "at least 252,000", "4,200,000", "not known". */
  figureLong: (figure: Figure, format?: ValueFormat) => string
  /** '2021-03-28' → "28 Mar 2021"; '2020-08' → "Aug 2020"; '2016' → "2016", in the language. */
  date: (iso: string, style?: 'short' | 'long') => string
  milestone: (m: Milestone) => string
  /** ["A", "B", "C"] → "A, B and C" in the language (Intl.ListFormat). */
  list: (items: readonly string[]) => string
  /** The plural category of `value` as it is written in `format`, for choosing a word form after it. */
  pluralOf: (value: number, format?: ValueFormat) => Intl.LDMLPluralRule
  /** The form of a word after a number: plural(5, { one: 'doza', few: 'doze', other: 'doza' }). */
  plural: (value: number, forms: PluralForms) => string
}

const UTC = 'UTC'

function digits(format: ValueFormat): Intl.NumberFormatOptions {
  return format === 'count' ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 1, maximumFractionDigits: 1 }
}

export function makeLocale(strings: Pick<EngineStrings, 'meta' | 'words'>): Locale {
  const { tag } = strings.meta
  const words = strings.words
  const counts = new Intl.NumberFormat(tag, digits('count'))
  const rates = new Intl.NumberFormat(tag, digits('rate'))
  const percents = new Intl.NumberFormat(tag, { style: 'percent', ...digits('rate') })
  const wholePercents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
  const millions = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 })
  const thousands = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 0 })
  const dates = {
    short: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: UTC }),
    long: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UTC }),
  }
  const months = {
    short: new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: UTC }),
    long: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: UTC }),
  }
  const years = new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: UTC })
  const lists = new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' })
  const plurals = {
    count: new Intl.PluralRules(tag, digits('count')),
    rate: new Intl.PluralRules(tag, digits('rate')),
    percent: new Intl.PluralRules(tag, digits('rate')),
  }

  const number = (value: number, format: ValueFormat = 'count') => {
    if (format === 'count')
      return counts.format(value)
    return format === 'percent' ? percents.format(value / 100) : rates.format(value)
  }
  const compact = (value: number, format: ValueFormat = 'count') => {
    if (format !== 'count')
      return number(value, format)
    if (value >= 1_000_000)
      return millions.format(value)
    return value >= 10_000 ? thousands.format(value) : counts.format(value)
  }
  const figureLong = (figure: Figure, format: ValueFormat = 'count') => {
    if (figure.status === 'unknown')
      return words.notKnown
    const text = number(figure.value, format)
    return figure.status === 'atLeast' ? words.atLeast(text) : text
  }
  const date = (iso: string, style: 'short' | 'long' = 'short') => {
    const [y, m, d] = iso.split('-').map(Number)
    if (y === undefined || Number.isNaN(y))
      return iso
    const when = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1))
    if (m === undefined)
      return years.format(when)
    return d === undefined ? months[style].format(when) : dates[style].format(when)
  }
  return {
    tag,
    number,
    compact,
    tick: (value, format = 'count') => (format === 'count' ? compact(value) : format === 'percent' ? wholePercents.format(value / 100) : counts.format(value)),
    figureShort: (figure, format = 'count') => {
      if (figure.status === 'unknown')
        return words.noData
      const text = compact(figure.value, format)
      return figure.status === 'atLeast' ? words.bound(text) : text
    },
    figureLong,
    date,
    milestone: (m) => {
      switch (m.status) {
        case 'on': return date(m.date)
        case 'notBy': return words.noneBy(date(m.date))
        case 'never': return words.none
        case 'unknown': return words.notKnown
      }
    },
    list: items => lists.format(items),
    pluralOf: (value, format = 'count') => plurals[format].select(value),
    plural: (value, forms) => forms[plurals.count.select(value)] ?? forms.other,
  }
}
