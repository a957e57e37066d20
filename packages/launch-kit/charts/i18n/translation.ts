/**
 * What a chart definition is given to speak one language: the language's words (the engine's and the launch's), its
 * formatters and its country names, and `fromData` for text that comes from data/ in the report's language (notes,
 * summaries, donor names).
 */
import type { LaunchCharts } from '../launch'
import type { Lang } from './languages'
import type { Locale } from './locale'
import type { LaunchWords, Strings } from './types'
import { launchCharts } from '../launch'
import { defaultLang, stringsOf } from './languages'
import { makeLocale } from './locale'

export interface Translation<W extends LaunchWords = LaunchWords> {
  lang: Lang
  s: Strings<W>
  f: Locale
  /** Full name ("Mali i Zi") and axis name ("Mali i Zi") of a country. */
  country: (code: string) => { name: string, short: string }
  /** The compared countries as chart rows, in the launch's order: key, axis label, full name. */
  countryRows: () => { key: string, label: string, name: string }[]
  /** Text from data/ in this language; `where` names its place for the error when it has no translation. */
  fromData: (text: string, where: string) => string
}

/** A text from data/ with no translation in a language file: the message says which file and what to add. */
export class MissingTranslationError extends Error {
  override name = 'MissingTranslationError'
}

interface LaunchState {
  translations: Map<Lang, Translation>
  /** Data texts looked up per language, so the check can name translations nothing uses any more. */
  used: Map<Lang, Set<string>>
}

const states = new WeakMap<LaunchCharts, LaunchState>()

function state(): LaunchState {
  const charts = launchCharts()
  const known = states.get(charts) ?? { translations: new Map(), used: new Map() }
  states.set(charts, known)
  return known
}

export function dataTextsUsed(lang: Lang): ReadonlySet<string> {
  return state().used.get(lang) ?? new Set()
}

export function translation(lang: Lang = defaultLang()): Translation {
  const { translations, used } = state()
  const known = translations.get(lang)
  if (known)
    return known
  const s = stringsOf(lang)
  const seen = used.get(lang) ?? new Set<string>()
  used.set(lang, seen)
  const report = lang === defaultLang()
  const country = (code: string) => {
    const names = s.countries[code]
    if (!names)
      throw new MissingTranslationError(`charts/words/${lang}.ts: no name for the country ${code} under countries; add { name, short } for it`)
    return names
  }
  const t: Translation = {
    lang,
    s,
    f: makeLocale(s),
    country,
    countryRows: () => launchCharts().countries.map(c => ({ key: c.country, label: country(c.country).short, name: country(c.country).name })),
    fromData: (text, where) => {
      if (report)
        return text
      seen.add(text)
      const translated = s.dataText[text]
      if (translated === undefined)
        throw new MissingTranslationError(`charts/words/${lang}.ts: no translation for this text from ${where}: "${text}". Add it under dataText, keyed by the text exactly as it stands in data/.`)
      return translated
    },
  }
  translations.set(lang, t)
  return t
}
