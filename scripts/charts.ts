/**
 * npm run charts: the article chart kit. Writes exports/charts/<id>/ for every chart (PNG presets, SVG, CSV, JSON,
 * embed page), the gallery exports/charts/index.html, and lists every file in exports/manifest.json.
 * `npm run charts -- --help` lists the options; the work is done by runChartKit (scripts/lib/kit.ts).
 */
import { BrowserNotFoundError } from './lib/browser'
import { DataError } from './lib/data-gate'
import { runChartKit } from './lib/kit'
import { KIT_USAGE, KitOptionError, parseKitArgs } from './lib/kit-options'
import { createLog } from './lib/log'

const log = createLog('charts')
const args = process.argv.slice(2)
try {
  if (args.includes('--help') || args.includes('-h'))
    process.stdout.write(`${KIT_USAGE}\n`)
  else
    await runChartKit(parseKitArgs(args), { log })
}
catch (error) {
  const known = error instanceof KitOptionError || error instanceof DataError || error instanceof BrowserNotFoundError
  log.error(known ? (error as Error).message : String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
}
