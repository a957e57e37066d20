/**
 * Runs first in every test file of this deck (setupFiles in vitest.config.ts): hands the engine this launch (its
 * data/index.ts and charts/index.ts), as every command does in its gate, so tests can look charts up; and helpers
 * that read this launch's words, or another folder's charts.
 */
import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { Strings } from 'launch-kit/charts/i18n/types'
import type { LaunchCharts } from 'launch-kit/charts/launch'
import type { Words } from '../../charts/words/en'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { launchCharts, provideCharts } from 'launch-kit/charts/launch'
import { getChart } from 'launch-kit/charts/registry'
import { loadLaunch } from 'launch-kit/scripts/deck/load'

await loadLaunch()

/** Every word of a chart language, typed with this launch's own words (charts/words/en.ts). */
export function wordsOf(lang: Lang): Strings<Words> {
  return stringsOf(lang) as Strings<Words>
}

/**
 * `getChart` of another launch folder (a test's edited copy of this project), without handing that launch to the
 * engine for good: its charts are provided for the one call, then this launch's again.
 */
export async function chartsAt(root: string): Promise<typeof getChart> {
  const copy = (await import(pathToFileURL(join(root, 'charts', 'index.ts')).href) as { default: LaunchCharts }).default
  return (id, lang) => {
    const own = launchCharts()
    provideCharts(copy)
    try {
      return getChart(id, lang)
    }
    finally {
      provideCharts(own)
    }
  }
}
