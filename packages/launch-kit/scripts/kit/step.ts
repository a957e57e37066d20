/**
 * The article chart kit as a step of the export run (export/run.ts, for `npm run export` and `npm run charts`):
 * exports/charts/<id>/ for every chart (PNG presets, SVG, CSV, JSON, embed page), the gallery exports/charts/index.html,
 * and the chart-* entries of exports/manifest.json. The step only stages: it writes into the run's staging area and
 * returns what to put in place; the run owns the folder, its lock, the browser, the data gate and the commit.
 *
 * planChartKit checks the options against the registry (after the gate: the registry is built from the data), so a
 * wrong id or preset stops the run before anything is created.
 */
import type { Browser } from 'playwright-chromium'
import type { PresetName } from '../../charts/presets'
import type { Log } from '../core/index'
import type { CacheStore, Manifest, ManifestEntry, StagedOutput, Staging } from '../output/index'
import type { FitResult } from './fit'
import type { GalleryEntry } from './gallery'
import type { ChartKitOptions } from './options'
import type { FigureRenderer } from './render'
import { join } from 'node:path'
import { langs } from '../../charts/i18n/languages'
import { getChart, chartIds as registryIds } from '../../charts/registry'
import { formatBytes } from '../core/index'
import { buildKitScripts, buildRenderScript } from './bundle'
import { writeChartFolder } from './chart-folder'
import { embedHeights } from './embed-height-cache'
import { figureSource } from './figures'
import { FitError } from './fit'
import { galleryEntriesOnDisk, writeGallery } from './gallery'
import { checkKitOptions } from './options'
import { openRenderer } from './render'
import { createStage, ownsKind } from './stage'

/** What a run of the kit draws: the options with their defaults, the charts and the presets, in order. */
export interface KitPlan {
  options: ChartKitOptions
  ids: string[]
  presets: PresetName[]
  /** Every chart of the registry (a run over fewer keeps the others' folders). */
  all: string[]
  /** false with --no-cache: the kit's scripts are built and every figure drawn, whatever the cache holds. */
  cacheRead: boolean
}

/** Checks the kit's options against the registry; throws a KitOptionError naming the valid values. */
export function planChartKit(input: Partial<ChartKitOptions>, cacheRead = true): KitPlan {
  const all = registryIds()
  return { ...checkKitOptions(input, all), all, cacheRead }
}

export interface KitStepInput {
  plan: KitPlan
  /** The export folder. */
  out: string
  /** The run's browser, launched (or waited for) only when a figure must be drawn. */
  browser: () => Promise<Browser>
  /** What identifies the browser build in the figures' cache keys (its version, or its executable's identity). */
  browserId: () => Promise<string>
  /** Drawn figures reused when nothing they depend on changed, and stored when drawn (output/cache.ts). */
  cache: CacheStore
  staging: Staging
  /** A folder of the run's own for the render page. */
  workDir: string
  dataVersion: string
  /** The manifest in the export folder now (a partial kit keeps the other charts' entries). */
  previous: Manifest | null
  log: Log
  /** Names each browser step, for the browser guard (given when the kit is all the browser does). */
  onStep?: (what: string) => void
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
  /** Figures (a chart in a language: its PNG presets and SVG) drawn this run, and reused from the cache. */
  figures: { drawn: number, reused: number }
  /** The staged kit, for the run to put in place. */
  output: StagedOutput
}

export function kitSummary(plan: KitPlan, dataVersion: string): string {
  const { ids, presets, options } = plan
  return `${ids.length} chart${ids.length === 1 ? '' : 's'} × ${langs().length} languages (${langs().join(', ')}) · ${presets.join(', ')} PNG + SVG, CSV, JSON, embed · data ${dataVersion}${options.transparent ? ' · transparent' : ''}`
}

export async function stageChartKit(input: KitStepInput): Promise<ChartKitResult> {
  const { plan, log, dataVersion: version } = input
  const { ids, presets, options, all } = plan
  const started = performance.now()
  const seconds = (from: number) => (performance.now() - from) / 1000
  const step = input.onStep ?? (() => {})
  const chartsDir = join(input.out, 'charts')
  const stage = await createStage(input.staging.path('charts'), chartsDir)
  const scripts = await buildKitScripts(plan.cacheRead)
  let renderer: FigureRenderer | undefined
  const figures = figureSource({
    cache: input.cache,
    presets,
    transparent: options.transparent,
    browserVersion: input.browserId,
    renderer: async () => {
      const [script, browser] = await Promise.all([buildRenderScript(plan.cacheRead), input.browser()])
      step('opening the chart renderer')
      renderer = await openRenderer(browser, join(input.workDir, 'render'), script, options.transparent)
      log.step('chart renderer ready')
      return renderer
    },
  })
  // The embed pages are measured at phone width in the run's browser, opened at the first page whose height the
  // cache lacks (embed-height-cache.ts).
  const heights = embedHeights({ cache: input.cache, browser: input.browser, browserId: input.browserId, dir: stage.dir })
  try {
    const setup = seconds(started)
    log.step('kit scripts ready')

    const perChart: Record<string, number> = {}
    const entries: GalleryEntry[] = []
    const fit: Record<string, FitResult> = {}
    const onFit = (f: { id: string, lang: string, preset: string }, result: FitResult) => { fit[`${f.id}/${f.lang}/${f.preset}`] = result }
    for (const [i, id] of ids.entries()) {
      // Every language of the chart; a text from data/ with no translation stops the run here, naming it.
      const versions = langs().map(lang => getChart(id, lang))
      const from = performance.now()
      step(`drawing chart "${id}"`)
      const written = await writeChartFolder(join(stage.dir, id), versions, { figures, presets, dataVersion: version, embedScript: scripts.embed, optionsScript: scripts.options, intlScript: scripts.intl, onFit, embedHeight: (path, html) => heights.height(`${id}/${path}`, html) })
      perChart[id] = seconds(from)
      for (const chart of versions)
        entries.push({ id, lang: chart.lang, reviewed: chart.reviewed, title: chart.title, subtitle: chart.subtitle, altText: chart.altText, height: written.heights[chart.lang]!, files: written.files })
      log.progress(`${id}`, i + 1, ids.length)
    }

    const unfit = Object.entries(fit).filter(([, r]) => r.problems.length > 0).map(([figure, r]) => ({ figure, problems: r.problems }))
    if (unfit.length > 0)
      throw new FitError(unfit)
    const worst = Object.values(fit).reduce((w, r) => Math.min(w, r.edgeMargin), Number.POSITIVE_INFINITY)
    const counts = figures.counts()
    const measured = heights.counts()
    log.step(`text fits in all ${Object.keys(fit).length} figures (closest to an edge: ${Math.round(worst * 10) / 10}px); ${counts.drawn} chart-language figure sets drawn, ${counts.reused} reused from the cache; ${measured.measured} embed pages measured, ${measured.reused} reused`)

    const finishFrom = performance.now()
    const replaceAll = ids.length === all.length
    // A partial run keeps the other charts' folders; the gallery lists them from their own JSON.
    const kept = replaceAll ? [] : await galleryEntriesOnDisk(chartsDir, all.filter(id => !ids.includes(id)))
    await writeGallery(stage.dir, [...entries, ...kept].sort((a, b) => all.indexOf(a.id) - all.indexOf(b.id)), { dataVersion: version, baseUrl: options.baseUrl })
    const manifestEntries = await stage.entries(replaceAll, version, input.previous)
    const bytes = manifestEntries.reduce((s, e) => s + e.bytes, 0)
    const output: StagedOutput = { kind: 'charts', path: chartsDir, bytes, files: manifestEntries.length, swaps: await stage.swaps(replaceAll), entries: manifestEntries, owns: ownsKind }
    log.step(`chart kit staged: ${ids.length} chart${ids.length === 1 ? '' : 's'} (${manifestEntries.length} files, ${formatBytes(bytes)})`)
    return { dir: chartsDir, charts: ids, entries: manifestEntries, dataVersion: version, fit, timings: { setup, perChart, finish: seconds(finishFrom), total: seconds(started) }, figures: counts, output }
  }
  finally {
    await renderer?.close().catch(() => {})
    await heights.close()
  }
}
