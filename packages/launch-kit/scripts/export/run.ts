/**
 * One export run: one `slidev build`, one static server, one Chromium. Everything is rendered and verified first;
 * only then is anything put in place, all together (export-commit.ts). A failure anywhere before that, a full disk,
 * a browser that dies or a Ctrl-C leave every earlier export as it was, and no temporary file or process behind.
 * The run holds the export folder's lock (export-lock.ts) from start to end, so a second run cannot interleave.
 */
import type { Browser } from 'playwright-chromium'
import type { BrowserGuard, FoundBrowser, StaticServer } from '../browser/index'
import type { Log } from '../core/index'
import type { Deck } from '../deck/index'
import type { ChartKitResult } from '../kit/index'
import type { FolderLock } from '../output/index'
import type { Written } from './commit'
import type { Fault } from './faults'
import type { ExportOptions, Product } from './options'
import type { PageErrors } from './page-errors'
import type { SiteFile } from './site'
import { rmSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { launchEvent } from '../../data/launch'
import { assertCanExport, browserLine, deckContext, getBrowser, guardBrowser, launchBrowser, serveStatic, stallLimit } from '../browser/index'
import { buildDeck, readDeck } from '../deck/index'
import { makeHandoutPdf } from '../handout/index'
import { runChartKit } from '../kit/index'
import { assertNoProblems, dataVersion, ExportError, lockExportFolder, makeWorkDir, onInterrupt, tempPathFor, WriteError } from '../output/index'
import { pdfMetadata } from '../pdf/index'
import { commitExport } from './commit'
import { diskFullFor, FAULT_HIT_BINDING, faultScript, isChartFault, isPageFault } from './faults'
import { collectPageErrors } from './page-errors'
import { printDeck } from './print'
import { exportRunOfShow } from './run-of-show'
import { stageSite } from './site'
import { makeSlidesPdf } from './slides'

export type { Written } from './commit'

/**
 * Device pixels per CSS px of the print page. Charts print as SVG and slides go into the handout as DOM, so nothing
 * is rasterised at this scale any more; 2× stays for whatever a slide might draw on a canvas itself.
 */
const SCALE = 2

export function fileNames(slug: string): { slides: string, handout: string, runOfShow: string } {
  return { slides: `${slug}-slides.pdf`, handout: `${slug}-handout.pdf`, runOfShow: `${slug}-run-of-show.pdf` }
}

type Pdf = { bytes: Uint8Array, pages: number } | undefined

function siteFiles(names: ReturnType<typeof fileNames>, pdfs: { slides: Pdf, handout: Pdf, runOfShow: Pdf }): SiteFile[] {
  return (['slides', 'handout', 'runOfShow'] as const).flatMap(kind => (pdfs[kind] ? [{ name: names[kind], bytes: pdfs[kind].bytes }] : []))
}

export async function runExport(options: ExportOptions, log: Log, fault: Fault | null): Promise<Written[]> {
  const deck = await readDeck()
  // Found (or provisioned) before anything is created, so a missing browser leaves no trace.
  const found = await getBrowser({ explicit: options.browser, say: log.step })
  await mkdir(options.out, { recursive: true }).catch((error) => {
    throw new ExportError('export folder', [new WriteError(options.out, error).message], 'Nothing was written. Choose a folder this user can create and write with --out DIR.')
  })
  const lock = await lockExportFolder(options.out, 'npm run export')
  try {
    if (lock.cleared.length > 0)
      log.step(`removed ${lock.cleared.length} temporary item${lock.cleared.length === 1 ? '' : 's'} left by a run that was stopped`)
    return await exportLocked(options, log, fault, deck, found, lock)
  }
  finally {
    await lock.release()
  }
}

async function exportLocked(options: ExportOptions, log: Log, fault: Fault | null, deck: Deck, found: FoundBrowser, lock: FolderLock): Promise<Written[]> {
  const want = new Set<Product>(options.only)
  const event = launchEvent()
  const names = fileNames(event.report.slug)
  // The site is built straight into its staging folder beside <out>/site; otherwise the build goes to the work
  // folder, which also holds Chromium's temporary files.
  const work = await makeWorkDir('deck-export')
  const staging = want.has('site') ? tempPathFor(join(options.out, 'site')) : join(work.path, 'dist')
  const browserTemp = join(work.path, 'chromium')
  const forgetStaging = onInterrupt(() => rmSync(staging, { recursive: true, force: true }), undefined, { againAtExit: true })
  const stopBuild = new AbortController()
  let browser: Browser | undefined
  let guard: BrowserGuard | undefined
  let server: StaticServer | undefined
  let kit: ChartKitResult | undefined
  let kitting: Promise<ChartKitResult> | undefined
  let pageErrors: PageErrors | undefined
  try {
    log.step(`building the deck (${deck.slides.length} slides)`)
    // A browser that does not start, or cannot print what the export needs, stops the build at once rather than after it.
    await mkdir(browserTemp)
    const launching = launchBrowser(found, { tempDir: browserTemp }).then(async (launched) => {
      log.step(browserLine(found, launched))
      if (want.has('slides') || want.has('handout')) {
        await assertCanExport(launched, found).catch(async (error: unknown) => {
          await launched.close()
          throw error
        })
      }
      return launched
    }).catch((error: unknown) => {
      stopBuild.abort()
      throw error
    })
    // The chart kit needs the browser, not the build: it draws while Slidev builds (issue 7: 1–2 s off every export).
    // Staged only, as before; it is put in place with everything else below, or discarded.
    kitting = want.has('charts')
      ? launching.then(launchedBrowser => runChartKit({ out: options.out }, { browser: launchedBrowser, log, commit: false }))
      : undefined
    kitting?.catch(() => {}) // awaited below; this only stops an early failure from counting as unhandled meanwhile
    const [built, launched] = await Promise.allSettled([buildDeck(staging, { signal: stopBuild.signal }), launching])
    browser = launched.status === 'fulfilled' ? launched.value : undefined
    if (launched.status === 'rejected')
      throw launched.reason
    if (built.status === 'rejected')
      throw built.reason
    log.step('deck built, browser ready')
    // A hung step is stopped; the readiness waits have their own --timeout, so the stall limit stays above it.
    guard = guardBrowser(browser!, { stallMs: stallLimit(options.timeout) })
    server = await serveStatic(staging)
    const { context, blocked } = await deckContext(browser!, { viewport: { width: 980, height: 552 }, deviceScaleFactor: SCALE })
    pageErrors = collectPageErrors(context)
    if (fault)
      log.step(`test switch DECK_FAULT=${Object.values(fault).join(':')} is on`)
    if (isChartFault(fault) || isPageFault(fault)) {
      await context.exposeBinding(FAULT_HIT_BINDING, (_source, what: string) => log.step(`test switch: ${what}`))
      await context.addInitScript({ content: faultScript(fault) })
    }
    const page = await context.newPage()
    guard.watch(page)

    // The print page a range of slides at a time, so a long deck needs no more memory than a short one (issue 7).
    const watch = guard
    const { pdf: printed, renders, size, slides: snapshots, styles, ranges } = await printDeck(page, server.url, deck, {
      timeout: options.timeout,
      styles: want.has('handout'),
      pdf: want.has('slides') || want.has('site'),
      onStep: what => watch.step(what),
    })
    log.step(`print page done: ${deck.slides.length} slides in ${ranges} range${ranges === 1 ? '' : 's'}, ${renders.length} charts drawn as SVG`)
    // With a handout, the slides PDF is checked once the browser has started on the handout page, so this thread's
    // work overlaps with Chromium laying the handout out and printing it; without one, once the browser is closed, so
    // the two never hold their memory at the same time (issue 7).
    const checkSlides = (raw: Uint8Array) => makeSlidesPdf(raw, deck, renders, snapshots, size, pdfMetadata(deck, event, 'slides'), (n, total) => log.progress('slides PDF verified, slide', n, total))
      .then((pdf) => { log.step(`slides PDF verified: ${pdf.pages} pages`); return pdf })
    let checking: ReturnType<typeof checkSlides> | undefined
    const startChecking = () => {
      if (!printed || checking)
        return
      checking = checkSlides(printed)
      checking.catch(() => {}) // awaited below, after the browser is closed
    }
    guard.step('printing the handout PDF')
    const handout = want.has('handout')
      ? await makeHandoutPdf(context, deck, { baseUrl: server.url, slides: snapshots, styles: styles!, size, renders }, pdfMetadata(deck, event, 'handout'), options.timeout, startChecking)
          .then((pdf) => { log.step(`handout PDF verified: ${pdf.pages} pages`); return pdf })
      : undefined
    // The moderator's run of show (scripts/runofshow/), in its own tab of the same browser.
    const runOfShow = want.has('run-of-show') ? await exportRunOfShow(context, deck, event, options.timeout, log) : undefined
    if (blocked.length > 0)
      throw new ExportError('network', blocked.map(url => `the page tried to load ${url}`), 'Every asset must be local: bundle it (e.g. @fontsource) or put it in public/.')
    assertNoProblems('page errors', pageErrors.problems(), 'Nothing was written. Fix what the page reported (the slide, or the component it names); a message known to be harmless can be allowed, with its reason, in scripts/export/page-errors.ts.')

    // The article chart kit, started above on the same browser, staged (not yet in place).
    if (kitting) {
      guard.step('drawing the chart kit')
      kit = await kitting
    }

    // Chromium's part is over: it is closed before the wait on the slides check, which then has its memory.
    await guard.close()
    browser = undefined
    await server.close()
    server = undefined
    const slides = printed && await (checking ?? checkSlides(printed))

    // The site is the last thing checked: its Download link must resolve to the PDF it now holds. It carries the
    // chart kit of this run when there is one, else the one in <out>/charts (complete: the lock keeps writers out).
    const pdfs = { slides, handout, runOfShow }
    const siteInfo = want.has('site') ? await stageSite(staging, siteFiles(names, pdfs), kit?.staged?.dir ?? join(options.out, 'charts'), deck.headmatter.download) : undefined
    const written = await commitExport({
      out: options.out,
      want,
      names,
      pdfs,
      siteStaging: siteInfo ? staging : undefined,
      kit: kit?.staged ? { staged: kit.staged, entries: kit.entries, dir: kit.dir } : undefined,
      dataVersion: dataVersion(),
      lock,
      diskFull: diskFullFor(fault, names),
    })
    if (siteInfo)
      log.step(`site ready${siteInfo.chartKit ? ', with the chart kit' : ' (no exports/charts yet, so no chart kit)'}`)
    return written
  }
  catch (error) {
    const explained = guard ? guard.explain(error) : error
    const said = explained instanceof ExportError && explained.what !== 'page errors' ? pageErrors?.problems() ?? [] : []
    if (said.length > 0)
      throw new ExportError((explained as ExportError).what, [...(explained as ExportError).problems, ...said], (explained as ExportError).fix)
    throw explained
  }
  finally {
    pageErrors?.stop()
    stopBuild.abort()
    await browser?.close().catch(() => {})
    await server?.close()
    // A kit still drawing fails once the browser is closed (and discards itself); one that finished is discarded here.
    kit ??= await kitting?.catch(() => undefined)
    await kit?.staged?.discard()
    await rm(staging, { recursive: true, force: true })
    await work.remove()
    forgetStaging()
  }
}
