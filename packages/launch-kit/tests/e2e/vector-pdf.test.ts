import type { Deck } from 'launch-kit/scripts/deck/index'
/**
 * Vector PDFs on the real export of a copy of the fixture deck, read with pdfjs and pdf-lib directly (not with the
 * export's own reader) and against what slides.md and the data say:
 *   - a figure changed in data/ shows as text on its chart's page of the slides PDF and on the slide in the handout;
 *   - the handout's text holds every slide's title, every bullet and every quote, in order, on the slide's page;
 *   - no raster image anywhere a chart or a slide is (the deck shows none), chart colours are drawn (pdfjs renders);
 *   - both PDFs are tagged as a screen reader needs: headings, lists, quotes, each chart a Figure whose Alt is its
 *     description, in slide order;
 *   - two exports give the same text and the same vector content (each page's decoded content stream).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { ProjectCopy } from '../support/project-copy'
import type { ScriptResult } from '../support/script-run'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createCanvas } from '@napi-rs/canvas'
import { load } from '@slidev/parser/fs'
import { formatCompact } from 'launch-kit/charts/format'
import { palette } from 'launch-kit/charts/theme'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../fixtures/atlas/data/event'
import { chartsAt } from '../support/launch'
import { copyProject } from '../support/project-copy'
import { disposeAll, startScript } from '../support/script-run'
import { unexplained } from '../support/stderr'

const SLIDES = `${event.report.slug}-slides.pdf`
const HANDOUT = `${event.report.slug}-handout.pdf`

/** Denmark's paid visits, changed in the copy; the visits chart's bar ends at the new total, "4.5m". */
const CHANGE = { file: 'data/visits.ts', find: 'value: 4_200_000,', replace: 'value: 4_345_678,' }
const NEW_LABEL = formatCompact(4_345_678 + 200_000)
const CHANGED_CHART = 'harbour-visits'

/** Lower-case letters and digits only: compares text across line breaks, quotes, dashes and ligatures. */
function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** The needles not found in order in the haystack (each searched after the end of the previous one). */
function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  const hay = key(haystack)
  let from = 0
  return needles.filter((needle) => {
    const at = hay.indexOf(key(needle), from)
    if (at >= 0)
      from = at + key(needle).length
    return at < 0
  })
}

async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise
}

async function pageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = []
  for (let p = 1; p <= doc.numPages; p++)
    texts.push((await (await doc.getPage(p)).getTextContent()).items.map(i => ('str' in i ? i.str : '')).join(' '))
  return texts
}

interface Node { role?: string, alt?: string, type?: string, children?: Node[] }

/** Roles in tree order and Figure alternate texts, from pdfjs's structure tree of the page. */
async function structure(doc: PDFDocumentProxy, pageNo: number): Promise<{ roles: string[], alts: string[] }> {
  const roles: string[] = []
  const alts: string[] = []
  const walk = (node: Node | null | undefined): void => {
    if (!node)
      return
    if (node.role)
      roles.push(node.role)
    if (node.role === 'Figure' && node.alt)
      alts.push(node.alt)
    node.children?.forEach(walk)
  }
  walk(await (await doc.getPage(pageNo)).getStructTree() as Node | null)
  return { roles, alts }
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat])

async function imagesPainted(doc: PDFDocumentProxy, pageNo: number): Promise<number> {
  const list = await (await doc.getPage(pageNo)).getOperatorList()
  return list.fnArray.filter(op => IMAGE_OPS.has(op)).length
}

/** Pixels within 24 per channel of a colour, on the page drawn by pdfjs at 50 dpi. */
async function colourPixels(doc: PDFDocumentProxy, pageNo: number, hex: string): Promise<number> {
  const page = await doc.getPage(pageNo)
  const viewport = page.getViewport({ scale: 50 / 72 })
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  const context = canvas.getContext('2d')
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16))
  let count = 0
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r!) <= 24 && Math.abs(data[i + 1]! - g!) <= 24 && Math.abs(data[i + 2]! - b!) <= 24)
      count++
  }
  return count
}

/** Each page's content stream, decoded: the drawing itself (paths, text operators, their order). */
async function contentStreams(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(await readFile(file))
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray().map(ref => pdf.context.lookup(ref)) : [contents]
    return streams.map(s => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n')
  })
}

interface SlideWords {
  no: number
  title: string
  bullets: string[]
  quotes: string[]
  /** Bullets and quotes in the order the slide has them. */
  lines: string[]
}

/**
 * What each slide says, read from the copy's slides.md with Slidev's parser (not from the deck the export built):
 * its title, the Markdown bullets and quotes, with {{ $facts.x }}, {{ $event.… }} and {{ $speakers.<id>.fullName }} filled from the data as the deck
 * fills them.
 */
async function slideWords(root: string, facts: Record<string, string>): Promise<SlideWords[]> {
  const data = await load({ roots: [root], userRoot: root }, join(root, 'slides.md'))
  const fill = (text: string) => text
    .replace(/\{\{\s*\$facts\.(\w+)\s*\}\}/g, (_m, name: string) => facts[name] ?? `MISSING ${name}`)
    .replace(/\{\{\s*\$event\.([\w.]+)\s*\}\}/g, (_m, path: string) => String(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], event)))
    // A speaker's name as the slide shows it, its honorific first, from the event's list of speakers.
    .replace(/\{\{\s*\$speakers\.(\w+)\.(fullName|name)\s*\}\}/g, (_m, id: string, field: string) => {
      const person = event.speakers?.find(p => p.id === id)
      return person ? (field === 'name' || !person.honorific ? person.name : `${person.honorific} ${person.name}`) : `MISSING speaker ${id}`
    })
    .replace(/\*\*|__|`/g, '')
  return data.slides.map((slide, i) => {
    const lines = (slide.source.content ?? '').split('\n')
    const bullet = (l: string) => /^\s*- /.test(l)
    const quote = (l: string) => l.startsWith('> ')
    return {
      no: i + 1,
      title: slide.source.title ?? '',
      bullets: lines.filter(bullet).map(l => fill(l.replace(/^\s*- /, ''))),
      quotes: lines.filter(quote).map(l => fill(l.slice(2))),
      lines: lines.filter(l => bullet(l) || quote(l)).map(l => fill(l.replace(/^\s*- |^> /, ''))),
    }
  })
}

let copy: ProjectCopy
let deck: Deck
let first: ScriptResult
let outA: string
/** The copy's chart registry (its data has the changed figure, so its alt texts do too). */
let getChart: (id: string) => { title: string, altText: string }

async function exportCopy(out: string): Promise<ScriptResult> {
  const run = startScript('export', ['--only', 'slides,handout', '--out', out], { root: copy.root })
  try {
    return await run.exited
  }
  finally {
    await run.dispose()
  }
}

beforeAll(async () => {
  copy = await copyProject()
  await copy.edit(CHANGE.file, CHANGE.find, CHANGE.replace)
  deck = await readDeck()
  getChart = await chartsAt(copy.root)
  outA = join(copy.root, 'exports-a')
  first = await exportCopy(outA)
}, 300_000)

afterAll(async () => {
  await disposeAll()
  await copy?.remove()
})

describe('an export of a copy with one figure changed', () => {
  it('exports both PDFs, each verified by the export\'s own checks', () => {
    expect(unexplained(first.stderr)).toEqual([])
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('slides PDF verified')
    expect(first.stdout).toContain('handout PDF verified')
  })

  it('shows the new value as text on the chart\'s slide, in the slides PDF and on the slide in the handout', async () => {
    const slide = deck.slides.find(s => s.charts.includes(CHANGED_CHART))!
    const [slides, handout] = [await openPdf(join(outA, SLIDES)), await openPdf(join(outA, HANDOUT))]
    try {
      const slideTexts = await pageTexts(slides)
      expect(NEW_LABEL).toBe('4.5m')
      expect(slideTexts[slide.no - 1]).toContain(NEW_LABEL)
      expect(slideTexts.filter(t => t.includes(NEW_LABEL)), 'only on its chart\'s page').toHaveLength(1)
      const handoutTexts = await pageTexts(handout)
      const page = handoutTexts.findIndex(t => key(t).includes(key(`Slide ${slide.no} of ${deck.slides.length}`)))
      expect(page).toBeGreaterThan(0)
      // On the slide itself (the chart's label), and in the chart's data table further down, written in full.
      expect(handoutTexts[page]).toContain(NEW_LABEL)
      expect(handoutTexts.join(' ')).toContain('4,345,678')
    }
    finally {
      await slides.destroy()
      await handout.destroy()
    }
  })

  it('puts every slide\'s title, bullets and quotes into the handout as text, in order, on the slide\'s page', async () => {
    const facts = (await import(pathToFileURL(join(copy.root, 'charts', 'facts.ts')).href) as { facts: Record<string, string> }).facts
    const words = await slideWords(copy.root, facts)
    expect(words.flatMap(w => w.bullets).length).toBeGreaterThan(5)
    expect(words.flatMap(w => w.quotes).length).toBeGreaterThan(0)
    const handout = await openPdf(join(outA, HANDOUT))
    try {
      const texts = await pageTexts(handout)
      for (const slide of words) {
        const page = texts.findIndex(t => key(t).includes(key(`Slide ${slide.no} of ${words.length}`)))
        expect(page, `slide ${slide.no}'s section`).toBeGreaterThan(0)
        // The section's heading is the slide's title; then the slide itself, its bullets and quotes in their order.
        expect(missingInOrder(texts[page]!, [slide.title, ...slide.lines]), `slide ${slide.no}`).toEqual([])
      }
      expect(key(texts.join(' '))).toContain(key('harbours that open to visitors find their ferries sooner'))
    }
    finally {
      await handout.destroy()
    }
  })

  it('holds no raster image: charts are vectors in the slides PDF and every slide is vectors and text in the handout', async () => {
    const [slides, handout] = [await openPdf(join(outA, SLIDES)), await openPdf(join(outA, HANDOUT))]
    try {
      for (let p = 1; p <= slides.numPages; p++)
        expect(await imagesPainted(slides, p), `slides PDF page ${p}`).toBe(0)
      for (let p = 1; p <= handout.numPages; p++)
        expect(await imagesPainted(handout, p), `handout page ${p}`).toBe(0)
      // Drawn by pdfjs: the paid-visits bars fill the chart page and are absent from a text page.
      const chartSlide = deck.slides.find(s => s.charts.includes('harbour-visits'))!
      const textSlide = deck.slides.find(s => s.title === 'Agenda')!
      expect(await colourPixels(slides, chartSlide.no, palette.vermillion)).toBeGreaterThan(1500)
      expect(await colourPixels(slides, chartSlide.no, palette.orange)).toBeGreaterThan(50)
      expect(await colourPixels(slides, textSlide.no, palette.vermillion)).toBeLessThan(20)
    }
    finally {
      await slides.destroy()
      await handout.destroy()
    }
  })

  it('tags both PDFs for a screen reader: headings, lists, quotes, each chart a Figure with its description, in slide order', async () => {
    const words = await slideWords(copy.root, {})
    const [slides, handout] = [await openPdf(join(outA, SLIDES)), await openPdf(join(outA, HANDOUT))]
    try {
      const handoutTexts = await pageTexts(handout)
      const sectionPages: number[] = []
      for (const slide of deck.slides) {
        const expected = words[slide.no - 1]!
        const handoutPage = handoutTexts.findIndex(t => key(t).includes(key(`Slide ${slide.no} of ${deck.slides.length}`))) + 1
        sectionPages.push(handoutPage)
        for (const [doc, pageNo, where] of [[slides, slide.no, 'slides PDF'], [handout, handoutPage, 'handout']] as const) {
          const { roles, alts } = await structure(doc, pageNo)
          const at = `${where}, slide ${slide.no} (page ${pageNo})`
          if (slide.title)
            expect(roles.some(r => /^H\d?$/.test(r)), at).toBe(true)
          if (expected.bullets.length > 0) {
            expect(roles, at).toContain('L')
            expect(roles.filter(r => r === 'LI').length, at).toBeGreaterThanOrEqual(expected.bullets.length)
          }
          if (expected.quotes.length > 0)
            expect(roles, at).toContain('BlockQuote')
          for (const id of slide.charts)
            expect(alts, `${at}: chart ${id}`).toContain(getChart(id).altText)
        }
      }
      // Reading order = slide order: the handout's sections follow the slides.
      expect(sectionPages.every((p, i) => p > 0 && (i === 0 || p > sectionPages[i - 1]!))).toBe(true)
    }
    finally {
      await slides.destroy()
      await handout.destroy()
    }
  })
})

describe('a second export of the same copy', () => {
  let second: ScriptResult
  let outB: string

  beforeAll(async () => {
    outB = join(copy.root, 'exports-b')
    second = await exportCopy(outB)
  }, 300_000)

  it('gives the same text and the same vector content in both PDFs', async () => {
    expect(second.code, second.stderr).toBe(0)
    for (const file of [SLIDES, HANDOUT]) {
      const [a, b] = [await openPdf(join(outA, file)), await openPdf(join(outB, file))]
      try {
        expect(await pageTexts(b), file).toEqual(await pageTexts(a))
      }
      finally {
        await a.destroy()
        await b.destroy()
      }
      const [streamsA, streamsB] = [await contentStreams(join(outA, file)), await contentStreams(join(outB, file))]
      expect(streamsA.length, file).toBeGreaterThan(0)
      expect(streamsA.every(s => / re\b| l\b| c\b/.test(s)), `${file}: every page draws paths`).toBe(true)
      expect(streamsB, file).toEqual(streamsA)
    }
  })
})
