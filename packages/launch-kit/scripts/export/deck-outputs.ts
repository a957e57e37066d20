/**
 * The products of the built deck, each staged into the run's staging area (run.ts owns the area, the browser and
 * the commit): the print page a range of slides at a time (print.ts), the slides PDF (slides.ts), the handout
 * (handout/), the run of show (run-of-show.ts), and the site (site.ts), which carries the PDFs and the chart kit.
 */
import type { Browser } from 'playwright-chromium'
import type { LaunchEvent } from '../../data/event.schema'
import type { BrowserGuard, StaticServer } from '../browser/index'
import type { Log } from '../core/index'
import type { Deck } from '../deck/index'
import type { StagedOutput, Staging } from '../output/index'
import type { Fault } from './faults'
import type { Product } from './options'
import type { PageErrors } from './page-errors'
import type { PreparedSite } from './site'
import type { VerifiedPdf } from './staged-pdf'
import { deckContext, serveStatic } from '../browser/index'
import { makeHandoutPdf } from '../handout/index'
import { assertNoProblems, ExportError } from '../output/index'
import { pdfMetadata } from '../pdf/index'
import { FAULT_HIT_BINDING, faultScript, isChartFault, isPageFault } from './faults'
import { collectPageErrors } from './page-errors'
import { printDeck } from './print'
import { exportRunOfShow } from './run-of-show'
import { finishSite } from './site'
import { makeSlidesPdf } from './slides'
import { stagePdf } from './staged-pdf'

/**
 * Device pixels per CSS px of the print page. Charts print as SVG and slides go into the handout as DOM, so nothing
 * is rasterised at this scale any more; 2× stays for whatever a slide might draw on a canvas itself.
 */
const SCALE = 2

export interface DeckOutputsInput {
  deck: Deck
  want: ReadonlySet<Product>
  event: LaunchEvent
  names: { slides: string, handout: string, runOfShow: string }
  dataVersion: string
  browser: Browser
  guard: BrowserGuard | undefined
  /** The built deck (in the staging area when the site is wanted). */
  built: string
  staging: Staging
  out: string
  timeout: number
  fault: Fault | null
  log: Log
  /** The site without its PDFs, made while the PDFs are printed and checked (site.ts); when the site is wanted. */
  site: Promise<PreparedSite> | undefined
  /** Called once the browser is no longer needed: the run waits for whatever else uses it, then closes it. */
  browserDone: () => Promise<void>
}

export async function stageDeckOutputs(o: DeckOutputsInput): Promise<StagedOutput[]> {
  const { deck, want, log, guard } = o
  const metadata = (kind: 'slides' | 'handout') => pdfMetadata(deck, o.event, kind)
  let server: StaticServer | undefined
  let pageErrors: PageErrors | undefined
  try {
    server = await serveStatic(o.built)
    const { context, blocked } = await deckContext(o.browser, { viewport: { width: 980, height: 552 }, deviceScaleFactor: SCALE })
    pageErrors = collectPageErrors(context)
    if (o.fault)
      log.step(`test switch DECK_FAULT=${Object.values(o.fault).join(':')} is on`)
    if (isChartFault(o.fault) || isPageFault(o.fault)) {
      await context.exposeBinding(FAULT_HIT_BINDING, (_source, what: string) => log.step(`test switch: ${what}`))
      await context.addInitScript({ content: faultScript(o.fault) })
    }
    const page = await context.newPage()
    guard?.watch(page)

    // The print page a range of slides at a time, so a long deck needs no more memory than a short one.
    const { pdf: printed, renders, size, slides: snapshots, styles, ranges } = await printDeck(page, server.url, deck, {
      timeout: o.timeout,
      styles: want.has('handout'),
      pdf: want.has('slides') || want.has('site'),
      onStep: what => guard?.step(what),
    })
    log.step(`print page done: ${deck.slides.length} slides in ${ranges} range${ranges === 1 ? '' : 's'}, ${renders.length} charts drawn as SVG`)
    // With a handout, the slides PDF is checked once the browser has started on the handout page, so this thread's
    // work overlaps with Chromium laying the handout out and printing it; without one, once the browser is closed, so
    // the two never hold their memory at the same time.
    const checkSlides = (raw: Uint8Array) => makeSlidesPdf(raw, deck, renders, snapshots, size, metadata('slides'), (n, total) => log.progress('slides PDF verified, slide', n, total))
      .then((pdf) => { log.step(`slides PDF verified: ${pdf.pages} pages`); return pdf })
    let checking: Promise<VerifiedPdf> | undefined
    const startChecking = () => {
      if (!printed || checking)
        return
      checking = checkSlides(printed)
      checking.catch(() => {}) // awaited below, after the browser is closed
    }
    guard?.step('printing the handout PDF')
    const handout = want.has('handout')
      ? await makeHandoutPdf(context, deck, { baseUrl: server.url, slides: snapshots, styles: styles!, size, renders }, metadata('handout'), o.timeout, startChecking)
          .then((pdf) => { log.step(`handout PDF verified: ${pdf.pages} pages`); return pdf })
      : undefined
    // The moderator's run of show (scripts/runofshow/), in its own tab of the same browser.
    const runOfShow = want.has('run-of-show') ? await exportRunOfShow(context, deck, o.event, o.timeout, log) : undefined
    if (blocked.length > 0)
      throw new ExportError('network', blocked.map(url => `the page tried to load ${url}`), 'Every asset must be local: bundle it (e.g. @fontsource) or put it in public/.')
    assertNoProblems('page errors', pageErrors.problems(), 'Nothing was written. Fix what the page reported (the slide, or the component it names); a message known to be harmless can be allowed, with its reason, in scripts/export/page-errors.ts.')

    await o.browserDone()
    await server.close()
    server = undefined
    const slides = printed && await (checking ?? checkSlides(printed))

    const at = { staging: o.staging, out: o.out, dataVersion: o.dataVersion }
    const outputs: StagedOutput[] = []
    if (slides && want.has('slides'))
      outputs.push(await stagePdf('slides-pdf', o.names.slides, slides, at))
    if (handout)
      outputs.push(await stagePdf('handout-pdf', o.names.handout, handout, at))
    if (runOfShow)
      outputs.push(await stagePdf('run-of-show', o.names.runOfShow, runOfShow, at))
    // The site is the last thing checked: its Download link must resolve to the PDF it now holds.
    if (o.site) {
      const made = [[o.names.slides, slides], [o.names.handout, handout], [o.names.runOfShow, runOfShow]] as const
      const pdfs = made.flatMap(([name, pdf]) => (pdf ? [{ name, bytes: pdf.bytes }] : []))
      const prepared = await o.site
      outputs.push(await finishSite(prepared, o.out, pdfs, deck.headmatter.download, o.dataVersion))
      log.step(`site ready${prepared.chartKit ? ', with the chart kit' : ' (no exports/charts yet, so no chart kit)'}`)
    }
    return outputs
  }
  catch (error) {
    // What the pages said explains most failures; it goes with the error unless the error is that list itself.
    const explained = guard ? guard.explain(error) : error
    if (!(explained instanceof ExportError) || explained.what === 'page errors')
      throw explained
    const said = pageErrors?.problems() ?? []
    throw said.length > 0 ? new ExportError(explained.what, [...explained.problems, ...said], explained.fix) : explained
  }
  finally {
    pageErrors?.stop()
    await server?.close()
  }
}
