/**
 * Slidev's print page (/print?print=true) in the built deck: every slide at once, one 980×552 box each. This module
 * opens it, waits until every slide and chart says it is ready, checks each chart canvas in the page, prints the
 * slides PDF and takes the per-slide images for the handout.
 */
import type { Page } from 'playwright-chromium'
import type { Deck } from './deck'
import { palette } from '../../charts/theme'
import { assertNoProblems, ExportError } from './export-error'

/** A chart as drawn in the page, just before printing: the export compares the PDF against it. */
export interface ChartRender {
  id: string
  slide: number
  /** Canvas backing-store size in device pixels. */
  width: number
  height: number
  /** sha256 of the canvas's RGB pixels. */
  rgbSha256: string
  /** Share of pixels that differ from the paper colour. */
  inkShare: number
  /** Share of saturated pixels: data marks, not grey axes and text. */
  colourShare: number
  /** The canvas gave the same pixels two animation frames apart. */
  stable: boolean
  ready: boolean
  state: string
}

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

/** Opens the print page and returns once every slide and every chart is ready, or throws naming what is not. */
export async function openPrintPage(page: Page, baseUrl: string, deck: Deck, timeout: number): Promise<void> {
  await page.goto(`${baseUrl}${PRINT_QUERY}`, { waitUntil: 'load', timeout })
  const total = deck.slides.length
  try {
    await page.waitForFunction(n => document.querySelectorAll('.print-slide-container').length === n
      && document.querySelectorAll('.slidev-slide-loading').length === 0, total, { timeout })
  }
  catch {
    const shown = await page.locator(SLIDE).count()
    throw new ExportError('print page', [`shows ${shown} slides after ${timeout} ms; slides.md has ${total}`], 'Run npm run build and open /print?print=true in a browser to see which slide fails to render.')
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

/** One PNG per slide at the context's scale (2×), for the handout. */
export async function screenshotSlides(page: Page, onSlide: (done: number, total: number) => void): Promise<Buffer[]> {
  const boxes = page.locator(SLIDE)
  const total = await boxes.count()
  const images: Buffer[] = []
  for (let i = 0; i < total; i++) {
    images.push(await boxes.nth(i).screenshot({ type: 'png', animations: 'disabled' }))
    onSlide(i + 1, total)
  }
  return images
}
