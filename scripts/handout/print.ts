/**
 * The handout PDF: HTML built in Node (handout-html.ts) with the slide images taken from the print page, rendered
 * in a second tab of the same browser, printed A4 with page numbers, bookmarked and verified.
 */
import type { BrowserContext } from 'playwright-chromium'
import type { Deck } from '../deck/index'
import type { HandoutExpectation, HandoutLayout, PdfMetadata } from '../pdf/index'
import { charts, getChart } from '../../charts/registry'
import { fonts } from '../../charts/theme'
import { event } from '../../data/event'
import { datasets } from '../../data/index'
import { assertNoProblems, dataVersion } from '../output/index'
import { fontProblems, handoutPdfProblems, loadPdfTools, outlineProblems } from '../pdf/index'
import { handoutFontCss } from './fonts'
import { handoutFooter, handoutHtml, slideHeading, slideMarker, SOURCES_HEADING } from './html'
import { collectSources } from './sources'

/** A4 in PDF points. */
const A4_PT = { width: 595.28, height: 841.89 }
const MARGIN = { top: '16mm', right: '16mm', bottom: '18mm', left: '16mm' }

/** Width and height from a PNG's IHDR chunk (bytes 16–23); reading two integers needs no image library. */
export function pngSize(png: Uint8Array): { width: number, height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

const isJpeg = (image: Uint8Array) => image[0] === 0xFF && image[1] === 0xD8

/** Width and height from a JPEG's start-of-frame segment (SOF0–SOF15 except DHT, JPG and DAC). */
export function jpegSize(jpeg: Uint8Array): { width: number, height: number } {
  const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength)
  for (let at = 2; at + 9 < jpeg.length;) {
    const marker = view.getUint16(at)
    if (marker >= 0xFFC0 && marker <= 0xFFCF && ![0xFFC4, 0xFFC8, 0xFFCC].includes(marker))
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) }
    at += 2 + view.getUint16(at + 2)
  }
  throw new Error('jpegSize: no start-of-frame segment (not a JPEG?)')
}

/** A slide image (JPEG from export-print.ts, or PNG): its size in pixels. */
export function slideImageSize(image: Uint8Array): { width: number, height: number } {
  return isJpeg(image) ? jpegSize(image) : pngSize(image)
}

const imageExtension = (image: Uint8Array) => (isJpeg(image) ? 'jpg' : 'png')

/** Where the handout page is served from (page.route, from memory): a local origin, so the network guard lets it through. */
const HANDOUT_ORIGIN = 'http://127.0.0.1:9'

function expectation(deck: Deck, image: { width: number, height: number }, sourceUrls: string[]): HandoutExpectation {
  const total = deck.slides.length
  return {
    coverTexts: [event.report.title, event.launch.dateText, event.launch.platform, event.report.publisher, ...event.report.authors.map(a => a.name)],
    sections: deck.slides.map(s => ({
      no: s.no,
      heading: slideHeading(s),
      marker: slideMarker(s.no, total),
      charts: s.charts.map(id => getChart(id, deck.chartLang)).map(c => ({ id: c.id, title: c.title, rowLabels: c.table.rows.map(r => r.label), sourceUrls: c.sources.map(src => src.url) })),
    })),
    sourcesHeading: SOURCES_HEADING,
    sourceUrls,
    image,
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

export async function makeHandoutPdf(context: BrowserContext, deck: Deck, images: readonly Buffer[], metadata: PdfMetadata, timeout: number): Promise<{ bytes: Uint8Array, pages: number }> {
  const { finishPdf, openPdf } = await loadPdfTools()
  const sources = collectSources(charts, datasets.map(d => d.data))
  const html = handoutHtml({
    event,
    slides: deck.slides.map((s, i) => ({ ...s, image: `slides/${i + 1}.${imageExtension(images[i]!)}`, charts: s.charts.map(id => getChart(id, deck.chartLang)) })),
    sources,
    dataVersion: dataVersion(),
    fontCss: await handoutFontCss(),
  })
  const expect = expectation(deck, slideImageSize(images[0]!), sources.map(s => s.url))
  const page = await context.newPage()
  try {
    // Served from memory on a local origin nothing listens on: the page loads its images as files, about three times
    // faster than parsing them out of megabytes of data: URLs with setContent.
    await page.route(`${HANDOUT_ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      const slide = path.match(/^\/slides\/(\d+)\.(?:jpg|png)$/)
      const image = slide ? images[Number(slide[1]) - 1] : undefined
      if (image)
        return route.fulfill({ body: image, contentType: `image/${imageExtension(image) === 'jpg' ? 'jpeg' : 'png'}` })
      return path === '/handout.html' ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.fulfill({ status: 404 })
    })
    await page.goto(`${HANDOUT_ORIGIN}/handout.html`, { waitUntil: 'load', timeout })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const raw = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      margin: MARGIN,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: handoutFooter(event),
    })
    // Checked as printed (the text is read once), then again after pdf-lib adds the outline and metadata.
    const printed = await openPdf(raw)
    const { layout, problems } = await handoutPdfProblems(printed, expect).finally(() => printed.close())
    assertNoProblems('handout PDF', problems, 'Nothing was written. Fix what is named above (the layout is scripts/handout/html.ts), then export again.')
    const outline = outlineFor(deck, layout)
    const bytes = await finishPdf(raw, metadata, outline)
    const pdf = await openPdf(bytes)
    try {
      const final = [...await outlineProblems(pdf, outline), ...fontProblems(pdf, fonts.sans)]
      if (pdf.pageCount !== printed.pageCount)
        final.push(`adding the outline changed the page count from ${printed.pageCount} to ${pdf.pageCount}`)
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
