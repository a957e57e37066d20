/**
 * Which language the deck shows its charts in: `chartLanguage:` in slides.md's headmatter, or VITE_CHART_LANG when
 * the deck is built or served (`VITE_CHART_LANG=sq npm run present`), which wins. The slides' own prose stays as
 * written; the charts, their tables and the handout's chart sections follow this setting.
 */
import type { Lang } from './languages'
import { defaultLang, isLang, langs } from './languages'

export const CHART_LANGUAGE_KEY = 'chartLanguage'
export const CHART_LANGUAGE_ENV = 'VITE_CHART_LANG'

export type ChartLanguageSetting = { lang: Lang, problem?: undefined } | { lang: Lang, problem: string }

/** The setting read from the headmatter value and the environment value; an unknown code is a problem (and English). */
export function chartLanguageSetting(headmatter: unknown, env?: string): ChartLanguageSetting {
  const [value, where] = env ? [env, CHART_LANGUAGE_ENV] : [headmatter, `${CHART_LANGUAGE_KEY}: in the headmatter of slides.md`]
  if (value === undefined || value === null || value === '')
    return { lang: defaultLang() }
  if (isLang(value))
    return { lang: value }
  return { lang: defaultLang(), problem: `${where}: "${String(value)}" is not a chart language; use one of ${langs().join(', ')}` }
}
