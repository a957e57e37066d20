/**
 * deck: the deck as scripts see it — slides.md read through Slidev's own parser (titles, notes, layouts, budgets,
 * charts), `slidev build` into a folder, the launch loaded (its data/index.ts and charts/index.ts), and the gate every
 * command passes before it renders anything (data/ and charts/ valid).
 * May import: core, output, @slidev/parser, and charts/ + data/ (the gate). Never components/.
 */
export { buildDeck } from './build'
export type { BuildOptions } from './build'
export { deckBuildKey } from './build-key'
export { assertValidData, DataError } from './gate'
export { LaunchLoadError, loadLaunch, loadLaunchCharts, loadLaunchData } from './load'
export { readDeck } from './slides'
export type { Deck, DeckSlide } from './slides'
export { LAUNCH_MODULES, launchModules, launchValuesAsJson } from './vite-launch'
