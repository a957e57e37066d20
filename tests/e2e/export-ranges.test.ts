/**
 * Long decks are printed a range of slides at a time and the ranges' PDFs joined (scripts/export/print.ts,
 * export-chunks.ts). Here the real 23-slide deck is printed in ranges of 10 (DECK_PRINT_RANGE), and the joined
 * slides PDF must pass the export's own verification and look to poppler exactly like a one-piece print: a page per
 * slide in order, each with its text and vector charts, tagged, bookmarked, fonts embedded.
 */
import type { Deck } from '../../scripts/deck/index'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getChart } from '../../charts/registry'
import { event } from '../../data/event'
import { readDeck } from '../../scripts/deck/index'
import { runScript } from '../support/script-run'

const exec = promisify(execFile)

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

let out: string
let deck: Deck
let run: { code: number | null, stdout: string, stderr: string }
let file: string

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deck-ranges-'))
  deck = await readDeck()
  file = join(out, `${event.report.slug}-slides.pdf`)
  run = await runScript('export', ['--only', 'slides', '--out', out], { DECK_PRINT_RANGE: '10' })
}, 240_000)

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('the slides PDF printed in ranges of 10 slides', () => {
  it('passes the export\'s own checks, printed in 3 ranges', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${deck.slides.length} slides in 3 ranges`)
  })

  it('has one tagged 16:9 page per slide, in order, each with its title and chart titles as text', async () => {
    const info = (await exec('pdfinfo', [file])).stdout
    expect(info).toMatch(new RegExp(`Pages:\\s+${deck.slides.length}\\n`))
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(/Page size:\s+735(\.\d+)? x 414/)
    for (const slide of deck.slides.filter(s => s.title)) {
      const text = key((await exec('pdftotext', ['-f', String(slide.no), '-l', String(slide.no), file, '-'])).stdout)
      expect(text, `slide ${slide.no}`).toContain(key(slide.title))
      for (const id of slide.charts)
        expect(text, `slide ${slide.no} chart ${id}`).toContain(key(getChart(id).title))
    }
  })

  it('carries every chart as vectors (no image on any page), a bookmark per titled slide, and only embedded fonts', async () => {
    const images = (await exec('pdfimages', ['-list', file])).stdout
    const pagesWithImages = new Set(images.split('\n').slice(2).filter(Boolean).map(l => Number(l.trim().split(/\s+/)[0])))
    expect([...pagesWithImages]).toEqual([])
    const doc = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise
    try {
      expect(((await doc.getOutline()) ?? []).map(item => item.title)).toEqual(deck.slides.filter(s => s.title).map(s => s.title))
    }
    finally {
      await doc.destroy()
    }
    const fonts = (await exec('pdffonts', [file])).stdout.trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts)
      expect(line.split(/\s+/).at(-5), line).toBe('yes')
  })
})
