/**
 * Slidev's print page (/print?print=true) in the built deck, one 980×552 box per slide. printDeck opens it a range
 * of slides at a time (PRINT_CHUNK, ?range=; setup/root.ts makes the built page honour it), so Chromium needs about
 * as much memory for a 300-slide deck as for a 25-slide one. For each range it waits until every slide and chart
 * says it is ready, checks each chart canvas in the page, takes the per-slide images for the handout and prints the
 * range. The ranges' PDFs are joined (pdf/join.ts) into the slides PDF, which slides.ts verifies whole.
 */
import type { Page } from 'playwright-chromium'
import type { Deck } from '../deck/index'
import type { ChartRender } from '../pdf/index'
import type { SlideRange } from './chunks'
import { palette } from '../../charts/theme'
import { assertNoProblems, ExportError } from '../output/index'
import { loadPdfTools } from '../pdf/index'
import { rangeSizeFromEnv, slideRanges } from './chunks'
import { warmSlidesCheck } from './slides'

/**
 * Below these a chart counts as blank. The deck's seven charts measure 5–49 % ink and 1.0–34 % colour; axes, grid and
 * labels alone are grey, so a chart that lost its data marks fails the colour share.
 */
export const MIN_INK_SHARE = 0.01
export const MIN_COLOUR_SHARE = 0.002

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
    throw new ExportError('charts', late.map(e => `chart "${e.id}" on slide ${e.slide} did not become ready within ${timeout} ms (data-chart-ready never turned "true")`),
      'Open the slide in npm run present and look for errors in the browser console; --timeout MS allows a slower machine more time.')
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.addStyleTag({ content: NO_TRAILING_PAGE })
}

/**
 * Reads every chart canvas in the page: ready, drawn (ink and colour, not just axes) and still (the same pixels
 * two animation frames later, so not mid-animation). Throws naming each chart that fails.
 */
export async function checkChartsInPage(page: Page, deck: Deck): Promise<ChartRender[]> {
  const paper = [1, 3, 5].map(i => Number.parseInt(palette.paper.slice(i, i + 2), 16))
  // One evaluate for all charts; plain loops only (see faultScript on why no named inner functions).
  const renders: ChartRender[] = await page.evaluate(async (paperRgb) => {
    const results: ChartRender[] = []
    for (const figure of document.querySelectorAll<HTMLElement>('[data-chart-id]')) {
      const holder = figure.querySelector('.chart-canvas')
      const canvas = holder?.querySelector('canvas')
      const base = {
        id: figure.dataset.chartId ?? '',
        slide: Number(figure.closest('[data-slidev-no]')?.getAttribute('data-slidev-no') ?? 0),
        ready: holder?.getAttribute('data-chart-ready') === 'true',
        state: figure.dataset.chartState ?? 'missing',
      }
      const context = canvas?.getContext('2d')
      if (!canvas || !context || canvas.width === 0 || canvas.height === 0) {
        results.push({ ...base, width: 0, height: 0, rgbSha256: '', inkShare: 0, colourShare: 0, stable: false })
        continue
      }
      const hashes: string[] = []
      let ink = 0
      let colour = 0
      for (let pass = 0; pass < 2; pass++) {
        if (pass === 1)
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))
        const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data
        const rgb = new Uint8Array((rgba.length / 4) * 3)
        ink = 0
        colour = 0
        for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) {
          const r = rgba[p]!
          const g = rgba[p + 1]!
          const b = rgba[p + 2]!
          rgb[q] = r
          rgb[q + 1] = g
          rgb[q + 2] = b
          if (rgba[p + 3]! > 0 && (Math.abs(r - paperRgb[0]!) > 16 || Math.abs(g - paperRgb[1]!) > 16 || Math.abs(b - paperRgb[2]!) > 16))
            ink++
          if (rgba[p + 3]! > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 48)
            colour++
        }
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', rgb))
        hashes.push(Array.from(digest, byte => byte.toString(16).padStart(2, '0')).join(''))
      }
      const pixels = canvas.width * canvas.height
      results.push({ ...base, width: canvas.width, height: canvas.height, rgbSha256: hashes[1]!, inkShare: ink / pixels, colourShare: colour / pixels, stable: hashes[0] === hashes[1] })
    }
    return results
  }, paper)

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
    else if (r.width === 0)
      problems.push(`${where} has no canvas or a zero-size one`)
    else if (r.inkShare < MIN_INK_SHARE || r.colourShare < MIN_COLOUR_SHARE)
      problems.push(`${where} is blank: ${(r.inkShare * 100).toFixed(2)} % of its pixels are drawn and ${(r.colourShare * 100).toFixed(2)} % are data colours (need ${MIN_INK_SHARE * 100} % and ${MIN_COLOUR_SHARE * 100} %)`)
    else if (!r.stable)
      problems.push(`${where} is still changing two frames after it said it was ready (mid-animation?)`)
  }
  assertNoProblems('charts in the print page', problems, 'Open the slide with npm run present; a chart must draw its final frame without animation in print mode (components/ChartCanvas.vue).')
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

/**
 * JPEG quality of the handout's slide images: no visible difference from PNG at 2×, and Chromium's PDF embeds a
 * JPEG as it is (a PNG it decodes and compresses again: 1.4 s of the 23-slide handout's print).
 */
export const SLIDE_IMAGE_QUALITY = 90

/**
 * One JPEG per slide shown, at the page's device pixel ratio (2×: 1960×1104), for the handout. Each slide is
 * scrolled into the 980×552 viewport and captured with the DevTools protocol: Playwright's element screenshot waits
 * for stable frames and encodes PNG, which made the deck's 23 images take twice as long (same pixels). Never
 * captureBeyondViewport: it resizes the page for the capture, and the charts redraw at 1× (the export test caught it).
 * Progress counts from `before` (slides already taken in earlier ranges) towards `total`.
 */
export async function screenshotSlides(page: Page, onSlide: (done: number, total: number) => void, progress: { before: number, total: number } | undefined = undefined): Promise<Buffer[]> {
  const boxes = await page.$$eval(SLIDE, elements => elements.map((e) => {
    const r = e.getBoundingClientRect()
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height }
  }))
  const scale = await page.evaluate(() => window.devicePixelRatio)
  const { before, total } = progress ?? { before: 0, total: boxes.length }
  const cdp = await page.context().newCDPSession(page)
  try {
    const images: Buffer[] = []
    for (const [i, box] of boxes.entries()) {
      await page.evaluate(y => window.scrollTo(0, y), box.y)
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'jpeg', quality: SLIDE_IMAGE_QUALITY, clip: { ...box, scale }, captureBeyondViewport: false, optimizeForSpeed: true })
      images.push(Buffer.from(data, 'base64'))
      onSlide(before + i + 1, total)
    }
    await page.evaluate(() => window.scrollTo(0, 0))
    return images
  }
  finally {
    await cdp.detach()
  }
}

export interface PrintDeckOptions {
  /** Milliseconds a slide or chart may take to become ready. */
  timeout: number
  /** Take one image per slide, for the handout. */
  images: boolean
  /** Print the slides PDF. */
  pdf: boolean
  /** Slides per load of the print page (default: DECK_PRINT_RANGE, else PRINT_CHUNK). */
  rangeSize?: number
  /** Called before each stage, with what the browser is about to do (for error messages). */
  onStep?: (what: string) => void
  onImage?: (done: number, total: number) => void
}

export interface PrintedDeck {
  /** Chromium's slides PDF (ranges joined), before metadata and bookmarks; undefined unless asked for. */
  pdf: Uint8Array | undefined
  /** Every chart as drawn in the page just before printing. */
  renders: ChartRender[]
  /** The slide box in CSS px. */
  size: { width: number, height: number }
  /** One image per slide, in order, when asked for. */
  images: Buffer[]
  /** How many ranges the deck was printed in. */
  ranges: number
}

/**
 * The whole deck through the print page, a range of slides at a time: ready, charts checked, images, printed.
 * A deck of at most one range loads the plain print page once, as Slidev's own export does.
 */
export async function printDeck(page: Page, baseUrl: string, deck: Deck, options: PrintDeckOptions): Promise<PrintedDeck> {
  const ranges = slideRanges(deck.slides.length, options.rangeSize ?? rangeSizeFromEnv())
  // The PDF libraries (and, with the handout, the slides PDF's checking thread) load while the print page renders:
  // Node only waits on Chromium here, and the export verifies the PDFs with them right after.
  void loadPdfTools().catch(() => {})
  if (options.pdf && options.images)
    warmSlidesCheck()
  const step = options.onStep ?? (() => {})
  const renders: ChartRender[] = []
  const images: Buffer[] = []
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
    if (options.images) {
      step(`taking the slide images for the handout${where}`)
      images.push(...await screenshotSlides(page, options.onImage ?? (() => {}), { before: range.from - 1, total: deck.slides.length }))
    }
    if (options.pdf) {
      step(`printing the slides PDF${where}`)
      parts.push(await printSlides(page, size))
    }
  }
  if (!size)
    throw new ExportError('print page', ['the deck has no slides'], 'Add slides to slides.md.')
  const pdf = parts.length > 1 ? await (await loadPdfTools()).joinRangePdfs(parts) : parts[0]
  return { pdf, renders, size, images, ranges: ranges.length }
}
