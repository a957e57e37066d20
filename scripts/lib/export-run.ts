/**
 * One export run: one `slidev build`, one static server, one Chromium. Everything is rendered and verified first;
 * only then are files written (each to a temporary name, then renamed), the site swapped in and the manifest
 * updated. A failure anywhere before that leaves every earlier export as it was.
 */
import type { Browser } from 'playwright-chromium'
import type { Fault } from './export-faults'
import type { ExportOptions, Product } from './export-options'
import type { SiteFile } from './export-site'
import type { Log } from './log'
import type { ManifestEntry } from './manifest'
import type { StaticServer } from './server'
import { rmSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { event } from '../../data/event'
import { tempPathFor, writeFileAtomic } from './atomic'
import { findBrowser, keepLocal, launchBrowser } from './browser'
import { dataVersion } from './data-version'
import { buildDeck, readDeck } from './deck'
import { ExportError } from './export-error'
import { faultScript } from './export-faults'
import { makeHandoutPdf } from './export-handout'
import { checkChartsInPage, openPrintPage, printSlides, screenshotSlides, slideSize } from './export-print'
import { makeSlidesPdf } from './export-slides'
import { listFiles, stageSite, swapInSite } from './export-site'
import { describeFile, updateManifest } from './manifest'
import { pdfMetadata } from './pdf-metadata'
import { serveStatic } from './server'

export interface Written {
  kind: 'slides-pdf' | 'handout-pdf' | 'charts' | 'site'
  path: string
  bytes: number
  files: number
}

/** 2× so chart canvases print sharp and the handout's slide images are crisp (1960×1104). */
const SCALE = 2

export function fileNames(slug: string): { slides: string, handout: string } {
  return { slides: `${slug}-slides.pdf`, handout: `${slug}-handout.pdf` }
}

type Pdf = { bytes: Uint8Array, pages: number } | undefined

function siteFiles(names: { slides: string, handout: string }, pdfs: { slides: Pdf, handout: Pdf }): SiteFile[] {
  return [...(pdfs.slides ? [{ name: names.slides, bytes: pdfs.slides.bytes }] : []), ...(pdfs.handout ? [{ name: names.handout, bytes: pdfs.handout.bytes }] : [])]
}

/** Writes the verified PDFs (temporary name, then rename), swaps in the staged site, updates the manifest. */
async function writeOutputs(out: string, want: Set<Product>, names: { slides: string, handout: string }, pdfs: { slides: Pdf, handout: Pdf }, site?: { staging: string, site: string }): Promise<Written[]> {
  const entries: ManifestEntry[] = []
  const written: Written[] = []
  const pdfsToWrite = [
    { kind: 'slides-pdf', name: names.slides, pdf: want.has('slides') ? pdfs.slides : undefined },
    { kind: 'handout-pdf', name: names.handout, pdf: pdfs.handout },
  ] as const
  for (const { kind, name, pdf } of pdfsToWrite) {
    if (!pdf)
      continue
    const path = join(out, name)
    await writeFileAtomic(path, pdf.bytes)
    entries.push(await describeFile(out, path, kind, { pages: pdf.pages }))
    written.push({ kind, path, bytes: pdf.bytes.length, files: 1 })
  }
  if (site) {
    await swapInSite(site.staging, site.site)
    const siteEntries = await Promise.all((await listFiles(site.site)).map(f => describeFile(out, join(site.site, f), 'site')))
    entries.push(...siteEntries)
    written.push({ kind: 'site', path: site.site, bytes: siteEntries.reduce((n, e) => n + e.bytes, 0), files: siteEntries.length })
  }
  const kinds = new Set<string>(written.map(w => w.kind))
  await updateManifest(out, kind => kinds.has(kind), entries, dataVersion())
  return written
}

export async function runExport(options: ExportOptions, log: Log, fault: Fault | null): Promise<Written[]> {
  const want = new Set(options.only)
  const names = fileNames(event.report.slug)
  const deck = await readDeck()
  const found = findBrowser({ explicit: options.browser })
  await mkdir(options.out, { recursive: true })
  const site = join(options.out, 'site')
  const staging = want.has('site') ? tempPathFor(site) : join(await mkdtemp(join(tmpdir(), 'deck-export-')), 'dist')
  const scratch = want.has('site') ? staging : join(staging, '..')
  // Ctrl-C or a kill mid-run: remove the staging folder (Playwright closes the browser itself), then exit.
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(scratch, { recursive: true, force: true })
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let browser: Browser | undefined
  let server: StaticServer | undefined
  const browserErrors: string[] = []
  try {
    log.step(`building the deck (${deck.slides.length} slides) · Chromium ${found.path} (${found.source})`)
    const [built, launched] = await Promise.allSettled([buildDeck(staging), launchBrowser(found)])
    browser = launched.status === 'fulfilled' ? launched.value : undefined
    if (built.status === 'rejected')
      throw built.reason
    if (launched.status === 'rejected')
      throw launched.reason
    server = await serveStatic(staging)
    const context = await browser!.newContext({ viewport: { width: 980, height: 552 }, deviceScaleFactor: SCALE })
    const blocked = await keepLocal(context)
    if (fault) {
      log.step(`test switch DECK_FAULT=${fault.kind}:${fault.chart} is on`)
      await context.addInitScript({ content: faultScript(fault) })
    }
    const page = await context.newPage()
    page.on('pageerror', error => browserErrors.push(`uncaught: ${error.message}`))
    page.on('console', m => (m.type() === 'error' ? browserErrors.push(`console.error: ${m.text()}`) : undefined))

    await openPrintPage(page, server.url, deck, options.timeout)
    const renders = await checkChartsInPage(page, deck)
    const size = await slideSize(page)
    log.step(`print page ready: ${deck.slides.length} slides, ${renders.length} charts drawn and still`)

    const images = want.has('handout') ? await screenshotSlides(page, (n, total) => log.progress('slide image', n, total)) : []
    const printed = want.has('slides') || want.has('site') ? await printSlides(page, size) : undefined
    // Node checks the slides PDF while the browser lays out and prints the handout.
    const [slides, handout] = await Promise.all([
      printed && makeSlidesPdf(printed, deck, renders, size, pdfMetadata(deck, event, 'slides'), (n, total) => log.progress('slides PDF verified, slide', n, total))
        .then((pdf) => { log.step(`slides PDF verified: ${pdf.pages} pages`); return pdf }),
      want.has('handout')
        ? makeHandoutPdf(context, deck, images, pdfMetadata(deck, event, 'handout'), options.timeout)
          .then((pdf) => { log.step(`handout PDF verified: ${pdf.pages} pages`); return pdf })
        : undefined,
    ])
    if (blocked.length > 0)
      throw new ExportError('network', blocked.map(url => `the page tried to load ${url}`), 'Every asset must be local: bundle it (e.g. @fontsource) or put it in public/.')

    // The article chart kit, on the same browser; it verifies and writes exports/charts itself (staged, then moved
    // into place), before the site copies it. Loaded here so a run without it does not bundle its browser code.
    let kit: Written | undefined
    if (want.has('charts')) {
      const { runChartKit } = await import('./kit')
      const result = await runChartKit({ out: options.out }, { browser: browser!, log })
      kit = { kind: 'charts', path: result.dir, bytes: result.entries.reduce((n, e) => n + e.bytes, 0), files: result.entries.length }
    }

    await browser!.close()
    browser = undefined
    await server.close()
    server = undefined

    // The site is the last thing checked: its Download link must resolve to the PDF it now holds.
    const pdfs = { slides, handout }
    const siteInfo = want.has('site') ? await stageSite(staging, siteFiles(names, pdfs), join(options.out, 'charts'), deck.headmatter.download) : undefined
    // Everything is verified: write.
    const written = [...(kit ? [kit] : []), ...await writeOutputs(options.out, want, names, pdfs, siteInfo ? { staging, site } : undefined)]
    if (siteInfo)
      log.step(`site ready${siteInfo.chartKit ? ', with the chart kit' : ' (no exports/charts yet, so no chart kit)'}`)
    return written
  }
  catch (error) {
    if (error instanceof ExportError && browserErrors.length > 0)
      throw new ExportError(error.what, [...error.problems, ...browserErrors.map(e => `browser ${e}`)], error.fix)
    throw error
  }
  finally {
    await browser?.close()
    await server?.close()
    await rm(scratch, { recursive: true, force: true })
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
