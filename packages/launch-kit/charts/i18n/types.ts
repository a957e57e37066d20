import type { DataTexts, LanguageMeta } from './meta'
/**
 * The shape of a language's words. Each chart language has two parts: the engine's words (charts/i18n/words/<lang>.ts:
 * the words around every chart, the chart kinds' alt-text frames, the chart kit's pages) and the launch's own
 * (its charts/words/<lang>.ts: its charts' titles, notes and series, the names of its countries and the translation
 * of text from its data). English is the reference of each part: another language typed with English's shape has
 * the same keys, or it does not compile; `npm run check` says the same at run time (i18n/check.ts).
 */
import type { en } from './words/en'

export type { DataTexts, LanguageMeta, PluralForms } from './meta'

/** The engine's words in one language; English's own type, so all languages have the same keys. */
export type EngineStrings = typeof en

/** What every launch's words hold in each language, besides its charts' own words. */
export interface LaunchWords {
  /** Whether a native speaker has reviewed the launch's words in this language, and who wrote them. */
  meta: { reviewed: boolean, provenance: string }
  /** Each compared country's full name (`name`, in running text) and axis name (`short`), by code. */
  countries: Readonly<Record<string, { name: string, short: string }>>
  /** Text from data/ (notes, summaries) in English, mapped to this language; empty for the report's language. */
  dataText: DataTexts
}

/**
 * Every word of one language: the engine's and the launch's (W). `meta.reviewed` is false if either part is a
 * translation nobody has reviewed.
 */
export type Strings<W extends LaunchWords = LaunchWords> = Omit<EngineStrings, 'meta'> & Omit<W, 'meta'> & { meta: LanguageMeta }
