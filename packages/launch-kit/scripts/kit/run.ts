/**
 * The article chart kit as a function, for `npm run charts` (scripts/charts.ts) and `npm run export`:
 * exports/charts/<id>/ for every chart (PNG presets, SVG, CSV, JSON, embed page), the gallery
 * exports/charts/index.html, and the chart-* entries of exports/manifest.json.
 *
 * Order: data gate, then the registry (imported only once the data is valid), then the options are checked
 * against it; a wrong id or preset stops the run before anything is written. Everything is staged and moved into
 * place at the end (with the manifest, all or nothing). One browser serves the whole run: the caller's, or one
 * launched here and closed here. The run holds the export folder's lock (export-lock.ts); the export, which holds
 * it already, asks for the kit staged and puts it in place with its own files (`commit: false`).
 */
import type { Browser } from 'playwright-chromium'
import type { BrowserGuard } from '../browser/index'
import type { Log } from '../core/index'
import type { ManifestEntry, Swap } from '../output/index'
import type { EmbedMeasurer } from './embed-height'
import type { FitResult } from './fit'
import type { GalleryEntry } from './gallery'
import type { ChartKitOptions } from './options'
import type { FigureRenderer } from './render'
import type { KitStage } from './stage'
import { mkdir } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { browserLine, getBrowser, guardBrowser, launchBrowser } from '../browser/index'
import { createLog, formatBytes, ROOT } from '../core/index'
import { assertValidData } from '../deck/index'
import { dataVersion, lockExportFolder, makeWorkDir, MANIFEST_NAME, manifestText, mergeManifest, pendingWrites, readManifest, WriteError } from '../output/index'
import { buildBrowserBundles } from './bundle'
import { writeChartFolder } from './chart-folder'
import { openEmbedMeasurer } from './embed-height'
import { FitError } from './fit'
import { galleryEntriesOnDisk, writeGallery } from './gallery'
import { checkKitOptions } from './options'
import { openRenderer } from './render'
import { createStage, ownsKind } from './stage'

export interface KitShared {
  /** An already launched browser (the export passes its own); the kit then neither launches nor closes one. */
  browser?: Browser
  log?: Log
  /**
   * false: stage everything and return it in `staged` instead of putting it in place; the caller then commits the
   * swaps with its own files and calls `staged.discard()` (the export does this). Default true.
   */
  commit?: boolean
}

/** A kit written but not yet in place (KitShared.commit false). */
export interface StagedKit {
  /** The staged charts folder, complete (the site copies it from here). */
  dir: string
  /** The renames that put it in place. */
  swaps: Swap[]
  discard: () => Promise<void>
}

export interface ChartKitResult {
  /** <out>/charts */
  dir: string
  charts: string[]
  /** The manifest entries of every file under <out>/charts once the kit is in place. */
  entries: ManifestEntry[]
  dataVersion: string
  /** The fit check of every PNG: "<id>/<lang>/<preset>" → what was measured (fit.ts). */
  fit: Record<string, FitResult>
  /** Seconds spent per stage and per chart (all its formats), for the benchmark. */
  timings: { setup: number, perChart: Record<string, number>, finish: number, total: number }
  /** Only with KitShared.commit false. */
  staged?: StagedKit
}

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
  const { chartIds: allChartIds, getChart } = await import('../../charts/registry')
  const chartIds = allChartIds()
  const { langs } = await import('../../charts/i18n/languages')
  const { options, ids, presets } = checkKitOptions(input, chartIds)
  const version = dataVersion()
  const chartsDir = join(options.out, 'charts')
  log.step(`${ids.length} chart${ids.length === 1 ? '' : 's'} × ${langs().length} languages (${langs().join(', ')}) · ${presets.join(', ')} PNG + SVG, CSV, JSON, embed · data ${version}${options.transparent ? ' · transparent' : ''}`)

  // Found (not launched) before anything is written, so a wrong --browser also leaves no trace.
  const found = shared.browser ? undefined : await getBrowser({ explicit: options.browser, say: log.step })
  await mkdir(options.out, { recursive: true }).catch((error) => {
    throw new WriteError(options.out, error, 'Nothing was written. Choose a folder this user can create and write with --out DIR.')
  })
  const lock = await lockExportFolder(options.out, 'npm run charts')
  if (lock.cleared.length > 0)
    log.step(`removed ${lock.cleared.length} temporary item${lock.cleared.length === 1 ? '' : 's'} left by a run that was stopped`)
  let work: Awaited<ReturnType<typeof makeWorkDir>> | undefined
  let stage: KitStage | undefined
  let handedOver = false
  let ownBrowser: Browser | undefined
  let guard: BrowserGuard | undefined
  let renderer: FigureRenderer | undefined
  let measurer: EmbedMeasurer | undefined
  try {
    work = await makeWorkDir('chart-kit')
    stage = await createStage(chartsDir)
    const bundles = await buildBrowserBundles()
    if (!shared.browser) {
      await mkdir(join(work.path, 'chromium'))
      ownBrowser = await launchBrowser(found!, { tempDir: join(work.path, 'chromium') })
      log.step(browserLine(found!, ownBrowser))
      guard = guardBrowser(ownBrowser)
    }
    guard?.step('opening the chart renderer')
    renderer = await openRenderer(shared.browser ?? ownBrowser!, join(work.path, 'render'), bundles.render, options.transparent)
    measurer = await openEmbedMeasurer(shared.browser ?? ownBrowser!, stage.dir)
    const setup = seconds(started)
    log.step('browser code built, renderer ready')

    const perChart: Record<string, number> = {}
    const entries: GalleryEntry[] = []
    const fit: Record<string, FitResult> = {}
    const onFit = (f: { id: string, lang: string, preset: string }, result: FitResult) => { fit[`${f.id}/${f.lang}/${f.preset}`] = result }
    for (const [i, id] of ids.entries()) {
      // Every language of the chart; a text from data/ with no translation stops the run here, naming it.
      const versions = langs().map(lang => getChart(id, lang))
      const from = performance.now()
      guard?.step(`drawing chart "${id}"`)
      const embedHeight = (path: string) => measurer!.height(`${id}/${path}`)
      const written = await writeChartFolder(join(stage.dir, id), versions, { renderer, presets, dataVersion: version, embedScript: bundles.embed, optionsScript: bundles.options, intlScript: bundles.intl, onFit, embedHeight })
      perChart[id] = seconds(from)
      for (const chart of versions)
        entries.push({ id, lang: chart.lang, reviewed: chart.reviewed, title: chart.title, subtitle: chart.subtitle, altText: chart.altText, height: written.heights[chart.lang]!, files: written.files })
      log.progress(`${id}`, i + 1, ids.length)
    }

    const unfit = Object.entries(fit).filter(([, r]) => r.problems.length > 0).map(([figure, r]) => ({ figure, problems: r.problems }))
    if (unfit.length > 0)
      throw new FitError(unfit)
    const worst = Object.values(fit).reduce((w, r) => Math.min(w, r.edgeMargin), Number.POSITIVE_INFINITY)
    log.step(`text fits in all ${Object.keys(fit).length} figures (closest to an edge: ${Math.round(worst * 10) / 10}px)`)

    const finishFrom = performance.now()
    const replaceAll = ids.length === chartIds.length
    // A partial run keeps the other charts' folders; the gallery lists them from their own JSON.
    const kept = replaceAll ? [] : await galleryEntriesOnDisk(chartsDir, chartIds.filter(id => !ids.includes(id)))
    await writeGallery(stage.dir, [...entries, ...kept].sort((a, b) => chartIds.indexOf(a.id) - chartIds.indexOf(b.id)), { dataVersion: version, baseUrl: options.baseUrl })

    const previous = await readManifest(options.out)
    const manifestEntries = await stage.entries(replaceAll, version, previous)
    const swaps = await stage.swaps(replaceAll)
    const result: ChartKitResult = { dir: chartsDir, charts: ids, entries: manifestEntries, dataVersion: version, fit, timings: { setup, perChart, finish: 0, total: 0 } }
    const totals = () => ({ ...result.timings, finish: seconds(finishFrom), total: seconds(started) })
    const summary = `${ids.length} chart${ids.length === 1 ? '' : 's'} (${manifestEntries.length} files, ${formatBytes(manifestEntries.reduce((s, e) => s + e.bytes, 0))})`
    if (shared.commit === false) {
      handedOver = true
      log.step(`chart kit ready to put in place: ${summary}`)
      return { ...result, timings: totals(), staged: { dir: stage.dir, swaps, discard: stage.discard } }
    }

    // The charts and the manifest go in place together: all of it, or (on any failure) none of it.
    const writes = pendingWrites()
    try {
      for (const swap of swaps)
        writes.add(swap.from, swap.to)
      await writes.write(join(options.out, MANIFEST_NAME), manifestText(mergeManifest(previous, ownsKind, manifestEntries)))
      lock.check()
      await writes.commit()
    }
    catch (error) {
      throw error instanceof WriteError
        ? new WriteError(error.path, error.cause, `Nothing was replaced: ${shown(chartsDir)} and the manifest are as they were. Free some space or choose a writable folder with --out DIR, then run again.`)
        : error
    }
    finally {
      await writes.discard()
    }
    for (const id of ids) {
      const bytes = manifestEntries.filter(e => e.chart === id).reduce((sum, e) => sum + e.bytes, 0)
      log.file(`${shown(join(chartsDir, id))}/`, bytes)
    }
    for (const e of manifestEntries.filter(e => e.kind === 'chart-gallery' && e.path.endsWith('.html')))
      log.file(shown(join(options.out, e.path)), e.bytes)
    log.done(summary)
    return { ...result, timings: totals() }
  }
  catch (error) {
    throw guard ? guard.explain(error) : error
  }
  finally {
    await renderer?.close().catch(() => {})
    await measurer?.close().catch(() => {})
    await (guard ? guard.close() : ownBrowser?.close())?.catch(() => {})
    if (!handedOver)
      await stage?.discard()
    await work?.remove()
    await lock.release()
  }
}
