import type { Deck } from 'launch-kit/scripts/deck/index'
/**
 * The built deck in real Chromium: every slide renders without a console error or an off-machine request, and
 * every chart has drawn pixels — live on its canvas (animated, then settled) and in print as SVG (at once).
 */
import type { Locator, Page } from 'playwright-chromium'
import type { DeckSession } from '../support/deck-page'
import { getChart } from 'launch-kit/charts/registry'
import { palette } from 'launch-kit/charts/theme'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openDeck } from '../support/deck-page'

/** Markdown renders ' as ’; compare titles without that difference. */
function straightQuotes(text: string): string {
  return text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
}

/**
 * How long a chart may take to report ready, and the print page to show all of them. Measured with both cores busy
 * (two `node -e 'for(;;);'` hogs and other work, load average 7): a chart slide is ready 1.1–1.6 s after the key
 * press (the slide transition included), the print page's 7 charts 1.0–1.4 s after it is opened. About ten times
 * that.
 */
const READY_MS = 15_000
const PRINT_READY_MS = 20_000

interface CanvasInk { id: string, width: number, height: number, inked: number, accent: number }

const SERIES = [palette.vermillion, palette.orange, palette.blue, palette.green, palette.purple, palette.levelHigh, palette.levelMid]
  .map(h => [1, 3, 5].map(i => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number])

/** A chart as a screenshot of its box: its size, the share of non-white pixels and of the theme's series colours. */
async function chartInk(id: string, box: Locator): Promise<CanvasInk> {
  const { width, height, data } = PNG.sync.read(await box.screenshot())
  let inked = 0
  let accent = 0
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
    if (r < 245 || g < 245 || b < 245)
      inked++
    if (SERIES.some(([R, G, B]) => Math.abs(r - R) + Math.abs(g - G) + Math.abs(b - B) < 12))
      accent++
  }
  return { id, width, height, inked: inked / (width * height), accent: accent / (width * height) }
}

/** In print the charts are SVG: every chart box of the print page, read the same way. */
async function printedInk(page: Page): Promise<CanvasInk[]> {
  const inks: CanvasInk[] = []
  for (const holder of await page.locator('#print-content [data-chart-id] .chart-canvas').all())
    inks.push(await chartInk((await holder.evaluate(e => e.closest('[data-chart-id]')!.getAttribute('data-chart-id')))!, holder))
  return inks
}

describe('the built deck in Chromium', () => {
  let session: DeckSession
  let deck: Deck

  beforeAll(async () => {
    deck = await readDeck()
    session = await openDeck(inject('distDir'), { width: 1280, height: 720 })
  })

  afterAll(async () => {
    await session?.close()
  })

  it('presents every slide live with no console error and no request off this machine', async () => {
    const { page, url } = session
    await page.goto(`${url}/1`)
    for (const slide of deck.slides) {
      if (slide.no > 1)
        await page.keyboard.press('ArrowRight')
      await page.waitForURL(new RegExp(`/${slide.no}(\\?.*)?$`))
      const current = page.locator(`.slidev-page-${slide.no}`)
      await current.waitFor({ state: 'visible' })
      if (slide.title)
        await expect.poll(async () => straightQuotes(await current.innerText()), { timeout: READY_MS }).toContain(straightQuotes(slide.title.split(':')[0]!.trim()))
      for (const id of slide.charts) {
        await current.locator(`[data-chart-id="${id}"] .chart-canvas[data-chart-ready="true"]`).waitFor({ timeout: READY_MS })
        // This chart's own canvas, found by its id: not whichever canvas the slide shows first.
        const figure = current.locator(`[data-chart-id="${id}"]`)
        expect(await figure.locator('canvas').count(), `slide ${slide.no}: the canvases of chart ${id}`).toBe(1)
        const ink = await chartInk(id, figure.locator('.chart-canvas'))
        expect(ink!.width * ink!.height, `slide ${slide.no}, chart ${id} has no pixels`).toBeGreaterThan(0)
        expect(ink!.inked, `slide ${slide.no}, chart ${id} is blank`).toBeGreaterThan(0.02)
        expect(ink!.accent, `slide ${slide.no}, chart ${id} shows no series colour`).toBeGreaterThan(0.005)
      }
    }
    expect(session.errors).toEqual([])
    expect(session.blocked).toEqual([])
  })

  it('prints every slide with every chart drawn as its final frame', async () => {
    const { page, url } = session
    await page.goto(`${url}/print?print=true`)
    await page.locator('.print-slide-container').first().waitFor()
    await expect(page.locator('.print-slide-container').count()).resolves.toBe(deck.slides.length)
    const chartCount = deck.slides.reduce((n, s) => n + s.charts.length, 0)
    await page.waitForFunction(n => document.querySelectorAll('.chart-canvas[data-chart-ready="true"]').length === n, chartCount, { timeout: PRINT_READY_MS })
    expect(await page.locator('#print-content [data-chart-id] canvas').count(), 'charts print as SVG, not canvas').toBe(0)
    const inks = await printedInk(page)
    expect(inks.map(i => i.id).sort()).toEqual(deck.slides.flatMap(s => s.charts).sort())
    for (const ink of inks) {
      expect(ink.inked, `${ink.id} is blank in print`).toBeGreaterThan(0.02)
      expect(ink.accent, `${ink.id} shows no series colour in print`).toBeGreaterThan(0.005)
    }
    // The print frame is the final frame: reading again after a pause changes nothing (no animation in flight).
    const again = await printedInk(page)
    expect(again).toEqual(inks)
    expect(session.errors).toEqual([])
    expect(session.blocked).toEqual([])
  })

  it('gives every printed chart the alt text generated from its data', async () => {
    const { page, url } = session
    await page.goto(`${url}/print?print=true`)
    await page.locator('[data-chart-id] svg[role="img"]').first().waitFor()
    const labels = await page.$$eval('[data-chart-id] svg[role="img"]', cs => cs.map(c => [c.closest('[data-chart-id]')!.getAttribute('data-chart-id')!, c.getAttribute('aria-label') ?? ''] as const))
    expect(labels.length).toBe(deck.slides.reduce((n, s) => n + s.charts.length, 0))
    for (const [id, label] of labels)
      expect(label, id).toBe(getChart(id).altText)
  })
})
