/**
 * Intl for every chart language in any browser. Chart labels, dates and lists are formatted with Intl
 * (locale.ts); Node has full ICU data, but browsers ship what they choose, and Chromium has no Albanian (it formats
 * "sq" as American English). Before a page makes a chart in a language its engine lacks, this installs FormatJS's
 * implementation of the same Intl APIs (CLDR data, ECMA-402 behaviour) with the data of every chart language, so
 * a page formats all its languages with one implementation. Engines that have every language keep their own.
 */
import { langs, stringsOf } from './languages'

interface Supports { supportedLocalesOf: (locales: string[]) => string[] }

/** Whether this engine's Intl formats `tag` itself, for every API the charts use. */
export function intlSupports(tag: string): boolean {
  const apis: Supports[] = [Intl.NumberFormat, Intl.DateTimeFormat, Intl.PluralRules, Intl.ListFormat]
  return apis.every(api => api.supportedLocalesOf([tag]).length > 0)
}

/** FormatJS's Intl APIs in place of the engine's, then every chart language's data (which registers with them). */
export async function loadFormatJs(): Promise<void> {
  await import('./intl-polyfill')
  await Promise.all(langs().map(lang => stringsOf(lang).meta.intlData()))
}

let installing: Promise<boolean> | undefined

/**
 * Makes Intl able to format every chart language. Resolves true when FormatJS was installed (the engine lacks at
 * least one language: then all languages use FormatJS, so a language reads the same on every page of this engine),
 * false when the engine's own Intl has them all. Pages call it before they make their first translated chart;
 * English charts, made when the registry loads, keep the engine's Intl. `load` installs FormatJS: by default from
 * this bundle; the embed page, which leaves FormatJS out of its script, loads intl.js instead.
 */
export function ensureIntl(load: () => Promise<void> = loadFormatJs): Promise<boolean> {
  installing ??= langs().every(lang => intlSupports(stringsOf(lang).meta.tag))
    ? Promise.resolve(false)
    : load().then(() => true)
  return installing
}
