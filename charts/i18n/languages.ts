/**
 * The chart languages. Adding one: write charts/i18n/<code>.ts typed `Strings` (copy sq.ts and translate every
 * value; the type checker and `npm run check` name any key missing or extra) and list it here. Everything else —
 * the kit's folders, embed pages, the gallery switch, CSV and JSON, the deck setting, the tests — follows this list.
 */
import type { Strings } from 'launch-kit/charts/i18n/types'
import { en } from './en'
import { sq } from './sq'
import { srLatn } from './sr-Latn'

export const LANGUAGES = {
  'en': en,
  'sq': sq,
  'sr-Latn': srLatn,
} as const satisfies Record<string, Strings>

export type Lang = keyof typeof LANGUAGES

/** In the order the kit, the gallery switch and the tests list them; the first is the report's own language. */
export const LANGS = Object.keys(LANGUAGES) as Lang[]

/** The report's language: its kit files keep the paths they had before translations existed. */
export const DEFAULT_LANG: Lang = 'en'

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as string[]).includes(value)
}

export function stringsOf(lang: Lang): Strings {
  return LANGUAGES[lang]
}
