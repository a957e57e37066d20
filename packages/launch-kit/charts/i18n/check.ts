/**
 * The languages checked at run time, for `npm run check` and every export (the type checker says the same about
 * keys; this also covers text from data/, which types cannot see):
 * - every language file has exactly English's keys, and its sentence frames expect no more arguments than English's;
 * - every chart builds in every language: a text from data/ without a translation is named with its file;
 * - no language keeps a translation of a data text that no chart uses any more (the English text changed).
 * Messages name the language file and the key.
 */
import type { Lang } from './languages'
import { launchCharts } from '../launch'
import { ENGINE_LANGUAGES } from './builtin'
import { defaultLang, engineStringsOf, langs, stringsOf } from './languages'
import { dataTextsUsed, MissingTranslationError } from './translation'

/** Where a language's words are, and the words it is checked against, as messages name them. */
export interface WordFiles {
  /** The file checked, e.g. charts/words/sq.ts. */
  file: string
  /** The reference it follows, e.g. charts/words/en.ts. */
  reference: string
}

/** The launch's words of a language (charts/words/<lang>.ts), against the report's language. */
const launchFiles = (lang: Lang): WordFiles => ({ file: `charts/words/${lang}.ts`, reference: `charts/words/${defaultLang()}.ts` })
/** The engine's words for a language the launch brings itself, against the engine's English. */
const engineFiles = (lang: Lang): WordFiles => ({ file: `engineWords["${lang}"] in charts/index.ts`, reference: 'launch-kit\'s charts/i18n/words/en.ts' })

/** Keys that differ between `reference` (the report's language) and `other`, with the path to each. */
export function shapeProblems(reference: unknown, other: unknown, path: string[], files: WordFiles): string[] {
  const { file, reference: ref } = files
  const at = path.join('.') || '(top)'
  if (typeof reference === 'function') {
    if (typeof other !== 'function')
      return [`${file}, key ${at}: must be a sentence frame (a function), as in ${ref}`]
    // A frame may leave out trailing arguments it does not need, but cannot expect more than it is given.
    return other.length <= reference.length ? [] : [`${file}, key ${at}: the frame takes ${other.length} arguments; it is given ${reference.length} (see ${ref})`]
  }
  if (reference === null || typeof reference !== 'object')
    return typeof other === typeof reference ? [] : [`${file}, key ${at}: expected ${typeof reference}, found ${typeof other}`]
  if (other === null || typeof other !== 'object')
    return [`${file}, key ${at}: expected an object with keys ${Object.keys(reference).join(', ')}`]
  const mine = Object.keys(other)
  const theirs = Object.keys(reference)
  return [
    ...theirs.filter(k => !mine.includes(k)).map(k => `${file}: key ${[...path, k].join('.')} is missing (it is in ${ref})`),
    ...mine.filter(k => !theirs.includes(k)).map(k => `${file}: key ${[...path, k].join('.')} is not in ${ref}: remove it, or add it there first`),
    ...theirs.filter(k => mine.includes(k)).flatMap(k => shapeProblems((reference as Record<string, unknown>)[k], (other as Record<string, unknown>)[k], [...path, k], files)),
  ]
}

/**
 * Key problems of every language's words against the report's language: the launch's words (charts/words/), and the
 * engine's words where the launch brings them for a language the engine does not speak. The data-text table is checked
 * against use instead (translationProblems).
 */
export function languageFileProblems(): string[] {
  const charts = launchCharts()
  const first = defaultLang()
  const { dataText: _reference, meta: _meta, ...reference } = charts.languages[first]!
  const engineReference = engineStringsOf('en', charts)!
  return langs().flatMap((lang) => {
    const engine = engineStringsOf(lang, charts)
    if (!engine)
      return [`charts/index.ts: the engine has no words in "${lang}" (it speaks ${Object.keys(ENGINE_LANGUAGES).join(', ')}): give them under engineWords, translated from launch-kit's charts/i18n/words/en.ts`]
    const problems = charts.engineWords?.[lang] ? shapeProblems(engineReference, engine, [], engineFiles(lang)) : []
    if (engine.meta.code !== lang)
      problems.push(`${engineFiles(lang).file}: meta.code is "${engine.meta.code}", but charts/index.ts lists the language as "${lang}"`)
    if (lang === first)
      return problems
    const { dataText: _own, meta: _ownMeta, ...words } = charts.languages[lang]!
    return [...problems, ...shapeProblems(reference, words, [], launchFiles(lang))]
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
        problems.push(`${launchFiles(lang).file}, dataText: "${text.length > 70 ? `${text.slice(0, 67)}…` : text}" is not a text any chart uses (did its English change in data/?): update the key to the current English, or remove it`)
    }
  }
  return problems
}
