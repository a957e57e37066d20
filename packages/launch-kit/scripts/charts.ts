/**
 * npm run charts: the article chart kit. Writes exports/charts/<id>/ for every chart (PNG presets, SVG, CSV, JSON,
 * embed page), the gallery exports/charts/index.html, and lists every file in exports/manifest.json.
 * `npm run charts -- --help` lists the options; the work is done by runChartKit (scripts/kit/run.ts).
 */
import { BrowserGoneError, BrowserLaunchError, BrowserNotFoundError, DEFAULT_STALL_MS, watchProgress } from './browser/index'
import { createLog } from './core/index'
import { DataError } from './deck/index'
import { FitError, KIT_USAGE, KitOptionError, parseKitArgs, runChartKit } from './kit/index'
import { FolderBusyError, WriteError } from './output/index'

const log = createLog('charts')
const args = process.argv.slice(2)
try {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${KIT_USAGE}\n`)
  }
  else {
    // A run that hangs is stopped (after the browser guard's own, more precise limit has had its chance).
    const watchdog = watchProgress(log, DEFAULT_STALL_MS + 60_000)
    await runChartKit(parseKitArgs(args), { log: watchdog.log }).finally(watchdog.stop)
  }
}
catch (error) {
  // Errors that already say what happened and what to do are shown as they are; anything else with its stack.
  const known = [KitOptionError, FitError, DataError, BrowserNotFoundError, BrowserLaunchError, BrowserGoneError, FolderBusyError, WriteError].some(type => error instanceof type)
  log.error(known ? (error as Error).message : String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
}
