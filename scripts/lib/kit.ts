/**
 * The article chart kit as a function, for `npm run charts` (scripts/charts.ts) and `npm run export`:
 * exports/charts/<id>/ for every chart (PNG presets, SVG, CSV, JSON, embed page), the gallery
 * exports/charts/index.html, and the chart-* entries of exports/manifest.json.
 *
 * Order: data gate, then the registry (imported only once the data is valid), then the options are checked
 * against it; a wrong id or preset stops the run before anything is written. Everything is staged and moved into
 * place at the end. One browser serves the whole run: the caller's, or one launched here and closed here.
 */
import type { Browser } from 'playwright-chromium'
import type { GalleryEntry } from './kit-gallery'
import type { ChartKitOptions } from './kit-options'
import type { FigureRenderer } from './kit-render'
import type { Log } from './log'
import type { ManifestEntry } from './manifest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative } from 'node:path'
import { findBrowser, launchBrowser } from './browser'
import { assertValidData } from './data-gate'
import { dataVersion } from './data-version'
import { buildBrowserBundles } from './kit-bundle'
import { writeChartFolder } from './kit-chart-folder'
import { galleryEntriesOnDisk, writeGallery } from './kit-gallery'
import { checkKitOptions } from './kit-options'
import { openRenderer } from './kit-render'
import { chartManifestEntries, createStage } from './kit-stage'
import { createLog, formatBytes } from './log'
import { updateManifest } from './manifest'
import { ROOT } from './paths'

export interface KitShared {
  /** An already launched browser (the export passes its own); the kit then neither launches nor closes one. */
  browser?: Browser
  log?: Log
}

export interface ChartKitResult {
  /** <out>/charts */
  dir: string
  charts: string[]
  /** The manifest entries of every file now under <out>/charts. */
  entries: ManifestEntry[]
  dataVersion: string
  /** Seconds spent per stage and per chart (all its formats), for the benchmark. */
  timings: { setup: number, perChart: Record<string, number>, finish: number, total: number }
}

export const ownsKind = (kind: string): boolean => kind.startsWith('chart-')

/** exports/charts/… inside the project, the full path elsewhere. */
function shown(path: string): string {
  const inside = relative(ROOT, path)
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside
}

export async function runChartKit(input: Partial<ChartKitOptions> = {}, shared: KitShared = {}): Promise<ChartKitResult> {
  const log = shared.log ?? createLog('charts')
  const started = performance.now()
  const seconds = (from: number) => (performance.now() - from) / 1000
  await assertValidData()
  const { charts, chartIds } = await import('../../charts/registry')
  const { options, ids, presets } = checkKitOptions(input, chartIds)
  const version = dataVersion()
  const chartsDir = join(options.out, 'charts')
  log.step(`${ids.length} chart${ids.length === 1 ? '' : 's'} · ${presets.join(', ')} PNG + SVG, CSV, JSON, embed · data ${version}${options.transparent ? ' · transparent' : ''}`)

  // Found (not launched) before anything is written, so a wrong --browser also leaves no trace.
  const found = shared.browser ? undefined : findBrowser(options.browser ? { explicit: options.browser } : {})
  const work = await mkdtemp(join(tmpdir(), 'chart-kit-'))
  const stage = await createStage(chartsDir)
  let ownBrowser: Browser | undefined
  let renderer: FigureRenderer | undefined
  try {
    const bundles = await buildBrowserBundles()
    const browser = shared.browser ?? (ownBrowser = await launchBrowser(found))
    renderer = await openRenderer(browser, join(work, 'render'), bundles.render, options.transparent)
    const setup = seconds(started)
    log.step('browser code built, renderer ready')

    const perChart: Record<string, number> = {}
    const entries: GalleryEntry[] = []
    for (const [i, id] of ids.entries()) {
      const chart = charts.find(c => c.id === id)!
      const from = performance.now()
      const files = await writeChartFolder(join(stage.dir, id), chart, { renderer, presets, dataVersion: version, embedScript: bundles.embed })
      perChart[id] = seconds(from)
      entries.push({ id, title: chart.title, subtitle: chart.subtitle, altText: chart.altText, notes: chart.notes.length, files })
      log.progress(`${id}`, i + 1, ids.length)
    }

    const finishFrom = performance.now()
    const replaceAll = ids.length === chartIds.length
    // A partial run keeps the other charts' folders; the gallery lists them from their own JSON.
    const kept = replaceAll ? [] : await galleryEntriesOnDisk(chartsDir, chartIds.filter(id => !ids.includes(id)))
    await writeGallery(stage.dir, [...entries, ...kept].sort((a, b) => chartIds.indexOf(a.id) - chartIds.indexOf(b.id)), { dataVersion: version, baseUrl: options.baseUrl })

    await stage.commit(replaceAll)
    const manifestEntries = await chartManifestEntries(options.out)
    await updateManifest(options.out, ownsKind, manifestEntries, version)
    for (const id of ids) {
      const bytes = manifestEntries.filter(e => e.chart === id).reduce((sum, e) => sum + e.bytes, 0)
      log.file(`${shown(join(chartsDir, id))}/`, bytes)
    }
    log.file(shown(join(chartsDir, 'index.html')), manifestEntries.find(e => e.path === 'charts/index.html')?.bytes ?? 0)
    const total = seconds(started)
    log.done(`${ids.length} chart${ids.length === 1 ? '' : 's'} (${manifestEntries.length} files, ${formatBytes(manifestEntries.reduce((s, e) => s + e.bytes, 0))})`)
    return { dir: chartsDir, charts: ids, entries: manifestEntries, dataVersion: version, timings: { setup, perChart, finish: seconds(finishFrom), total } }
  }
  finally {
    await renderer?.close()
    await ownBrowser?.close()
    await stage.discard()
    await rm(work, { recursive: true, force: true })
  }
}
