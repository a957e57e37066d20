/**
 * One export run owns an export, whatever it makes (`npm run export`, or `npm run charts`, which is the export of
 * the chart kit alone): the data gate (once), the export folder and its lock, the work folder, the browser, one
 * staging area (output/staging.ts) and one commit with the manifest (commit.ts). The products — the slides PDF, the
 * handout, the site and the chart kit — only stage files and manifest entries into that area.
 *
 * Everything is rendered and verified first; only then is anything put in place, all together. A failure anywhere
 * before that, a full disk, a browser that dies or a Ctrl-C leave every earlier export as it was, and no temporary
 * file or process behind. The lock (output/lock.ts) is held from start to end, so a second run cannot interleave.
 */
import type { Browser } from 'playwright-chromium'
import type { BrowserGuard, FoundBrowser } from '../browser/index'
import type { Log } from '../core/index'
import type { Deck } from '../deck/index'
import type { ChartKitOptions, ChartKitResult, KitPlan } from '../kit/index'
import type { CacheStore, FolderLock, StagedOutput, Staging } from '../output/index'
import type { Written } from './commit'
import type { ExportOptions, Product } from './options'
import { cp, mkdir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { launchEvent } from '../../data/launch'
import { assertCanExport, browserLine, getBrowser, guardBrowser, launchBrowser, stallLimit } from '../browser/index'
import { createLog } from '../core/index'
import { assertValidData, buildDeck, deckBuildKey, readDeck } from '../deck/index'
import { kitSummary, planChartKit, stageChartKit } from '../kit/index'
import { cacheStore, createStaging, dataVersion, ExportError, lockExportFolder, makeWorkDir, readManifest, WriteError } from '../output/index'
import { commitExport } from './commit'
import { stageDeckOutputs } from './deck-outputs'
import { diskFullFor, FAULT_ENV, parseFault } from './faults'
import { chartsOnly } from './options'
import { prepareSite } from './site'
import { fileNames } from './staged-pdf'

export type { Written } from './commit'

export interface RunShared {
  /** The run's log (the command passes its watchdog's); default: a log named for the command. */
  log?: Log
  /**
   * A browser the caller launched and closes (the tests and the benchmark run the kit many times on one); the run
   * then neither launches nor closes one, and guards nothing.
   */
  browser?: Browser
}

export interface ExportResult {
  written: Written[]
  /** The chart kit's figures (fit, timings), when it was made. */
  kit?: ChartKitResult
}

/** Slides, handout, run of show and site are printed from (or are) the built deck; the chart kit needs only the browser. */
const needsDeck = (want: ReadonlySet<Product>) => want.has('slides') || want.has('handout') || want.has('run-of-show') || want.has('site')

export async function runExport(options: ExportOptions, shared: RunShared = {}): Promise<ExportResult> {
  const log = shared.log ?? createLog(options.command === 'npm run charts' ? 'charts' : 'export')
  const want = new Set<Product>(options.only)
  // The gate, once: every product below reads the launch it loads.
  await assertValidData()
  // Checked before anything is created: a wrong chart id or preset leaves no trace.
  const kit = want.has('charts') ? planChartKit(options.kit, options.cache) : undefined
  const deck = needsDeck(want) ? await readDeck() : undefined
  // Found (or provisioned) before anything is created, so a missing browser leaves no trace either.
  const found = shared.browser ? undefined : await getBrowser({ explicit: options.browser, say: log.step })
  await mkdir(options.out, { recursive: true }).catch((error) => {
    throw new ExportError('export folder', [new WriteError(options.out, error).message], 'Nothing was written. Choose a folder this user can create and write with --out DIR.')
  })
  const lock = await lockExportFolder(options.out, options.command)
  try {
    if (lock.cleared.length > 0)
      log.step(`removed ${lock.cleared.length} temporary item${lock.cleared.length === 1 ? '' : 's'} left by a run that was stopped`)
    return await runLocked({ options, want, log, deck, kit, found, shared, lock })
  }
  finally {
    await lock.release()
  }
}

/** `npm run charts` as a function: the export of the chart kit alone (the tests and the benchmark lend it a browser). */
export async function runChartKit(kit: Partial<ChartKitOptions> = {}, shared: RunShared = {}): Promise<ChartKitResult> {
  const { kit: result } = await runExport(chartsOnly(kit), shared)
  return result!
}

interface Locked {
  options: ExportOptions
  want: ReadonlySet<Product>
  log: Log
  deck: Deck | undefined
  kit: KitPlan | undefined
  found: FoundBrowser | undefined
  shared: RunShared
  lock: FolderLock
}

/** What identifies the browser in the figures' cache keys: the executable's bytes as installed (path, size, time). */
async function browserIdentity(found: FoundBrowser): Promise<string> {
  const path = await realpath(found.path).catch(() => found.path)
  const info = await stat(path).catch(() => undefined)
  return `${path}:${info?.size ?? 0}:${info?.mtimeMs ?? 0}`
}

async function runLocked({ options, want, log, deck, kit, found, shared, lock }: Locked): Promise<ExportResult> {
  // Read after the gate: a chart fault names a chart of the registry.
  const fault = parseFault(process.env[FAULT_ENV])
  const event = launchEvent()
  const names = fileNames(event.report.slug)
  const version = dataVersion()
  const caches = { figures: cacheStore('figures', { read: options.cache }), deck: cacheStore('deck', { read: options.cache }) }
  const work = await makeWorkDir('deck-export')
  const staging: Staging = createStaging(options.out, { diskFull: diskFullFor(fault, names) })
  const stopBuild = new AbortController()
  let owned: Browser | undefined
  let guard: BrowserGuard | undefined
  let kitting: Promise<ChartKitResult> | undefined
  let launching: Promise<Browser> | undefined
  let closing: Promise<void> | undefined
  try {
    if (kit)
      log.step(kitSummary(kit, version))
    // A browser that does not start, or cannot print what the export needs, stops the build at once rather than after it.
    const launch = async (): Promise<Browser> => {
      if (shared.browser)
        return shared.browser
      await mkdir(join(work.path, 'chromium'))
      const launched = await launchBrowser(found!, { tempDir: join(work.path, 'chromium') })
      owned = launched
      log.step(browserLine(found!, launched))
      if (want.has('slides') || want.has('handout'))
        await assertCanExport(launched, found!)
      // A hung step is stopped; the readiness waits have their own --timeout, so the stall limit stays above it.
      guard = guardBrowser(launched, { stallMs: stallLimit(options.timeout) })
      return launched
    }
    // The deck's pages need the browser, so it starts at once; the chart kit alone starts it only to draw a figure
    // the cache does not hold.
    const browser = () => launching ??= launch().catch((error: unknown) => {
      stopBuild.abort()
      throw error
    })
    if (deck)
      void browser().catch(() => {}) // awaited below
    const browserId = async () => (shared.browser ? shared.browser.version() : browserIdentity(found!))
    // The chart kit needs the browser, not the build: it draws while Slidev builds. It names its browser steps only
    // when it is all the browser does (the print page's steps name them otherwise).
    const previous = await readManifest(options.out)
    kitting = kit
      ? stageChartKit({ plan: kit, out: options.out, browser, browserId, cache: caches.figures, staging, workDir: work.path, dataVersion: version, previous, log, onStep: deck ? undefined : what => guard?.step(what) })
      : undefined
    kitting?.catch(() => {}) // awaited below; this only stops an early failure from counting as unhandled meanwhile

    const outputs: StagedOutput[] = []
    if (deck) {
      // The site is built straight into its place in the staging area; otherwise into the work folder.
      const built = want.has('site') ? staging.path('site') : join(work.path, 'dist')
      const [building, launched] = await Promise.allSettled([deckBuilt(built, deck, caches.deck, options.out, stopBuild.signal, log), browser()])
      if (launched.status === 'rejected')
        throw launched.reason
      if (building.status === 'rejected')
        throw building.reason
      log.step('deck built, browser ready')
      // The site takes the kit as soon as both exist, while the PDFs are printed and checked.
      const site = want.has('site')
        ? (kitting ?? Promise.resolve(undefined)).then(done => prepareSite(built, options.out, version, done ? { dir: staging.path('charts'), entries: done.entries } : { dir: join(options.out, 'charts') }))
        : undefined
      site?.catch(() => {}) // awaited once the PDFs are verified
      outputs.push(...await stageDeckOutputs({ deck, want, event, names, dataVersion: version, browser: launched.value, guard, built, staging, out: options.out, timeout: options.timeout, fault, log, site, browserDone }))
    }
    await browserDone()
    const kitDone = await kitting
    if (kitDone)
      outputs.unshift(kitDone.output)
    const written = await commitExport({ out: options.out, staging, outputs, lock })
    // Only a run that committed trims the cache (the entries it used stay); a cache that cannot be trimmed costs
    // only disk space, so that never fails the export.
    await Promise.all([caches.figures.prune(), caches.deck.prune()]).catch(() => {})
    return { written, kit: kitDone }

    // Chromium's part is over once the kit is drawn and the deck's pages are printed: it is closed before the PDFs
    // are checked, which then have its memory.
    async function browserDone(): Promise<void> {
      closing ??= (async () => {
        if (kitting)
          guard?.step('drawing the chart kit')
        await kitting
        await guard?.close()
        owned = undefined
      })()
      return closing
    }
  }
  catch (error) {
    throw guard ? guard.explain(error) : error
  }
  finally {
    stopBuild.abort()
    await owned?.close().catch(() => {})
    // A kit still drawing fails once the browser is closed; it is waited for so nothing writes into the staging area
    // while it is removed.
    await kitting?.catch(() => undefined)
    await staging.discard()
    await work.remove()
  }
}

/**
 * The built deck in `into`: from the cache when nothing it is built from has changed (deck/build-key.ts), else by
 * `slidev build`, then stored before anything else is added to the folder.
 */
async function deckBuilt(into: string, deck: Deck, cache: CacheStore, out: string, signal: AbortSignal, log: Log): Promise<void> {
  const key = await deckBuildKey({ outs: [out] })
  if (await cache.restore(key, into)) {
    log.step(`deck build reused from the cache (${deck.slides.length} slides)`)
    return
  }
  log.step(`building the deck (${deck.slides.length} slides)`)
  await buildDeck(into, { signal })
  await cache.store(key, dir => cp(into, dir, { recursive: true }))
}
