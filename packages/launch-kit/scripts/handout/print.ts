/**
 * The handout PDF: HTML built in Node (handout/html.ts) with each slide's own DOM from the print page
 * (handout/snapshot.ts), rendered in a second tab of the same browser on the deck's own server (so the slides'
 * stylesheets load as on the print page), printed A4 with page numbers, bookmarked and verified.
 */
import type { BrowserContext } from 'playwright-chromium'
import type { Deck } from '../deck/index'
import type { A4Margins, ChartRender, HandoutExpectation, HandoutLayout, PdfMetadata } from '../pdf/index'
import type { DeckStyles, SlideSnapshot } from './snapshot'
import { chartsIn, getChart } from '../../charts/registry'
import { fonts } from '../../charts/theme'
import { launchData, launchEvent } from '../../data/launch'
import { assertNoProblems, dataVersion } from '../output/index'
import { a4PdfOptions, fontProblems, handoutPdfProblems, loadPdfTools, outlineProblems } from '../pdf/index'
import { handoutFontCss } from './fonts'
import { handoutFooter, handoutHtml, slideHeading, slideMarker, SOURCES_HEADING } from './html'
import { collectSources } from './sources'

/** A4 in PDF points. */
const A4_PT = { width: 595.28, height: 841.89 }
const MARGIN: A4Margins = { top: '16mm', right: '16mm', bottom: '18mm', left: '16mm' }

/** Where the handout page is served: beside the built deck, on the export's own server. */
export const HANDOUT_PATH = '/handout.html'

export interface HandoutPrint {
  /** The deck's static server (the built deck): the handout page is served from it. */
  baseUrl: string
  /** Each slide's DOM from the print page, in slide order. */
  slides: readonly SlideSnapshot[]
  styles: DeckStyles
  /** The slide box in CSS px. */
  size: { width: number, height: number }
  /** The charts as the print page drew them. */
  renders: readonly ChartRender[]
}

function expectation(deck: Deck, print: HandoutPrint, sourceUrls: string[]): HandoutExpectation {
  const total = deck.slides.length
  const event = launchEvent()
  return {
    coverTexts: [event.report.title, event.launch.dateText, event.launch.platform, event.report.publisher, ...event.report.authors.map(a => a.name)],
    sections: deck.slides.map((s, i) => ({
      no: s.no,
      heading: slideHeading(s),
      marker: slideMarker(s.no, total),
      blocks: print.slides[i]?.blocks ?? [],
      images: print.slides[i]?.images ?? 0,
      // The labels and the Alt from the registry: a chart the print page lost still owes them.
      charts: s.charts.map(id => getChart(id, deck.chartLang)).map(c => ({ id: c.id, title: c.title, rowLabels: c.table.rows.map(r => r.label), sourceUrls: c.sources.map(src => src.url), labels: c.labels, alt: c.altText })),
    })),
    sourcesHeading: SOURCES_HEADING,
    sourceUrls,
    footerTexts: [`${event.report.shortTitle} · Handout`],
    pagePt: A4_PT,
  }
}

function outlineFor(deck: Deck, layout: HandoutLayout): { title: string, pageIndex: number }[] {
  return [
    { title: 'Cover', pageIndex: 0 },
    ...deck.slides.map((s, i) => ({ title: `${s.no}. ${slideHeading(s)}`, pageIndex: layout.slidePages[i]! - 1 })),
    { title: SOURCES_HEADING, pageIndex: layout.sourcesPage - 1 },
  ]
}

/**
 * `onLoading` is called once the browser has been told to open the handout page: work this thread does from then on
 * (the export checks the slides PDF) overlaps with Chromium laying the handout out.
 */
export async function makeHandoutPdf(context: BrowserContext, deck: Deck, print: HandoutPrint, metadata: PdfMetadata, timeout: number, onLoading: () => void = () => {}): Promise<{ bytes: Uint8Array, pages: number }> {
  const { finishInStages, openPdf } = await loadPdfTools()
  const event = launchEvent()
  const sources = collectSources(chartsIn(), launchData().datasets.map(d => d.data))
  const html = handoutHtml({
    event,
    slides: deck.slides.map((s, i) => ({ ...s, html: print.slides[i]?.html ?? '', charts: s.charts.map(id => getChart(id, deck.chartLang)) })),
    sources,
    dataVersion: dataVersion(),
    fontCss: await handoutFontCss(),
    deck: print.styles,
    slideSize: print.size,
  })
  const expect = expectation(deck, print, sources.map(s => s.url))
  const page = await context.newPage()
  try {
    // The page itself comes from memory; everything it links (the deck's stylesheets, images) from the deck's server.
    const url = `${print.baseUrl}${HANDOUT_PATH}`
    await page.route(url, route => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }))
    const loading = page.goto(url, { waitUntil: 'load', timeout })
    onLoading()
    await loading
    const unstyled = await page.$$eval('[data-slide-frame]', frames => frames.filter(f => (f.shadowRoot?.adoptedStyleSheets.length ?? 0) === 0).map(f => f.getAttribute('data-slide-frame')))
    if (unstyled.length > 0)
      throw new Error(`the handout page did not style slide${unstyled.length === 1 ? '' : 's'} ${unstyled.join(', ')} (no shadow root, or no adopted stylesheet): does this browser support declarative shadow DOM?`)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const raw = await page.pdf(a4PdfOptions(MARGIN, handoutFooter(event)))
    // Metadata and artifacts first, then every check on that file; the outline needs the checks' layout (where
    // each section starts) and is the only thing added afterwards.
    const staged = await finishInStages(raw, metadata)
    const checked = await openPdf(staged.bytes)
    const { layout, problems } = await handoutPdfProblems(checked, expect).finally(() => checked.close())
    assertNoProblems('handout PDF', problems, 'Nothing was written. Fix what is named above (the layout is scripts/handout/html.ts), then export again.')
    const outline = outlineFor(deck, layout)
    const bytes = await staged.withOutline(outline)
    const pdf = await openPdf(bytes)
    try {
      const final = [...await outlineProblems(pdf, outline), ...fontProblems(pdf, fonts.sans)]
      if (pdf.pageCount !== checked.pageCount)
        final.push(`adding the outline changed the page count from ${checked.pageCount} to ${pdf.pageCount}`)
      assertNoProblems('handout PDF', final, 'Nothing was written.')
      return { bytes, pages: pdf.pageCount }
    }
    finally {
      await pdf.close()
    }
  }
  finally {
    await page.close()
  }
}
