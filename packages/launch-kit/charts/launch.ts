/**
 * What a launch gives the engine about its charts (its charts/index.ts, `export default defineCharts({ … })`): the
 * chart languages with the launch's words in each, the charts in the order the kit and the tests list them, the
 * compared countries in the order charts show them, and the map shapes. The engine's code reads it through
 * `launchCharts()`: commands are given it by the gate (scripts/deck/load.ts), pages in the browser by client/launch.ts,
 * and tests by whichever launch they run on. The engine never imports a launch.
 */
import type { Country } from '../data/countries.schema'
import type { MapShapes } from './geo'
import type { EngineStrings, LaunchWords } from './i18n/types'
import type { ChartSource } from './types'

export interface LaunchCharts<W extends LaunchWords = LaunchWords> {
  /**
   * The chart languages by code, the report's own first: the launch's words in each. The engine's words come with
   * it for English, Albanian and Serbian (Latin); `engineWords` gives them for any other language.
   */
  languages: Readonly<Record<string, W>>
  engineWords?: Readonly<Record<string, EngineStrings>>
  charts: readonly ChartSource[]
  /** The compared countries (data/countries.ts), in the order charts show them. */
  countries: readonly Country[]
  /** The shapes map charts are drawn from (charts/map-shapes.ts); needed only by a launch with a map. */
  maps?: MapShapes
}

/** Types a launch's charts/index.ts (a helper only: it returns what it is given). */
export function defineCharts<W extends LaunchWords>(charts: LaunchCharts<W>): LaunchCharts<W> {
  return charts
}

/**
 * Kept on globalThis under a registered symbol rather than in a module variable: should the engine be loaded twice
 * (a launch importing it by another path than the command running it), both copies still see one launch.
 */
const CURRENT = Symbol.for('launch-kit.charts')
const holder = globalThis as { [CURRENT]?: LaunchCharts }

/** Hands the engine a launch's charts; every later call to launchCharts() sees them. */
export function provideCharts(charts: LaunchCharts<any>): void {
  holder[CURRENT] = charts
}

export function launchCharts(): LaunchCharts {
  const current = holder[CURRENT]
  if (!current)
    throw new Error('No launch loaded: the engine needs a launch\'s charts/index.ts before it can draw (commands load it in their gate; tests call loadLaunch()).')
  return current
}
