/**
 * kit: the article chart kit — per chart PNG presets, SVG, CSV, JSON, embed page, and the gallery; options, the
 * render page (Chart.js in Chromium), and the kit as a step of the export run: it stages its files in the run's
 * staging area, and the run puts them in place. Vite loads only when the kit bundles its browser code.
 * May import: core, output, browser, deck; charts/ and data/.
 */
export { FIT_RULES, FitError, judgeFit } from './fit'
export type { FitProblem, FitResult } from './fit'
export { KIT_DEFAULTS, KIT_USAGE, KitOptionError, parseKitArgs } from './options'
export type { ChartKitOptions } from './options'
export { ownsKind } from './stage'
export { kitSummary, planChartKit, stageChartKit } from './step'
export type { ChartKitResult, KitPlan, KitStepInput } from './step'
