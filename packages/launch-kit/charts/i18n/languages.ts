/**
 * The chart languages of the launch being drawn: the codes its charts/index.ts lists (the report's own first), and
 * every word of each — the engine's (charts/i18n/words/, or the launch's `engineWords` for a language the engine does
 * not speak) with the launch's own. Everything else — the kit's folders, embed pages, the gallery switch, CSV and
 * JSON, the deck setting, the tests — follows this list.
 */
import type { LaunchCharts } from '../launch'
import type { Lang } from '../types'
import type { EngineStrings, Strings } from './types'
import { launchCharts } from '../launch'

import { ENGINE_LANGUAGES } from './builtin'

export type { Lang }

/** In the order the kit, the gallery switch and the tests list them; the first is the report's own language. */
export function langs(): Lang[] {
  return Object.keys(launchCharts().languages)
}

/** The report's language: its kit files keep the paths they had before translations existed. */
export function defaultLang(): Lang {
  const first = langs()[0]
  if (first === undefined)
    throw new Error('charts/index.ts: languages lists no language; give at least the report\'s own (e.g. languages: { en })')
  return first
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && langs().includes(value)
}

/** The engine's words in `lang`: the launch's own, else the engine's, else undefined. */
export function engineStringsOf(lang: Lang, charts: LaunchCharts = launchCharts()): EngineStrings | undefined {
  return charts.engineWords?.[lang] ?? ENGINE_LANGUAGES[lang]
}

const merged = new WeakMap<LaunchCharts, Map<Lang, Strings>>()

/** Every word of `lang`, the engine's and the launch's; reviewed only if both parts are. */
export function stringsOf(lang: Lang): Strings {
  const charts = launchCharts()
  const known = merged.get(charts) ?? new Map<Lang, Strings>()
  merged.set(charts, known)
  const done = known.get(lang)
  if (done)
    return done
  const own = charts.languages[lang]
  const engine = engineStringsOf(lang, charts)
  if (!own)
    throw new Error(`"${lang}" is not a chart language of this launch (charts/index.ts lists ${langs().join(', ')})`)
  if (!engine)
    throw new Error(`charts/index.ts: the engine has no words in "${lang}" (it speaks ${Object.keys(ENGINE_LANGUAGES).join(', ')}); give them under engineWords (copy launch-kit's charts/i18n/words/en.ts and translate it)`)
  const strings = {
    ...engine,
    ...own,
    meta: { ...engine.meta, reviewed: engine.meta.reviewed && own.meta.reviewed, provenance: engine.meta.reviewed ? own.meta.provenance : `${own.meta.provenance} The engine's words: ${engine.meta.provenance}` },
  } as Strings
  known.set(lang, strings)
  return strings
}
