/**
 * The deck shows its charts in the language it is set to: built with VITE_CHART_LANG=sq (the same as
 * `chartLanguage: sq` in the headmatter), every chart figure on the print page is in Albanian — title, source line,
 * the canvas's alt text — and drawn; the slides' own prose stays as written. Set DECK_TEST_DIST_SQ to a deck built
 * that way to skip the build.
 */
import type { DeckSession } from '../support/deck-page'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { getChart } from 'launch-kit/charts/registry'
import { buildDeck, readDeck } from 'launch-kit/scripts/deck/index'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDeck } from '../support/deck-page'

let work: string | undefined
let deck: DeckSession

beforeAll(async () => {
  let dist = process.env.DECK_TEST_DIST_SQ
  if (!dist) {
    work = await mkdtemp(join(tmpdir(), 'deck-sq-'))
    dist = join(work, 'dist')
    const previous = process.env.VITE_CHART_LANG
    process.env.VITE_CHART_LANG = 'sq'
    try {
      await buildDeck(dist)
    }
    finally {
      if (previous === undefined)
        delete process.env.VITE_CHART_LANG
      else
        process.env.VITE_CHART_LANG = previous
    }
  }
  deck = await openDeck(dist)
})

afterAll(async () => {
  await deck?.close()
  if (work)
    await rm(work, { recursive: true, force: true })
})

describe('a deck set to Albanian', () => {
  it('draws every chart in Albanian and keeps the slides\' prose as written', async () => {
    const { page } = deck
    const slides = await readDeck()
    const ids = slides.slides.flatMap(s => s.charts)
    await page.goto(`${deck.url}/print?print=true`)
    await page.waitForFunction(n => document.querySelectorAll('.chart-canvas[data-chart-ready="true"]').length === n, ids.length, { timeout: 60_000 })
    const sq = stringsOf('sq')
    for (const id of ids) {
      const chart = getChart(id, 'sq')
      const figure = page.locator(`[data-chart-id="${id}"]`)
      expect(await figure.getAttribute('data-chart-lang'), id).toBe('sq')
      expect(await figure.getAttribute('lang'), id).toBe(sq.meta.tag)
      expect(await figure.locator('.chart-figure__title').textContent(), id).toBe(chart.title)
      expect(await figure.locator('.chart-source').first().textContent(), id).toBe(sq.words.source(chart.sourceLine))
      // On the print page a chart is drawn as SVG; its description is the SVG's label.
      expect(await figure.locator('svg[role="img"]').getAttribute('aria-label'), id).toBe(chart.altText)
    }
    // Markdown prints straight apostrophes as typographic ones.
    const text = (await page.locator('body').textContent() ?? '').replace(/’/g, '\'')
    // The headlines of the chart slides are slide prose: they stay as written in slides.md.
    for (const slide of slides.slides.filter(s => s.title && s.charts.length > 0))
      expect(text, `slide ${slide.no}`).toContain(slide.title)
    expect(deck.errors).toEqual([])
    expect(deck.blocked).toEqual([])
  })
})
