/**
 * What a chart definition is given to speak one language: the language's strings, its formatters and its country
 * names, and `fromData` for text that comes from data/ in English (notes, summaries, donor names).
 */
import type { CountryCode } from '../../data/schema'
import type { Lang } from '../../../../charts/i18n/languages'
import type { Locale } from './locale'
import type { Strings } from './types'
import { countries } from '../../../../data/countries'
import { DEFAULT_LANG, stringsOf } from '../../../../charts/i18n/languages'
import { makeLocale } from './locale'

export interface Translation {
  lang: Lang
  s: Strings
  f: Locale
  /** Full name ("Mali i Zi") and axis name ("Mali i Zi") of a country. */
  country: (code: CountryCode) => { name: string, short: string }
  /** The six countries as chart rows, in the deck's order: key, axis label, full name. */
  countryRows: () => { key: CountryCode, label: string, name: string }[]
  /** English text from data/ in this language; `where` names its place for the error when it has no translation. */
  fromData: (text: string, where: string) => string
}

/** A text from data/ with no translation in a language file: the message says which file and what to add. */
export class MissingTranslationError extends Error {
  override name = 'MissingTranslationError'
}

/** Data texts looked up per language, so the check can name translations nothing uses any more. */
const used = new Map<Lang, Set<string>>()

export function dataTextsUsed(lang: Lang): ReadonlySet<string> {
  return used.get(lang) ?? new Set()
}

const cache = new Map<Lang, Translation>()

export function translation(lang: Lang = DEFAULT_LANG): Translation {
  const known = cache.get(lang)
  if (known)
    return known
  const s = stringsOf(lang)
  const seen = used.get(lang) ?? new Set<string>()
  used.set(lang, seen)
  const t: Translation = {
    lang,
    s,
    f: makeLocale(s),
    country: code => s.countries[code],
    countryRows: () => countries.map(c => ({ key: c.country, label: s.countries[c.country].short, name: s.countries[c.country].name })),
    fromData: (text, where) => {
      if (lang === DEFAULT_LANG)
        return text
      seen.add(text)
      const translated = s.dataText[text]
      if (translated === undefined)
        throw new MissingTranslationError(`charts/i18n/${lang}.ts: no translation for this text from ${where}: "${text}". Add it under dataText, keyed by the English text exactly as it stands in data/.`)
      return translated
    },
  }
  cache.set(lang, t)
  return t
}
