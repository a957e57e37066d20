/**
 * kit: the article chart kit — per chart PNG presets, SVG, CSV, JSON, embed page, and the gallery; options, the
 * render page (Chart.js in Chromium), staging its files for an all-or-nothing commit. Vite loads only when the kit
 * bundles its browser code.
 * May import: core, output, browser, deck; charts/ and data/.
 */
export { FIT_RULES, FitError, judgeFit } from './fit'
export type { FitProblem, FitResult } from './fit'
export { KIT_DEFAULTS, KIT_USAGE, KitOptionError, parseKitArgs } from './options'
export type { ChartKitOptions } from './options'
export { runChartKit } from './run'
export type { ChartKitResult, KitShared, StagedKit } from './run'
export { ownsKind } from './stage'
