/**
 * Long decks are printed a range of slides at a time and the ranges' PDFs joined (scripts/export/print.ts,
 * export-chunks.ts). Here the 10-slide fixture deck is printed in ranges of 4 (DECK_PRINT_RANGE), and the joined
 * slides PDF must pass the export's own verification and read (tests/support/pdf.ts) exactly like a one-piece print: a page per
 * slide in order, each with its text and vector charts, tagged, bookmarked, fonts embedded.
 */
import type { Deck } from 'launch-kit/scripts/deck/index'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getChart } from 'launch-kit/charts/registry'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../fixtures/atlas/data/event'
import { linksAndOutline, pdfFonts, pdfImages, pdfInfo, pdfText } from '../support/pdf'
import { runScript } from '../support/script-run'
import { unexplained } from '../support/stderr'

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

let out: string
let deck: Deck
let run: { code: number | null, stdout: string, stderr: string }
let file: string

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deck-ranges-'))
  deck = await readDeck()
  file = join(out, `${event.report.slug}-slides.pdf`)
  run = await runScript('export', ['--only', 'slides', '--out', out], { DECK_PRINT_RANGE: '4' }, 230_000)
}, 240_000)

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('the slides PDF printed in ranges of 4 slides', () => {
  it('passes the export\'s own checks, printed in 3 ranges', () => {
    expect(unexplained(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${deck.slides.length} slides in 3 ranges`)
  })

  it('has one tagged 16:9 page per slide, in order, each with its title and chart titles as text', async () => {
    const info = await pdfInfo(file)
    expect(info.pages).toBe(deck.slides.length)
    expect(info.tagged).toBe(true)
    // Every page 735.x × 414 pt (the check read page 1's size before).
    for (const [i, size] of info.sizes.entries()) {
      expect(Math.floor(size.width), `page ${i + 1} width`).toBe(735)
      expect(size.height, `page ${i + 1} height`).toBeCloseTo(414, 3)
    }
    const texts = await pdfText(file)
    for (const slide of deck.slides) {
      expect(key(slide.title), `slide ${slide.no} has no title to look for`).not.toBe('')
      const text = key(texts[slide.no - 1]!)
      expect(text, `slide ${slide.no}`).toContain(key(slide.title))
      for (const id of slide.charts)
        expect(text, `slide ${slide.no} chart ${id}`).toContain(key(getChart(id).title))
    }
  })

  it('carries every chart as vectors (no image on any page), a bookmark per titled slide, and only embedded fonts', async () => {
    expect(await pdfImages(file)).toEqual([])
    expect((await linksAndOutline(file)).outline).toEqual(deck.slides.filter(s => s.title).map(s => s.title))
    const fonts = await pdfFonts(file)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts)
      expect(font.embedded, `${font.name} (${font.subtype}) is not embedded`).toBe(true)
  })
})
