/**
 * export: the export run — one run layer that owns the export folder, its lock, the work folder, the browser, the
 * data gate, the staging area and the one commit with the manifest (run.ts, commit.ts), and the products of the
 * built deck it stages: the print page a range of slides at a time, the slides PDF, the handout, the site
 * (deck-outputs.ts); the chart kit is the kit's own step. Also the options, the command line shared by `npm run
 * export` and `npm run charts`, and the test switches (faults).
 * May import: every folder below it (core, output, browser, deck, pdf, handout, kit); charts/ and data/.
 */
export { exportCommand } from './command'
export { chartsOnly, EXPORT_USAGE, parseExportArgs, PRODUCTS, UsageError } from './options'
export type { ExportOptions, KitChoice, Product } from './options'
export { runChartKit, runExport } from './run'
export type { ExportResult, RunShared, Written } from './run'
