/**
 * export: one `npm run export` — options, the print page (a range of slides at a time), the slides PDF, the site,
 * the commit of every output together, and the test switches (faults). Runs the handout and the kit on its browser.
 * May import: every folder below it (core, output, browser, deck, pdf, handout, kit); charts/ and data/.
 *
 * The run and the faults load through loadExportRun, after the data gate: they import the chart registry, which is
 * built from the data as it loads.
 */
export { EXPORT_USAGE, parseExportArgs, PRODUCTS, UsageError } from './options'
export type { ExportOptions, Product } from './options'

export async function loadExportRun(): Promise<{ runExport: typeof import('./run').runExport, parseFault: typeof import('./faults').parseFault, FAULT_ENV: string }> {
  const [{ runExport }, { parseFault, FAULT_ENV }] = await Promise.all([import('./run'), import('./faults')])
  return { runExport, parseFault, FAULT_ENV }
}
