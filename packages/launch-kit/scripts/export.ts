/**
 * npm run export: checks the data, builds the deck once, and with one Chromium writes into exports/ (or --out DIR)
 *   <slug>-slides.pdf    one 16:9 page per slide, charts as their final frame, bookmarks, metadata
 *   <slug>-handout.pdf   A4: cover, each slide with its notes (and a chart's data and sources), all sources
 *   charts/              the article chart kit (npm run charts): PNG presets, SVG, CSV, JSON, embed pages, gallery
 *   site/                the built deck with both PDFs (its "Download PDF" link works offline) and the chart kit
 *   manifest.json        kind, path, bytes, sha256 and pages of each file, and the data version
 * Each PDF is verified (pages, text, chart pixels, fonts, no request off this machine) before it is written;
 * on any failure nothing is written and the exit code is 1. Flags: scripts/export/options.ts.
 */
import { relative } from 'node:path'
import { stallLimit, watchProgress } from './browser/index'
import { createLog } from './core/index'
import { assertValidData } from './deck/index'
import { EXPORT_USAGE, loadExportRun, parseExportArgs } from './export/index'

const log = createLog('export')
try {
  const options = parseExportArgs(process.argv.slice(2))
  if (options.help) {
    console.log(EXPORT_USAGE)
  }
  else {
    log.step(`${options.only.join(', ')} → ${relative(process.cwd(), options.out) || '.'}`)
    await assertValidData()
    // Loaded only now: the run imports the chart registry, which is built from the data as it loads (deck/gate.ts).
    const { runExport, parseFault, FAULT_ENV } = await loadExportRun()
    // A run that hangs is stopped (after the browser guard's own, more precise limit has had its chance).
    const watchdog = watchProgress(log, stallLimit(options.timeout) + 60_000)
    const written = await runExport(options, watchdog.log, parseFault(process.env[FAULT_ENV])).finally(watchdog.stop)
    for (const file of written) {
      const path = relative(process.cwd(), file.path) + (file.kind === 'site' || file.kind === 'charts' ? `/  (${file.files} files)` : '')
      log.file(path, file.bytes)
    }
    log.done(`${written.length} output${written.length === 1 ? '' : 's'} written and verified`)
  }
}
catch (error) {
  log.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
