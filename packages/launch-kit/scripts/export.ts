/**
 * npm run export: checks the data, builds the deck once, and with one Chromium writes into exports/ (or --out DIR)
 *   <slug>-slides.pdf    one 16:9 page per slide, charts as their final frame, bookmarks, metadata
 *   <slug>-handout.pdf   A4: cover, each slide with its notes (and a chart's data and sources), all sources
 *   charts/              the article chart kit (npm run charts): PNG presets, SVG, CSV, JSON, embed pages, gallery
 *   site/                the built deck with both PDFs (its "Download PDF" link works offline) and the chart kit
 *   manifest.json        kind, path, bytes, sha256 and pages of each file, and the data version
 * Each PDF is verified (pages, text, chart pixels, fonts, no request off this machine) before it is written;
 * on any failure nothing is written and the exit code is 1. Flags: scripts/export/options.ts; the run:
 * scripts/export/run.ts.
 */
import { createLog } from './core/index'
import { EXPORT_USAGE, exportCommand, parseExportArgs } from './export/index'

const log = createLog('export')
try {
  const options = parseExportArgs(process.argv.slice(2))
  if (options.help)
    console.log(EXPORT_USAGE)
  else
    await exportCommand(options, log)
}
catch (error) {
  log.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
