/**
 * Slidev's print page (/print?print=true) in the built deck, one 980×552 box per slide. printDeck opens it a range
 * of slides at a time (PRINT_CHUNK, ?range=; setup/root.ts makes the built page honour it), so Chromium needs about
 * as much memory for a 300-slide deck as for a 25-slide one. For each range it waits until every slide and chart
 * says it is ready (in print, each chart is SVG: components/ChartCanvas.vue), checks each chart's drawing in the
 * page, takes the slides' DOM for the handout (handout/snapshot.ts) and prints the range. The ranges' PDFs are
 * joined (pdf/join.ts) into the slides PDF, which slides.ts verifies whole.
 */
import type { Page } from 'playwright-chromium'
import type { Deck } from '../deck/index'
import type { DeckStyles, SlideSnapshot } from '../handout/index'
import type { ChartRender } from '../pdf/index'
import type { SlideRange } from './chunks'
import { deckStyles, snapshotSlides } from '../handout/index'
import { assertNoProblems, ExportError } from '../output/index'
import { loadPdfTools } from '../pdf/index'
import { rangeSizeFromEnv, slideRanges } from './chunks'

export const PRINT_QUERY = '/print?print=true'
const SLIDE = '.print-slide-container'

/**
 * The print page ends every slide box with `break-after: page`; Chromium turns the last one into an empty extra
 * page (the page count check caught it). Cancelled for the last slide only.
 */
const NO_TRAILING_PAGE = `${SLIDE}:last-of-type { break-after: auto !important; }`

interface ChartState { id: string, slide: number, ready: boolean, state: string }

function chartStates(page: Page): Promise<ChartState[]> {
  return page.$$eval('[data-chart-id]', figures => figures.map(f => ({
    id: f.getAttribute('data-chart-id') ?? '',
    slide: Number(f.closest('[data-slidev-no]')?.getAttribute('data-slidev-no') ?? 0),
    ready: f.querySelector('.chart-canvas')?.getAttribute('data-chart-ready') === 'true',
    state: f.getAttribute('data-chart-state') ?? 'missing',
  })))
}

/**
 * Opens the print page and returns once every slide and every chart is ready, or throws naming what is not.
 * `deck` holds the slides to show: the whole deck, or with `range` the slides of that range.
 */
export async function openPrintPage(page: Page, baseUrl: string, deck: Deck, timeout: number, range?: SlideRange): Promise<void> {
  const query = range ? `${PRINT_QUERY}&range=${range.from}-${range.to}` : PRINT_QUERY
  await page.goto(`${baseUrl}${query}`, { waitUntil: 'load', timeout })
  const total = deck.slides.length
  // Each slide is an async component with a 300 ms delay before its loading placeholder shows: until then its
  // .slidev-page is empty, neither loading nor loaded. So a slide counts as rendered once its page has an element.
  try {
    await page.waitForFunction(n => document.querySelectorAll('.print-slide-container').length === n
      && document.querySelectorAll('.slidev-slide-loading').length === 0
      && [...document.querySelectorAll('.print-slide-container .slidev-page')].every(p => p.firstElementChild !== null), total, { timeout })
  }
  catch {
    const shown = await page.locator(SLIDE).count()
    const expected = range ? `slides ${range.from}–${range.to} are ${total}` : `slides.md has ${total}`
    throw new ExportError('print page', [`shows ${shown} slides after ${timeout} ms; ${expected}`], `Run npm run build and open ${query} in a browser to see which slide fails to render.`)
  }
  const expected = deck.slides.flatMap(s => s.charts.map(id => ({ id, slide: s.no })))
  try {
    await page.waitForFunction(n => document.querySelectorAll('[data-chart-id] .chart-canvas[data-chart-ready="true"]').length >= n, expected.length, { timeout })
  }
  catch {
    const states = await chartStates(page)
    const late = expected.filter(e => !states.some(s => s.id === e.id && s.slide === e.slide && s.ready))
    throw new ExportError('charts', late.map(e => `chart "${e.id}" on slide ${e.slide} did not become ready within ${timeout} ms (data-chart-ready never turned "true")`), 'Open the slide in npm run present and look for errors in the browser console; --timeout MS allows a slower machine more time.')
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.addStyleTag({ content: NO_TRAILING_PAGE })
}

/**
 * Reads every chart in the page: ready, drawn as SVG with marks and text, where it sits on its slide and its
 * screen-reader label. Throws naming each chart that fails. The PDF checks (pdf/slide-checks.ts) then look for these
 * charts on paper, with the labels of their data from the registry (not what the page drew).
 */
export async function checkChartsInPage(page: Page, deck: Deck): Promise<ChartRender[]> {
  // One evaluate for all charts; plain loops only (see faultScript on why no named inner functions).
  const renders: ChartRender[] = await page.evaluate(() => {
    const results: ChartRender[] = []
    for (const figure of document.querySelectorAll<HTMLElement>('[data-chart-id]')) {
      const holder = figure.querySelector<HTMLElement>('.chart-canvas')
      const svg = holder?.querySelector('svg')
      const slideBox = figure.closest('.print-slide-container')?.getBoundingClientRect()
      const box = holder?.getBoundingClientRect()
      const painted = svg ? [...svg.querySelectorAll('path, rect, circle, ellipse, line, polyline, polygon, image')].filter(e => !e.closest('defs, clipPath')).length : 0
      results.push({
        id: figure.dataset.chartId ?? '',
        slide: Number(figure.closest('[data-slidev-no]')?.getAttribute('data-slidev-no') ?? 0),
        ready: holder?.getAttribute('data-chart-ready') === 'true',
        state: figure.dataset.chartState ?? 'missing',
        box: box && slideBox && svg && box.width > 0 && box.height > 0 ? { x: box.x - slideBox.x, y: box.y - slideBox.y, width: box.width, height: box.height } : null,
        marks: painted,
        drawnTexts: svg ? svg.querySelectorAll('text').length : 0,
        alt: svg?.getAttribute('aria-label') ?? '',
      })
    }
    return results
  })

  const problems: string[] = []
  for (const slide of deck.slides) {
    for (const id of slide.charts) {
      const found = renders.filter(r => r.id === id && r.slide === slide.no)
      if (found.length === 0)
        problems.push(`slide ${slide.no} ("${slide.title}") places chart "${id}" but no [data-chart-id="${id}"] figure is on it`)
    }
  }
  for (const r of renders) {
    const where = `chart "${r.id}" on slide ${r.slide}`
    if (r.state !== 'ok')
      problems.push(`${where} failed to draw and shows its fallback table (data-chart-state="${r.state}")`)
    else if (!r.ready)
      problems.push(`${where} is not ready (data-chart-ready is not "true")`)
    else if (!r.box)
      problems.push(`${where} has no SVG drawing, or a zero-size one (print mode draws charts as SVG: components/ChartCanvas.vue)`)
    else if (r.marks === 0 || r.drawnTexts === 0)
      problems.push(`${where} is blank: its SVG holds ${r.marks} painted marks and ${r.drawnTexts} texts`)
  }
  assertNoProblems('charts in the print page', problems, 'Open the slide with npm run present (and /print?print=true); a chart must draw its final frame as SVG in print mode (components/ChartCanvas.vue).')
  return renders
}

/** The slides PDF as Chromium prints it: one 980×552 page per slide, tagged for screen readers. */
export async function printSlides(page: Page, size: { width: number, height: number }): Promise<Uint8Array> {
  return page.pdf({ width: `${size.width}px`, height: `${size.height}px`, printBackground: true, tagged: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
}

/** The slide boxes' size in CSS px, as laid out by Slidev (canvasWidth × aspect ratio, rounded up). */
export async function slideSize(page: Page): Promise<{ width: number, height: number }> {
  return page.locator(SLIDE).first().evaluate((el) => {
    const box = el.getBoundingClientRect()
    return { width: Math.round(box.width), height: Math.round(box.height) }
  })
}

export interface PrintDeckOptions {
  /** Milliseconds a slide or chart may take to become ready. */
  timeout: number
  /** Read the deck's stylesheets too, for the handout. */
  styles: boolean
  /** Print the slides PDF. */
  pdf: boolean
  /** Slides per load of the print page (default: DECK_PRINT_RANGE, else PRINT_CHUNK). */
  rangeSize?: number
  /** Called before each stage, with what the browser is about to do (for error messages). */
  onStep?: (what: string) => void
}

export interface PrintedDeck {
  /** Chromium's slides PDF (ranges joined), before metadata and bookmarks; undefined unless asked for. */
  pdf: Uint8Array | undefined
  /** Every chart as drawn in the page just before printing. */
  renders: ChartRender[]
  /** The slide box in CSS px. */
  size: { width: number, height: number }
  /** Each slide's DOM, headings, list items and quotes, in order (the handout; the PDFs' tag checks). */
  slides: SlideSnapshot[]
  /** The deck's stylesheets and what slides inherit (from the first range), when asked for. */
  styles: DeckStyles | undefined
  /** How many ranges the deck was printed in. */
  ranges: number
}

/**
 * The whole deck through the print page, a range of slides at a time: ready, charts checked, slides taken, printed.
 * A deck of at most one range loads the plain print page once, as Slidev's own export does.
 */
export async function printDeck(page: Page, baseUrl: string, deck: Deck, options: PrintDeckOptions): Promise<PrintedDeck> {
  const ranges = slideRanges(deck.slides.length, options.rangeSize ?? rangeSizeFromEnv())
  // The PDF libraries load while the print page renders: Node only waits on Chromium here, and the export verifies
  // the PDFs with them right after.
  void loadPdfTools().catch(() => {})
  const step = options.onStep ?? (() => {})
  const renders: ChartRender[] = []
  const slides: SlideSnapshot[] = []
  let styles: DeckStyles | undefined
  const parts: Uint8Array[] = []
  let size: { width: number, height: number } | undefined
  for (const range of ranges) {
    const part: Deck = { ...deck, slides: deck.slides.filter(s => s.no >= range.from && s.no <= range.to) }
    const where = ranges.length > 1 ? ` (slides ${range.from}–${range.to})` : ''
    step(`waiting for every slide and chart of the print page to be ready${where}`)
    await openPrintPage(page, baseUrl, part, options.timeout, ranges.length > 1 ? range : undefined)
    step(`checking the charts in the print page${where}`)
    renders.push(...await checkChartsInPage(page, part))
    size ??= await slideSize(page)
    step(`taking the slides' DOM${where}`)
    slides.push(...await snapshotSlides(page))
    if (options.styles)
      styles ??= await deckStyles(page)
    if (options.pdf) {
      step(`printing the slides PDF${where}`)
      parts.push(await printSlides(page, size))
    }
  }
  if (!size)
    throw new ExportError('print page', ['the deck has no slides'], 'Add slides to slides.md.')
  const pdf = parts.length > 1 ? await (await loadPdfTools()).joinRangePdfs(parts) : parts[0]
  return { pdf, renders, size, slides, styles, ranges: ranges.length }
}
