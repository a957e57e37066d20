/**
 * Runs first in every engine test file (setupFiles in vitest.projects.ts): hands the engine the fixture deck the
 * tests run on (LAUNCH_KIT_PROJECT: tests/fixtures/atlas; its data/index.ts and charts/index.ts), as every command
 * does in its gate, so tests can look charts up; and reads the fixture's words.
 */
import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { Strings } from 'launch-kit/charts/i18n/types'
import type { Words } from '../fixtures/atlas/charts/words/en'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { loadLaunch } from 'launch-kit/scripts/deck/load'

export { chartsAt } from './charts-at'

await loadLaunch(ROOT)

/** Every word of a chart language, typed with the fixture's own words (tests/fixtures/atlas/charts/words/en.ts). */
export function wordsOf(lang: Lang): Strings<Words> {
  return stringsOf(lang) as Strings<Words>
}
