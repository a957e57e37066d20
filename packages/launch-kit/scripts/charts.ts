/**
 * npm run charts: the article chart kit, which is the export with only the chart kit (`--only charts`, run by
 * scripts/export/run.ts like every export). Writes exports/charts/<id>/ for every chart (PNG presets, SVG, CSV, JSON,
 * embed page), the gallery exports/charts/index.html, and lists every file in exports/manifest.json.
 * `npm run charts -- --help` lists its options (scripts/kit/options.ts): --only <ids>, --preset, --transparent,
 * --base-url, --out, --browser.
 */
import { createLog } from './core/index'
import { chartsOnly, exportCommand } from './export/index'
import { KIT_USAGE, parseKitArgs } from './kit/index'

const log = createLog('charts')
const args = process.argv.slice(2)
try {
  if (args.includes('--help') || args.includes('-h'))
    process.stdout.write(`${KIT_USAGE}\n`)
  else
    await exportCommand(chartsOnly(parseKitArgs(args)), log)
}
catch (error) {
  log.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
