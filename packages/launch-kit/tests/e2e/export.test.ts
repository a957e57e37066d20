/**
 * `npm run export` end to end on the fixture deck: the real script, the real build and Chromium, checked by reading
 * the files it wrote with libraries (tests/support/pdf.ts: pdfjs-dist for info, text, images, links and bookmarks and
 * for rendering pages to pixels; pdf-lib for fonts; pngjs). The full export runs once and every assertion reads its
 * output; then it runs a second time into another folder and the two must agree (determinism). Faults (a chart
 * broken on purpose, no browser, a full disk, …) are in faults.test.ts.
 */
import type { Deck } from 'launch-kit/scripts/deck/index'
import type { Manifest } from 'launch-kit/scripts/output/manifest'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { langs } from 'launch-kit/charts/i18n/languages'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { palette } from 'launch-kit/charts/theme'
import { serveStatic } from 'launch-kit/scripts/browser/server'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { collectSources } from 'launch-kit/scripts/handout/sources'
import { dataVersion } from 'launch-kit/scripts/output/data-version'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../fixtures/atlas/data/event'
import { datasets } from '../fixtures/atlas/data/index'
import { sources as fixtureSources } from '../fixtures/atlas/data/sources'
import { startChild } from '../support/children'
import { snapshot } from '../support/export-folder'
import { colourPixels, isA4, linksAndOutline, pdfFonts, pdfImages, pdfInfo, pdfText, renderPage } from '../support/pdf'
import { contentStreams } from '../support/pdf-content'
import { runScript, TSX } from '../support/script-run'
import { unexplained } from '../support/stderr'

const SLIDES = `${event.report.slug}-slides.pdf`
const HANDOUT = `${event.report.slug}-handout.pdf`

interface Run { code: number | null, stdout: string, stderr: string }

/** The full export: ~11 s alone, ~25 s with both cores busy; killed (and failing) before the 240 s hook ends. */
function runExport(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runScript('export', args, env, 230_000)
}

/** Lower-case letters and digits only: compares text across line breaks, quotes and dashes. */
function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** key() of a text the PDF must show: an empty one would be "contained" in any page, so it fails here instead. */
function wanted(text: string, what: string): string {
  const k = key(text)
  expect(k, `${what} is empty: nothing to look for`).not.toBe('')
  return k
}

/**
 * The fonts this project bundles (@fontsource's Atkinson Hyperlegible Next, dejavu-fonts-ttf's DejaVu Sans): a font of
 * this machine in a PDF would make the output differ from one machine to the next (scripts/browser/fonts.conf).
 */
const BUNDLED_FONT = /^[A-Z]{6}\+(?:AtkinsonHyperlegibleNext-(?:Regular|Bold|Italic|BoldItalic)|DejaVuSans(?:-Bold|-Oblique|-BoldOblique|Mono)?)$/

/** At least one font, the deck's font among them, every one embedded and bundled with the project. */
async function expectEmbeddedFonts(file: string): Promise<void> {
  const fonts = await pdfFonts(file)
  expect(fonts.length).toBeGreaterThan(0)
  expect(fonts.some(font => font.name.includes('AtkinsonHyperlegibleNext'))).toBe(true)
  for (const font of fonts) {
    expect(font.embedded, `${font.name} (${font.subtype}) is not embedded`).toBe(true)
    expect(font.name, `${font.name} is not a font the project bundles`).toMatch(BUNDLED_FONT)
  }
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

let out: string
let deck: Deck
let first: Run

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deck-export-e2e-'))
  deck = await readDeck()
  first = await runExport(['--out', out])
}, 240_000)

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('npm run export', () => {
  it('exits 0, shows progress per slide, and lists each file with its size', () => {
    expect(unexplained(first.stderr)).toEqual([])
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(`export: slides PDF verified, slide ${deck.slides.length}/${deck.slides.length}`)
    expect(first.stdout).toMatch(new RegExp(`✓ .*${SLIDES}  [\\d.]+ kB`))
    expect(first.stdout).toMatch(new RegExp(`✓ .*${HANDOUT}  [\\d.]+ (kB|MB)`))
    expect(first.stdout).toMatch(/✓ .*site\/ {2}\(\d+ files\) {2}[\d.]+ MB/)
    expect(first.stdout).toMatch(/✓ .*charts\/ {2}\(\d+ files\) {2}[\d.]+ MB/)
    expect(first.stdout).toMatch(/export: 5 outputs written and verified in [\d.]+s/)
  })

  it('writes the slides PDF: one 16:9 page per slide, each slide\'s title as selectable text', async () => {
    const file = join(out, SLIDES)
    const info = await pdfInfo(file)
    expect(info.pages).toBe(deck.slides.length)
    // Every page 735.x × 414 pt (the check read page 1's size before).
    for (const [i, size] of info.sizes.entries()) {
      expect(Math.floor(size.width), `page ${i + 1} width`).toBe(735)
      expect(size.height, `page ${i + 1} height`).toBeCloseTo(414, 3)
    }
    const texts = await pdfText(file)
    for (const slide of deck.slides) {
      const text = key(texts[slide.no - 1]!)
      expect(text, `slide ${slide.no}`).toContain(wanted(slide.title, `slide ${slide.no}'s title`))
      for (const id of slide.charts)
        expect(text, `chart ${id}`).toContain(wanted(getChart(id).title, `chart ${id}'s title`))
    }
  })

  it('gives the slides PDF metadata, a bookmark per titled slide and embedded fonts', async () => {
    const file = join(out, SLIDES)
    const info = await pdfInfo(file)
    expect(info.title).toBe(deck.title)
    expect(info.author).toBe('Ada Example, Dr Bo Sample')
    expect(info.subject).toBe(deck.headmatter.info)
    expect(info.keywords).toBe(deck.headmatter.keywords)
    expect(info.tagged).toBe(true)
    const { outline } = await linksAndOutline(file)
    expect(outline).toEqual(deck.slides.filter(s => s.title).map(s => s.title))
    await expectEmbeddedFonts(file)
  })

  it('prints every chart complete: chart colours fill a chart page and are absent from a text page', async () => {
    const file = join(out, SLIDES)
    const chartSlide = deck.slides.find(s => s.charts.includes('harbour-visits'))!
    const textSlide = deck.slides.find(s => s.title === 'Agenda')!
    const chartPage = await renderPage(file, chartSlide.no, 50)
    const bought = colourPixels(chartPage, palette.vermillion)
    const donated = colourPixels(chartPage, palette.orange)
    // At 50 dpi the page is 511×288 px; the bars of the first series (paid visits) alone cover a few thousand pixels
    // (pdfjs: 4965 paid, 235 free, 0 on the Agenda page).
    expect([chartPage.width, chartPage.height]).toEqual([511, 288])
    expect(bought).toBeGreaterThan(1500)
    expect(donated).toBeGreaterThan(50)
    expect(colourPixels(await renderPage(file, textSlide.no, 50), palette.vermillion)).toBeLessThan(20)
    // Charts print as vectors: no page carries an image (more in vector-pdf.test.ts).
    expect(await pdfImages(file)).toEqual([])
  })

  it('writes the handout: an A4 cover, every slide itself (vectors and text) with its notes, chart tables, page numbers', async () => {
    const file = join(out, HANDOUT)
    const info = await pdfInfo(file)
    const pages = info.pages
    // Every page A4 (the check read page 1's size before).
    for (const [i, size] of info.sizes.entries())
      expect(isA4(size), `page ${i + 1}: ${size.width} x ${size.height} pts is not A4`).toBe(true)
    expect(pages).toBeGreaterThanOrEqual(deck.slides.length + 2)
    const texts = await pdfText(file)
    const cover = texts[0]!
    for (const text of [event.report.title, 'Ada Example', 'Dr Bo Sample', 'The Fixture Institute', 'Wednesday, 15 October', 'Zoom'])
      expect(key(cover), text).toContain(key(text))
    // Any space or line break between the date and a year, not just the single space the check allowed before.
    expect(cover).not.toMatch(/15\s+October,?\s*\d{4}/)
    expect(texts[2]).toContain(`Page 3 of ${pages}`)

    const all = key(texts.join('\n'))
    for (const slide of deck.slides) {
      expect(all, `slide ${slide.no}`).toContain(key(`Slide ${slide.no} of ${deck.slides.length}`))
      expect(all, `slide ${slide.no} title`).toContain(wanted(slide.title, `slide ${slide.no}'s title`))
      expect(all, `slide ${slide.no} notes`).toContain(wanted(slide.notes.slice(0, 120), `slide ${slide.no}'s notes`))
    }
    for (const chart of chartsIn().filter(c => deck.slides.some(s => s.charts.includes(c.id)))) {
      expect(all).toContain(key(`Chart data: ${wanted(chart.title, `chart ${chart.id}'s title`)}`))
      for (const column of chart.table.columns.filter(c => c.unit && c.unit !== 'date' && c.unit !== 'level'))
        expect(all, `${chart.id} ${column.label}`).toContain(key(`${column.label} (${column.unit})`))
      for (const row of chart.table.rows)
        expect(all).toContain(key(`${row.label}${row.cells.map(c => c.text).join('')}`))
    }
    // Each slide is the slide itself, vectors and text, not a picture of it.
    expect(await pdfImages(file)).toEqual([])
  })

  it('ends the handout with every source as a clickable link, and bookmarks each section', async () => {
    const file = join(out, HANDOUT)
    const { links, outline } = await linksAndOutline(file)
    const sources = collectSources(chartsIn(), datasets.map(d => d.data))
    expect(sources.length, 'sources to look for: every one of the fixture\'s').toBe(Object.keys(fixtureSources).length)
    for (const source of sources)
      expect(links, source.url).toContain(source.url)
    expect(outline).toEqual(['Cover', ...deck.slides.map(s => `${s.no}. ${s.title || 'Closing slide'}`), 'All sources'])
    await expectEmbeddedFonts(file)
  })

  it('writes the site with both PDFs and the chart kit, serving the deck\'s Download link from this machine', async () => {
    const site = join(out, 'site')
    expect((await stat(join(site, 'index.html'))).isFile()).toBe(true)
    // The chart kit ran in the same export and the site carries the very same files.
    expect(await sha256(join(site, 'charts', 'index.html'))).toBe(await sha256(join(out, 'charts', 'index.html')))
    expect(await sha256(join(site, 'charts', 'first-crossings', 'first-crossings.svg'))).toBe(await sha256(join(out, 'charts', 'first-crossings', 'first-crossings.svg')))
    expect(first.stdout).toContain('site ready, with the chart kit')
    expect(await sha256(join(site, SLIDES))).toBe(await sha256(join(out, SLIDES)))
    expect(await sha256(join(site, HANDOUT))).toBe(await sha256(join(out, HANDOUT)))
    expect(deck.headmatter.download).toBe(`/${SLIDES}`)
    const server = await serveStatic(site)
    try {
      const response = await fetch(`${server.url}${deck.headmatter.download}`)
      expect(response.status).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(out, SLIDES)))).toBe(true)
      expect(await (await fetch(`${server.url}/print?print=true`)).text()).toContain('<div id="app">')
    }
    finally {
      await server.close()
    }
  })

  it('records every file in the manifest with its size, sha256 and pages, and the data version', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest
    for (const entry of manifest.entries)
      expect(entry.dataVersion, entry.path).toBe(dataVersion())
    for (const entry of manifest.entries) {
      const bytes = await readFile(join(out, entry.path))
      expect(entry.bytes, entry.path).toBe(bytes.length)
      expect(entry.sha256, entry.path).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
    const byKind = (kind: string) => manifest.entries.filter(e => e.kind === kind)
    expect(byKind('slides-pdf')).toEqual([expect.objectContaining({ path: SLIDES, pages: deck.slides.length })])
    expect(byKind('handout-pdf')).toEqual([expect.objectContaining({ path: HANDOUT, pages: (await pdfInfo(join(out, HANDOUT))).pages })])
    const siteFiles = Object.keys(await snapshot(join(out, 'site'))).map(f => `site/${f}`).sort()
    expect(byKind('site').map(e => e.path).sort()).toEqual(siteFiles)
  })

  it('leaves no temporary files behind', async () => {
    expect((await readdir(out)).filter(name => name.startsWith('.'))).toEqual([])
  })
})

/**
 * The second export as on another machine: another time zone (the first runs in UTC: vitest.config.ts), another
 * locale for Node, ICU and Chromium (LANG, LC_ALL), another umask (files only their owner may read).
 */
const ELSEWHERE = { TZ: 'Pacific/Chatham', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', LANGUAGE: 'de' }
const ELSEWHERE_UMASK = '077'

describe('two exports of the same data, the second as on another machine', () => {
  let second: string
  let run: Run

  beforeAll(async () => {
    second = await mkdtemp(join(tmpdir(), 'deck-export-e2e-second-'))
    const exporting = startChild('/bin/sh', ['-c', `umask ${ELSEWHERE_UMASK} && exec "$0" "$@"`, process.execPath, TSX, join(ENGINE, 'scripts', 'export.ts'), '--out', second], { cwd: ROOT, env: { ...process.env, ...ELSEWHERE }, deadline: 230_000 })
    run = await exporting.exited
  }, 240_000)

  afterAll(async () => {
    await rm(second, { recursive: true, force: true })
  })

  /** The manifest without what legitimately differs: a PDF's bytes carry its creation time, so its hash does too. */
  function comparableManifest(text: string): unknown {
    const manifest = JSON.parse(text) as Manifest
    return manifest.entries.map(e => (e.path.endsWith('.pdf') ? { ...e, sha256: 'pdf', bytes: 0 } : e))
  }

  it('give the same files: identical CSV, JSON, SVG, PNG and every other byte; PDFs with identical text and page content', async () => {
    expect(unexplained(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    // The second export really ran elsewhere: its files carry the umask it was given, and Node in that environment
    // has another default locale and time zone than the first run's.
    expect((await stat(join(second, SLIDES))).mode & 0o077).toBe(0)
    const probe = await startChild(process.execPath, ['-e', 'const o = Intl.DateTimeFormat().resolvedOptions(); console.log(o.locale, o.timeZone)'], { env: { ...process.env, ...ELSEWHERE }, deadline: 60_000 }).exited
    expect(probe.stdout.trim()).toBe(`de-DE ${ELSEWHERE.TZ}`)
    const [a, b] = await Promise.all([snapshot(out), snapshot(second)])
    expect(Object.keys(b)).toEqual(Object.keys(a))
    let pdfs = 0
    for (const path of Object.keys(a)) {
      const [fileA, fileB] = [join(out, path), join(second, path)]
      if (path.endsWith('.pdf')) {
        const [textA, textB] = await Promise.all([pdfText(fileA), pdfText(fileB)])
        expect(textA.length, path).toBeGreaterThan(0)
        expect(textB, path).toEqual(textA)
        const [streamsA, streamsB] = await Promise.all([contentStreams(fileA), contentStreams(fileB)])
        expect(streamsA.every(s => s.length > 0), `${path}: every page draws`).toBe(true)
        expect(streamsB, `${path}: page content`).toEqual(streamsA)
        pdfs++
      }
      else if (path === 'manifest.json') {
        expect(comparableManifest(await readFile(fileB, 'utf8'))).toEqual(comparableManifest(await readFile(fileA, 'utf8')))
      }
      else {
        expect(b[path], path).toBe(a[path])
      }
    }
    // The kit's text formats, one per chart and language, are among the byte-identical files.
    for (const ext of ['.csv', '.json', '.svg'])
      expect(Object.keys(a).filter(p => p.startsWith('charts/') && p.endsWith(ext)).length, ext).toBe(chartsIn().length * langs().length)
    expect(pdfs).toBe(6) // the three PDFs, at the top and in the site
  })
  // Both PDFs carry no images any more (charts and slides are vectors): their drawing is compared as content streams
  // in vector-pdf.test.ts.
})
