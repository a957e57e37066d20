/**
 * The command line of an export run, shared by `npm run export` (scripts/export.ts) and `npm run charts`
 * (scripts/charts.ts, the export of the chart kit alone): what it makes and where, a watchdog over the whole run,
 * then each file written with its size.
 */
import type { Log } from '../core/index'
import type { ExportOptions } from './options'
import { relative } from 'node:path'
import { stallLimit, watchProgress } from '../browser/index'
import { runExport } from './run'

export async function exportCommand(options: ExportOptions, log: Log): Promise<void> {
  log.step(`${options.only.join(', ')} → ${relative(process.cwd(), options.out) || '.'}`)
  // A run that hangs is stopped (after the browser guard's own, more precise limit has had its chance).
  const watchdog = watchProgress(log, stallLimit(options.timeout) + 60_000)
  const { written } = await runExport(options, { log: watchdog.log }).finally(watchdog.stop)
  for (const file of written) {
    const path = relative(process.cwd(), file.path) + (file.kind === 'site' || file.kind === 'charts' ? `/  (${file.files} files)` : '')
    log.file(path, file.bytes)
  }
  log.done(`${written.length} output${written.length === 1 ? '' : 's'} written and verified`)
}
