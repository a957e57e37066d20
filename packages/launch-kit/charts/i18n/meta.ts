/**
 * What every language file declares besides its strings: its identity and honesty flag (LanguageMeta), the forms
 * of words after numbers, and the table of data texts. Kept apart from types.ts, which derives the strings' shape
 * from English, so English can use these without importing itself.
 */

/** Forms of a word after a number, by the language's plural category (Intl.PluralRules); `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

export interface LanguageMeta {
  /** The code used in file paths, the manifest and settings: 'en', 'sq', 'sr-Latn'. */
  code: string
  /** BCP 47 tag for Intl and for the lang attribute of pages: 'en-GB', 'sq', 'sr-Latn'. */
  tag: string
  /** The language's own name, for language switches: "Shqip". */
  name: string
  /**
   * Whether a native speaker has reviewed this file's words. False: the words were written in this project and every
   * output says so ("translation not yet reviewed").
   */
  reviewed: boolean
  /** Who wrote or reviewed the words, and who should review them next. */
  provenance: string
  /**
   * Loads the CLDR data of FormatJS's Intl implementation for this language (numbers, dates, plurals, lists), for
   * browsers whose own Intl lacks the language (Chromium has no Albanian): see intl-ready.ts. Node never needs it.
   */
  intlData: () => Promise<unknown>
}

/**
 * Text that comes from data/ (notes, summaries, donor names) in English, mapped to this language. Keyed by the
 * English text itself, so a note changed in data/ no longer finds its old translation and `npm run check` names it.
 */
export type DataTexts = Record<string, string>
