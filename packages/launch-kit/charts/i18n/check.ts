/**
 * The languages checked at run time, for `npm run check` and every export (the type checker says the same about
 * keys; this also covers text from data/, which types cannot see):
 * - every language file has exactly English's keys, and its sentence frames expect no more arguments than English's;
 * - every chart builds in every language: a text from data/ without a translation is named with its file;
 * - no language keeps a translation of a data text that no chart uses any more (the English text changed).
 * Messages name the language file and the key.
 */
import type { Lang } from './languages'
import type { Strings } from './types'
import { defaultLang, langs, stringsOf } from './languages'
import { dataTextsUsed, MissingTranslationError } from './translation'

const where = (lang: Lang) => `charts/i18n/${lang}.ts`

/** Keys that differ between `reference` (English) and `other`, with the path to each. */
export function shapeProblems(reference: unknown, other: unknown, path: string[], lang: Lang): string[] {
  const at = path.join('.') || '(top)'
  if (typeof reference === 'function') {
    if (typeof other !== 'function')
      return [`${where(lang)}, key ${at}: must be a sentence frame (a function), as in ${where(defaultLang())}`]
    // A frame may leave out trailing arguments it does not need, but cannot expect more than it is given.
    return other.length <= reference.length ? [] : [`${where(lang)}, key ${at}: the frame takes ${other.length} arguments; it is given ${reference.length} (see ${where(defaultLang())})`]
  }
  if (reference === null || typeof reference !== 'object')
    return typeof other === typeof reference ? [] : [`${where(lang)}, key ${at}: expected ${typeof reference}, found ${typeof other}`]
  if (other === null || typeof other !== 'object')
    return [`${where(lang)}, key ${at}: expected an object with keys ${Object.keys(reference).join(', ')}`]
  const mine = Object.keys(other)
  const theirs = Object.keys(reference)
  return [
    ...theirs.filter(k => !mine.includes(k)).map(k => `${where(lang)}: key ${[...path, k].join('.')} is missing (it is in ${where(defaultLang())})`),
    ...mine.filter(k => !theirs.includes(k)).map(k => `${where(lang)}: key ${[...path, k].join('.')} is not in ${where(defaultLang())}: remove it, or add it there first`),
    ...theirs.filter(k => mine.includes(k)).flatMap(k => shapeProblems((reference as Record<string, unknown>)[k], (other as Record<string, unknown>)[k], [...path, k], lang)),
  ]
}

/** Key problems of every language file against English; the data-text table is checked against use instead. */
export function languageFileProblems(): string[] {
  const { dataText: _en, ...reference } = stringsOf(defaultLang())
  return langs().filter(lang => lang !== defaultLang()).flatMap((lang) => {
    const { dataText: _own, ...strings } = stringsOf(lang) as Strings
    const problems = shapeProblems(reference, strings, [], lang)
    if (strings.meta.code !== lang)
      problems.push(`${where(lang)}: meta.code is "${strings.meta.code}", but the file is listed as "${lang}" in charts/i18n/languages.ts`)
    return problems
  })
}

/**
 * Builds every chart in every language with `build` (the registry's chartsIn) and returns the problems: texts from
 * data/ with no translation, and translations no chart used.
 */
export function translationProblems(build: (lang: Lang) => unknown): string[] {
  const problems: string[] = []
  for (const lang of langs()) {
    try {
      build(lang)
    }
    catch (error) {
      if (!(error instanceof MissingTranslationError))
        throw error
      problems.push(error.message)
      continue
    }
    if (lang === defaultLang())
      continue
    const used = dataTextsUsed(lang)
    for (const text of Object.keys(stringsOf(lang).dataText)) {
      if (!used.has(text))
        problems.push(`${where(lang)}, dataText: "${text.length > 70 ? `${text.slice(0, 67)}…` : text}" is not a text any chart uses (did its English change in data/?): update the key to the current English, or remove it`)
    }
  }
  return problems
}
