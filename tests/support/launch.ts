/**
 * Runs first in every test file of this deck (setupFiles in vitest.config.ts): hands the engine this launch (its
 * data/index.ts and charts/index.ts), as every command does in its gate, so tests can look charts up; and reads this
 * launch's words.
 */
import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { Strings } from 'launch-kit/charts/i18n/types'
import type { Words } from '../../charts/words/en'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { loadLaunch } from 'launch-kit/scripts/deck/load'

export { chartsAt } from 'launch-kit/tests/support/charts-at'

await loadLaunch()

/** Every word of a chart language, typed with this launch's own words (charts/words/en.ts). */
export function wordsOf(lang: Lang): Strings<Words> {
  return stringsOf(lang) as Strings<Words>
}
