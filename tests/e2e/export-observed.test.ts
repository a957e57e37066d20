import type { OutsideRecorder, Recording } from 'launch-kit/tests/support/outside-recorder'
import type { ScriptResult, ScriptRun } from 'launch-kit/tests/support/script-run'
/**
 * One real export (slides and handout, charts in Albanian: VITE_CHART_LANG=sq) checked from outside the product:
 *   - its browser watched by a second DevTools client (support/outside-recorder.ts: CDP Network.requestWillBeSent,
 *     Playwright's request and websocket events, service workers) on the print page and the handout: no request
 *     leaves the machine; and an export whose print page loads a font from an outside address (DECK_FAULT=
 *     outside-font) fails with the "tried to load" message, seen by the recorder too, leaving the export before it
 *     byte-identical;
 *   - both PDFs' tags walked with pdfjs directly (support/structure.ts) against slides.md itself: every heading,
 *     bullet and quote under its role in source order, every marked sequence tagged or an Artifact, each chart a
 *     Figure whose Alt is its description from the data;
 *   - the handout in Albanian: each chart's section (title, column headings, country names, description) and the
 *     chart on its slide, with the labels of its data;
 *   - the presenting deck (the built deck, every slide and the presenter view) recorded the same way.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Browser } from 'playwright-chromium'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from '@slidev/parser/fs'
import { getChart } from 'launch-kit/charts/registry'
import { speakersById } from 'launch-kit/live/speakers'
import { CHROMIUM_ARGS, findBrowser, launchBrowser, serveStatic } from 'launch-kit/scripts/browser/index'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { resolveText } from 'launch-kit/scripts/deck/slides'
import { OUTSIDE_FONT_URL } from 'launch-kit/scripts/export/faults'
import { columnHeading } from 'launch-kit/scripts/handout/html'
import { waitForSlide } from 'launch-kit/scripts/lint/walk'
import { DECK_CONTEXT } from 'launch-kit/tests/support/deck-page'
import { hidden, snapshot } from 'launch-kit/tests/support/export-folder'
import { freePort, offMachine, outsideRecorder, spyOn } from 'launch-kit/tests/support/outside-recorder'
import { settle } from 'launch-kit/tests/support/processes'
import { disposeAll, startScript, tempLeftovers } from 'launch-kit/tests/support/script-run'
import { unexplained } from 'launch-kit/tests/support/stderr'
import { key, notInOrder, pageStructure } from 'launch-kit/tests/support/structure'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { facts } from '../../charts/facts'
import { event } from '../../data/event'

const SLIDES = `${event.report.slug}-slides.pdf`
const HANDOUT = `${event.report.slug}-handout.pdf`
const LANG = 'sq'

let root: string
let out: string
let first: ScriptResult
let watched: Recording

/** Runs an export with its browser watched from outside; returns its result and what the recorder saw. */
async function observedExport(args: string[], env: Record<string, string>): Promise<{ run: ScriptRun, result: ScriptResult, recording: Recording }> {
  const recorder: OutsideRecorder = await outsideRecorder(root)
  const run = startScript('export', [...args, '--browser', recorder.browserPath], { env })
  try {
    await recorder.attach(run.exited)
    return { run, result: await run.exited, recording: recorder.recording }
  }
  finally {
    await recorder.stop()
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deck-observed-'))
  out = join(root, 'exports')
  const { run, result, recording } = await observedExport(['--only', 'slides,handout', '--out', out], { VITE_CHART_LANG: LANG })
  await run.dispose()
  first = result
  watched = recording
}, 300_000)

afterAll(async () => {
  await disposeAll()
  await rm(root, { recursive: true, force: true })
})

async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise
}

async function pageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const texts: string[] = []
  for (let p = 1; p <= doc.numPages; p++)
    texts.push((await (await doc.getPage(p)).getTextContent()).items.map(i => ('str' in i ? i.str : '')).join(' '))
  return texts
}

interface SlideSource { no: number, blocks: { role: RegExp, text: string, what: string }[] }

/**
 * Each slide's headings, bullets and quotes in source order, read from slides.md with Slidev's parser and filled from
 * the data as the deck fills them; Markdown emphasis left out, consecutive quote lines one quote.
 */
async function slideSources(): Promise<SlideSource[]> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
  const scope = { $event: event, $speakers: speakersById(event), $facts: facts }
  const fill = (text: string) => resolveText(text, scope).replace(/\*\*|__|`/g, '')
  return data.slides.map((slide, i) => {
    const blocks: SlideSource['blocks'] = []
    let quote: string[] = []
    const endQuote = () => {
      if (quote.length > 0)
        blocks.push({ role: /^BlockQuote$/, text: fill(quote.join(' ')), what: 'the quote' })
      quote = []
    }
    for (const line of (slide.source.content ?? '').split('\n')) {
      if (line.startsWith('>')) {
        quote.push(line.replace(/^>\s?/, ''))
        continue
      }
      endQuote()
      if (/^#{1,6} /.test(line))
        blocks.push({ role: /^H\d?$/, text: fill(line.replace(/^#+ /, '')), what: 'the heading' })
      if (/^\s*- /.test(line))
        blocks.push({ role: /^LI$/, text: fill(line.replace(/^\s*- /, '')), what: 'the bullet' })
    }
    endQuote()
    return { no: i + 1, blocks }
  })
}

describe('an export in Albanian, watched from outside', () => {
  it('writes both PDFs, verified by its own checks, with nothing on stderr it cannot explain', () => {
    expect(unexplained(first.stderr), first.stdout + first.stderr).toEqual([])
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/slides PDF verified: \d+ pages/)
    expect(first.stdout).toMatch(/handout PDF verified: \d+ pages/)
  })

  it('sends no request off this machine from the print page or the handout, as the recorder outside it saw', () => {
    expect(watched.errors).toEqual([])
    // The recorder watched the pages that matter, and saw their requests: it could have seen a bad one.
    expect(watched.pages.some(url => /\/print\?print=true/.test(url)), watched.pages.join('\n')).toBe(true)
    expect(watched.pages.some(url => url.endsWith('/handout.html')), watched.pages.join('\n')).toBe(true)
    expect(watched.requests.filter(url => /\/assets\/.+\.js$/.test(url)).length).toBeGreaterThan(0)
    expect(offMachine(watched)).toEqual([])
    expect(watched.websockets).toEqual([])
    expect(watched.serviceWorkers).toEqual([])
  })
})

describe('the tags of both PDFs, walked with pdfjs against slides.md', () => {
  it('every heading, bullet and quote under its role in source order; every marked sequence tagged or an Artifact; each chart a Figure with the Alt of its data', async () => {
    const deck = await readDeck()
    const sources = await slideSources()
    expect(sources.flatMap(s => s.blocks).filter(b => b.what === 'the bullet').length).toBeGreaterThan(30)
    expect(sources.flatMap(s => s.blocks).filter(b => b.what === 'the quote').length).toBeGreaterThan(3)
    const [slides, handout] = [await openPdf(join(out, SLIDES)), await openPdf(join(out, HANDOUT))]
    try {
      const handoutTexts = await pageTexts(handout)
      let sequences = 0
      for (const slide of deck.slides) {
        const handoutPage = handoutTexts.findIndex(t => key(t).includes(key(`Slide ${slide.no} of ${deck.slides.length}`))) + 1
        expect(handoutPage, `slide ${slide.no}'s section in the handout`).toBeGreaterThan(1)
        for (const [doc, pageNo, where] of [[slides, slide.no, 'slides PDF'], [handout, handoutPage, 'handout']] as const) {
          const at = `${where}, slide ${slide.no} (page ${pageNo})`
          const structure = await pageStructure(await doc.getPage(pageNo))
          sequences += structure.sequences
          expect(notInOrder(structure, sources[slide.no - 1]!.blocks), at).toEqual([])
          expect(structure.untagged, at).toEqual([])
          const alts = structure.elements.filter(e => e.role === 'Figure' && e.alt).map(e => e.alt!.replace(/\s+/g, ' ').trim())
          for (const id of slide.charts)
            expect(alts, `${at}: chart ${id}`).toContain(getChart(id, LANG).altText.replace(/\s+/g, ' ').trim())
        }
      }
      expect(sequences, 'marked-content sequences walked').toBeGreaterThan(deck.slides.length * 4)
    }
    finally {
      await slides.destroy()
      await handout.destroy()
    }
  })
})

describe('the handout in Albanian', () => {
  it('holds each chart\'s section in Albanian, and each chart on its slide with the labels of its data', async () => {
    const deck = await readDeck()
    const handout = await openPdf(join(out, HANDOUT))
    try {
      const texts = await pageTexts(handout)
      const all = key(texts.join(' '))
      for (const slide of deck.slides.filter(s => s.charts.length > 0)) {
        const page = texts.findIndex(t => key(t).includes(key(`Slide ${slide.no} of ${deck.slides.length}`)))
        for (const id of slide.charts) {
          const chart = getChart(id, LANG)
          expect(chart.title, id).not.toBe(getChart(id, 'en').title)
          expect(all, `${id}: its title`).toContain(key(`Chart data: ${chart.title}`))
          for (const column of chart.table.columns)
            expect(all, `${id}: column ${column.label}`).toContain(key(columnHeading(column)))
          for (const row of chart.table.rows)
            expect(all, `${id}: row ${row.label}`).toContain(key(`${row.label}${row.cells.map(c => c.text).join('')}`))
          expect(all, `${id}: its description`).toContain(key(chart.altText).slice(0, 200))
          // On the slide itself: the words its data gives in Albanian, each a string of the page.
          const items = (await (await handout.getPage(page + 1)).getTextContent()).items.map(i => ('str' in i ? i.str.normalize('NFKC').replace(/\s+/g, ' ').trim() : ''))
          const line = ` ${items.join(' ').replace(/\s+/g, ' ')} `
          for (const label of chart.labels)
            expect(line, `${id} on slide ${slide.no}: "${label}"`).toContain(label.normalize('NFKC').replace(/\s+/g, ' ').trim())
        }
      }
      // The map's short names in Albanian, as the README says ("Bosnja dhe Herc.").
      expect(texts.join(' ')).toContain('Bosnja dhe Herc.')
    }
    finally {
      await handout.destroy()
    }
  })
})

describe('a print page that loads a font from an outside address', () => {
  it('fails with the "tried to load" message, seen from outside too, and leaves the export before it byte-identical', async () => {
    const before = await snapshot(out)
    expect(Object.keys(before)).toEqual(expect.arrayContaining([SLIDES, HANDOUT]))
    const { run, result, recording } = await observedExport(['--only', 'slides', '--out', out], { DECK_FAULT: 'outside-font' })
    try {
      expect(result.stdout).toContain('test switch: outside-font on the print page')
      expect(result.code, result.stdout + result.stderr).toBe(1)
      expect(result.stderr).toMatch(/\[export\] network: 1 problem\n {2}• the page tried to load https:\/\/fonts\.gstatic\.com\/s\/faultsans\/v1\/fault-sans\.woff2\n/)
      expect(result.stderr).toContain('Every asset must be local: bundle it (e.g. @fontsource) or put it in public/.')
      // The recorder outside the product saw the same request.
      expect(offMachine(recording)).toContain(OUTSIDE_FONT_URL)
      expect(await hidden(out)).toEqual([])
      expect(await snapshot(out)).toEqual(before)
      expect(tempLeftovers(run.tmp)).toEqual([])
      expect((await settle(run.watch)).map(p => p.cmd.slice(0, 120))).toEqual([])
    }
    finally {
      await run.dispose()
    }
  })
})

describe('the presenting deck', () => {
  it('shows every slide and the presenter view without a request off this machine, as a recorder outside it saw', async () => {
    const deck = await readDeck()
    const server = await serveStatic(inject('distDir'))
    const port = await freePort()
    let browser: Browser | undefined
    let spy: Browser | undefined
    try {
      browser = await launchBrowser(findBrowser(), { args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'] })
      const recording: Recording = { pages: [], requests: [], websockets: [], serviceWorkers: [], errors: [] }
      spy = await spyOn(port, recording)
      const context = await browser.newContext({ ...DECK_CONTEXT, viewport: { width: 980, height: 552 } })
      const page = await context.newPage()
      // As a presenter steps through: the arrow key, slide by slide, in the audience view and the presenter view.
      for (const prefix of ['', '/presenter']) {
        await page.goto(`${server.url}${prefix}/1`)
        await waitForSlide(page, 1, 60_000)
        for (let no = 2; no <= deck.slides.length; no++) {
          await page.keyboard.press('ArrowRight')
          await page.waitForURL(new RegExp(`${prefix}/${no}(\\?|$)`))
          await waitForSlide(page, no, 60_000)
        }
      }
      expect(recording.errors).toEqual([])
      expect(recording.pages.some(url => url.includes('/presenter/')), recording.pages.slice(0, 5).join('\n')).toBe(true)
      expect(recording.requests.length).toBeGreaterThan(deck.slides.length)
      expect(offMachine(recording)).toEqual([])
      expect(recording.websockets).toEqual([])
      expect(recording.serviceWorkers).toEqual([])
    }
    finally {
      await spy?.close().catch(() => {})
      await browser?.close()
      await server.close()
    }
  })
})
