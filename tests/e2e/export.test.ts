/**
 * `npm run export` end to end: the real script, the real build and Chromium, checked with tools that are not the
 * export's own (poppler's pdfinfo, pdftotext, pdffonts, pdfimages and pdftoppm, pngjs, pdfjs for links and
 * bookmarks). The full export runs once and every assertion reads its output; then it runs a second time into
 * another folder and the two must agree (determinism). Faults (a chart broken on purpose, no browser, a full
 * disk, …) are in faults.test.ts.
 */
import type { Deck } from '../../scripts/deck/index'
import type { Manifest } from '../../scripts/output/manifest'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { charts, getChart } from '../../charts/registry'
import { palette } from '../../charts/theme'
import { event } from '../../data/event'
import { datasets } from '../../data/index'
import { serveStatic } from '../../scripts/browser/server'
import { readDeck } from '../../scripts/deck/index'
import { collectSources } from '../../scripts/handout/sources'
import { dataVersion } from '../../scripts/output/data-version'
import { runScript } from '../support/script-run'

const exec = promisify(execFile)
const SLIDES = `${event.report.slug}-slides.pdf`
const HANDOUT = `${event.report.slug}-handout.pdf`

interface Run { code: number | null, stdout: string, stderr: string }

function runExport(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return runScript('export', args, env)
}

/** Lower-case letters and digits only: compares text across line breaks, quotes and dashes. */
function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

async function pdfinfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await exec('pdfinfo', [file])
  return Object.fromEntries(stdout.split('\n').filter(l => l.includes(':')).map(l => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]))
}

async function pageText(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return (await exec('pdftotext', [...range, file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout
}

/** pdfjs is used here only for what poppler's command-line tools do not print: link targets and bookmarks. */
async function linksAndOutline(file: string): Promise<{ links: Set<string>, outline: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0 }).promise
  try {
    const links = new Set<string>()
    for (let p = 1; p <= doc.numPages; p++) {
      for (const a of await (await doc.getPage(p)).getAnnotations() as { subtype: string, url?: string }[]) {
        if (a.subtype === 'Link' && a.url)
          links.add(a.url)
      }
    }
    return { links, outline: ((await doc.getOutline()) ?? []).map(item => item.title) }
  }
  finally {
    await doc.destroy()
  }
}

/** Pixels within `tolerance` (per channel) of a hex colour, on one page rendered at 50 dpi. */
async function colourPixels(file: string, page: number, hex: string, dir: string, tolerance = 24): Promise<number> {
  const prefix = join(dir, `page-${page}`)
  await exec('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), '-png', '-singlefile', file, prefix])
  const png = PNG.sync.read(await readFile(`${prefix}.png`))
  await rm(`${prefix}.png`)
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16))
  let count = 0
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - r!) <= tolerance && Math.abs(png.data[i + 1]! - g!) <= tolerance && Math.abs(png.data[i + 2]! - b!) <= tolerance)
      count++
  }
  return count
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}

/** Every file under `dir` with its sha256, relative paths as keys. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(e => e.isFile())
  const entries = await Promise.all(files.map(async e => [join(e.parentPath, e.name).slice(dir.length + 1), await sha256(join(e.parentPath, e.name))] as const))
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))
}

let out: string
let scratch: string
let deck: Deck
let first: Run

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deck-export-e2e-'))
  scratch = await mkdtemp(join(tmpdir(), 'deck-export-png-'))
  deck = await readDeck()
  first = await runExport(['--out', out])
}, 240_000)

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
  await rm(scratch, { recursive: true, force: true })
})

describe('npm run export', () => {
  it('exits 0, shows progress per slide, and lists each file with its size', () => {
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(`export: slides PDF verified, slide ${deck.slides.length}/${deck.slides.length}`)
    expect(first.stdout).toMatch(new RegExp(`✓ .*${SLIDES}  [\\d.]+ kB`))
    expect(first.stdout).toMatch(new RegExp(`✓ .*${HANDOUT}  [\\d.]+ (kB|MB)`))
    expect(first.stdout).toMatch(/✓ .*site\/ {2}\(\d+ files\) {2}[\d.]+ MB/)
    expect(first.stdout).toMatch(/✓ .*charts\/ {2}\(\d+ files\) {2}[\d.]+ MB/)
    expect(first.stdout).toMatch(/export: 4 outputs written and verified in [\d.]+s/)
  })

  it('writes the slides PDF: one 16:9 page per slide, each slide\'s title as selectable text', async () => {
    const file = join(out, SLIDES)
    const info = await pdfinfo(file)
    expect(Number(info.Pages)).toBe(deck.slides.length)
    expect(info['Page size']).toMatch(/^735(\.\d+)? x 414 pts/)
    for (const slide of deck.slides.filter(s => s.title)) {
      const text = key(await pageText(file, slide.no))
      expect(text, `slide ${slide.no}`).toContain(key(slide.title))
      for (const id of slide.charts)
        expect(text, `chart ${id}`).toContain(key(getChart(id).title))
    }
  })

  it('gives the slides PDF metadata, a bookmark per titled slide and embedded fonts', async () => {
    const file = join(out, SLIDES)
    const info = await pdfinfo(file)
    expect(info.Title).toBe(deck.title)
    expect(info.Author).toBe('Teuta Avdimetaj, Dr Ramadan Ilazi')
    expect(info.Subject).toBe(deck.headmatter.info)
    expect(info.Keywords).toBe(deck.headmatter.keywords)
    expect(info.Tagged).toBe('yes')
    const { outline } = await linksAndOutline(file)
    expect(outline).toEqual(deck.slides.filter(s => s.title).map(s => s.title))
    const fonts = (await exec('pdffonts', [file])).stdout.trim().split('\n').slice(2)
    expect(fonts.some(line => line.includes('AtkinsonHyperlegibleNext'))).toBe(true)
    for (const line of fonts)
      expect(line.split(/\s+/).at(-5), line).toBe('yes')
  })

  it('prints every chart complete: chart colours fill a chart page and are absent from a text page', async () => {
    const file = join(out, SLIDES)
    const chartSlide = deck.slides.find(s => s.charts.includes('chinese-vaccine-doses'))!
    const textSlide = deck.slides.find(s => s.title === 'Agenda')!
    const bought = await colourPixels(file, chartSlide.no, palette.china, scratch)
    const donated = await colourPixels(file, chartSlide.no, palette.chinaDonated, scratch)
    // At 50 dpi the page is 511×288 px; the bars for bought doses alone cover a few thousand pixels.
    expect(bought).toBeGreaterThan(1500)
    expect(donated).toBeGreaterThan(50)
    expect(await colourPixels(file, textSlide.no, palette.china, scratch)).toBeLessThan(20)
    const images = (await exec('pdfimages', ['-list', file])).stdout
    // Charts print as vectors: no page carries an image (issue 14; more in vector-pdf.test.ts).
    const pagesWithImages = new Set(images.split('\n').slice(2).filter(Boolean).map(l => Number(l.trim().split(/\s+/)[0])))
    expect([...pagesWithImages]).toEqual([])
  })

  it('writes the handout: an A4 cover, every slide itself (vectors and text) with its notes, chart tables, page numbers', async () => {
    const file = join(out, HANDOUT)
    const info = await pdfinfo(file)
    const pages = Number(info.Pages)
    expect(info['Page size']).toContain('(A4)')
    expect(pages).toBeGreaterThanOrEqual(deck.slides.length + 2)
    const cover = await pageText(file, 1)
    for (const wanted of [event.report.title, 'Teuta Avdimetaj', 'Dr Ramadan Ilazi', 'Sbunker', 'Wednesday, 15 October', 'Zoom'])
      expect(key(cover), wanted).toContain(key(wanted))
    expect(cover).not.toMatch(/15 October,? \d{4}/)
    expect(await pageText(file, 3)).toContain(`Page 3 of ${pages}`)

    const all = key(await pageText(file))
    for (const slide of deck.slides) {
      expect(all, `slide ${slide.no}`).toContain(key(`Slide ${slide.no} of ${deck.slides.length}`))
      expect(all, `slide ${slide.no} title`).toContain(key(slide.title))
      expect(all, `slide ${slide.no} notes`).toContain(key(slide.notes.slice(0, 120)))
    }
    for (const chart of charts.filter(c => deck.slides.some(s => s.charts.includes(c.id)))) {
      expect(all).toContain(key(`Chart data: ${chart.title}`))
      for (const column of chart.table.columns.filter(c => c.unit && c.unit !== 'date' && c.unit !== 'level'))
        expect(all, `${chart.id} ${column.label}`).toContain(key(`${column.label} (${column.unit})`))
      for (const row of chart.table.rows)
        expect(all).toContain(key(`${row.label}${row.cells.map(c => c.text).join('')}`))
    }
    const images = (await exec('pdfimages', ['-list', file])).stdout
    expect(images.split('\n').slice(2).filter(Boolean)).toEqual([])
  })

  it('ends the handout with every source as a clickable link, and bookmarks each section', async () => {
    const file = join(out, HANDOUT)
    const { links, outline } = await linksAndOutline(file)
    const sources = collectSources(charts, datasets.map(d => d.data))
    for (const source of sources)
      expect(links, source.url).toContain(source.url)
    expect(outline).toEqual(['Cover', ...deck.slides.map(s => `${s.no}. ${s.title || 'Closing slide'}`), 'All sources'])
    const fonts = (await exec('pdffonts', [file])).stdout.trim().split('\n').slice(2)
    expect(fonts.some(line => line.includes('AtkinsonHyperlegibleNext'))).toBe(true)
    for (const line of fonts)
      expect(line.split(/\s+/).at(-5), line).toBe('yes')
  })

  it('writes the site with both PDFs and the chart kit, serving the deck\'s Download link from this machine', async () => {
    const site = join(out, 'site')
    expect((await stat(join(site, 'index.html'))).isFile()).toBe(true)
    // The chart kit ran in the same export and the site carries the very same files.
    expect(await sha256(join(site, 'charts', 'index.html'))).toBe(await sha256(join(out, 'charts', 'index.html')))
    expect(await sha256(join(site, 'charts', 'first-deliveries', 'first-deliveries.svg'))).toBe(await sha256(join(out, 'charts', 'first-deliveries', 'first-deliveries.svg')))
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
    expect(byKind('handout-pdf')).toEqual([expect.objectContaining({ path: HANDOUT, pages: Number((await pdfinfo(join(out, HANDOUT))).Pages) })])
    const siteFiles = Object.keys(await snapshot(join(out, 'site'))).map(f => `site/${f}`).sort()
    expect(byKind('site').map(e => e.path).sort()).toEqual(siteFiles)
  })

  it('leaves no temporary files behind', async () => {
    expect((await readdir(out)).filter(name => name.startsWith('.'))).toEqual([])
  })
})

describe('two exports of the same data', () => {
  let second: string
  let run: Run

  beforeAll(async () => {
    second = await mkdtemp(join(tmpdir(), 'deck-export-e2e-second-'))
    run = await runExport(['--out', second])
  }, 240_000)

  afterAll(async () => {
    await rm(second, { recursive: true, force: true })
  })

  /** The text of each page (pdftotext ends every page with a form feed). */
  async function textByPage(file: string): Promise<string[]> {
    return (await pageText(file)).split('\f').slice(0, -1)
  }

  /** The manifest without what legitimately differs: a PDF's bytes carry its creation time, so its hash does too. */
  function comparableManifest(text: string): unknown {
    const manifest = JSON.parse(text) as Manifest
    return manifest.entries.map(e => (e.path.endsWith('.pdf') ? { ...e, sha256: 'pdf', bytes: 0 } : e))
  }

  it('give the same files: identical CSV, JSON, SVG and every other byte, identical PNG pixels, identical PDF text', async () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const [a, b] = await Promise.all([snapshot(out), snapshot(second)])
    expect(Object.keys(b)).toEqual(Object.keys(a))
    let pdfs = 0
    for (const path of Object.keys(a)) {
      const [fileA, fileB] = [join(out, path), join(second, path)]
      if (path.endsWith('.pdf')) {
        const [textA, textB] = await Promise.all([textByPage(fileA), textByPage(fileB)])
        expect(textA.length, path).toBeGreaterThan(0)
        expect(textB, path).toEqual(textA)
        pdfs++
      }
      else if (path.endsWith('.png') && a[path] !== b[path]) {
        const [pngA, pngB] = [PNG.sync.read(await readFile(fileA)), PNG.sync.read(await readFile(fileB))]
        expect([pngB.width, pngB.height], path).toEqual([pngA.width, pngA.height])
        expect(pngB.data.equals(pngA.data), `${path}: pixels`).toBe(true)
      }
      else if (path === 'manifest.json') {
        expect(comparableManifest(await readFile(fileB, 'utf8'))).toEqual(comparableManifest(await readFile(fileA, 'utf8')))
      }
      else {
        expect(b[path], path).toBe(a[path])
      }
    }
    // The kit's text formats are among the byte-identical files.
    for (const ext of ['.csv', '.json', '.svg'])
      expect(Object.keys(a).filter(p => p.startsWith('charts/') && p.endsWith(ext)).length, ext).toBe(charts.length)
    expect(pdfs).toBe(4) // both PDFs, at the top and in the site
  })
  // Both PDFs carry no images any more (charts and slides are vectors): their drawing is compared as content streams
  // in vector-pdf.test.ts.
})
