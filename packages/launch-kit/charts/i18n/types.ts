/**
 * The shape of a language's strings. English (en.ts) is the reference: every other language file is typed
 * `Strings`, so a key missing from it, or one it has that English lacks, is a type error; `npm run check` says the
 * same at run time (i18n/check.ts).
 */
import type { en } from '../../../../charts/i18n/en'

export type { DataTexts, LanguageMeta, PluralForms } from './meta'

/** Everything a language file holds; English's own type, so all languages have the same keys. */
export type Strings = typeof en
