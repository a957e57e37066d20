import type { LonLat } from 'launch-kit/charts/geo'
import type { MapLabelBox } from 'launch-kit/charts/map-layer'
import type { StaticServer } from 'launch-kit/scripts/browser/server'
/**
 * A map end to end, on real exports of a copy of the fixture deck. The copy is exported, then one country's data
 * changes (Latvia: its paid and free visits, not known before, are counted, so the map's no-data grey becomes a
 * class), and it is exported again. Then, in Chromium, on the exported site's map slide: Latvia's fill changed at a
 * point well inside its shape (computed here from the geometry with polylabel and d3-geo, not taken from the chart),
 * its label and its alt text changed, and no pixel outside Latvia and its label moved. The chart kit's SVG, CSV and
 * JSON, and the PDFs, say the same, and so does the kit in Albanian and Serbian. The lint reads the map labels from
 * the live chart and passes them.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { ProjectCopy } from '../support/project-copy'
import type { ScriptRun } from '../support/script-run'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { geoContains } from 'd3-geo'
import { toFeature } from 'launch-kit/charts/geo'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { palette } from 'launch-kit/charts/theme'
import { findBrowser, keepLocal, launchBrowser } from 'launch-kit/scripts/browser/index'
import { serveStatic } from 'launch-kit/scripts/browser/server'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { checkSlide } from 'launch-kit/scripts/lint/rules'
import { CANVAS, measure, openSlide, slideSelector } from 'launch-kit/scripts/lint/walk'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { PNG } from 'pngjs'
import polylabel from 'polylabel'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mapShapes } from '../fixtures/atlas/charts/map-shapes'
import { event } from '../fixtures/atlas/data/event'
import { copyProject } from '../support/project-copy'
import { disposeAll, startScript } from '../support/script-run'

const MAPS = ['visits-map'] as const
type MapId = typeof MAPS[number]

/** The country the change is about: its code, its name in English, and the latitude its shape is drawn around. */
const CHANGED = { code: 'LV', name: 'Latvia', latitude: 56.9 }

/**
 * What the change does to Latvia on each map: its fill and label before and after, what the alt text says after, and
 * the class whose sentence Latvia joins (that sentence changes with it).
 */
const EXPECTED: Record<MapId, { before: { fill: string, value: string }, after: { fill: string, value: string }, altAfter: string, joins: string }> = {
  'visits-map': { before: { fill: palette.noData, value: 'no data' }, after: { fill: palette.rate3, value: '34.7' }, altAfter: '20–39.9: Latvia (34.7) and Lithuania', joins: '20–39.9:' },
}

/** The same change in the translated kit: Latvia's value before and after on its label, and what the alt text says after. */
const TRANSLATED: Record<MapId, Record<'sq' | 'sr-Latn', { before: string, after: string, alt: string }>> = {
  'visits-map': {
    'sq': { before: 'pa të dhëna', after: '34,7', alt: 'Letonia (34,7)' },
    'sr-Latn': { before: 'nema podataka', after: '34,7', alt: 'Letonija (34,7)' },
  },
}

let copy: ProjectCopy
let work: string
let browser: Browser
const outs = { before: '', after: '' }
const slides: Partial<Record<MapId, number>> = {}

async function exportInto(out: string): Promise<void> {
  const run: ScriptRun = startScript('export', ['--out', out], { root: copy.root })
  const result = await run.exited
  await run.dispose()
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0)
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'maps-test-'))
  copy = await copyProject()
  outs.before = join(work, 'before')
  outs.after = join(work, 'after')
  await exportInto(outs.before)
  await copy.edit('data/visits.ts', '      paid: { status: \'unknown\', reason: \'No count found in the fictional sources.\' },', '      paid: { status: \'exact\', value: 600_000, date: \'2021-08\', sources: [sources.harbourBulletin] },')
  await copy.edit('data/visits.ts', '      free: { status: \'unknown\', reason: \'No count found in the fictional sources.\' },', '      free: { status: \'exact\', value: 60_000, date: \'2021-08\', sources: [sources.harbourBulletin] },')
  await exportInto(outs.after)
  browser = await launchBrowser(findBrowser())
  for (const slide of (await readDeck()).slides) {
    for (const id of MAPS) {
      if (slide.charts.includes(id))
        slides[id] = slide.no
    }
  }
}, 600_000)

afterAll(async () => {
  await disposeAll()
  await browser?.close()
  await copy?.remove()
  if (work)
    await rm(work, { recursive: true, force: true })
})

/** A point well inside Latvia: west of its pole of inaccessibility by half the inscribed radius (its label's leader comes from the east). */
function insidePoint(): LonLat {
  const shape = mapShapes.focus[CHANGED.code]!
  const rings = shape.geometry.type === 'Polygon' ? shape.geometry.coordinates : shape.geometry.coordinates[0]!
  const k = Math.cos(CHANGED.latitude * Math.PI / 180)
  const pole = polylabel(rings.map(r => r.map(([x, y]) => [x * k, y] as [number, number])), 0.001)
  const point: LonLat = [(pole[0] - pole.distance / 2) / k, pole[1]]
  expect(geoContains(toFeature(CHANGED.code, shape) as never, point), `the test point lies inside ${CHANGED.name}`).toBe(true)
  return point
}

interface SlideProbe {
  png: PNG
  alt: string
  /** The test point in canvas px. */
  point: [number, number]
  labels: MapLabelBox[]
  /** Which of the given canvas pixels are within 4 px of Latvia's shape, or inside its label's box or `also` (±4 px). */
  allowed: (pixels: [number, number][], also: MapLabelBox) => Promise<boolean[]>
  page: Page
}

async function probe(id: MapId, server: StaticServer): Promise<SlideProbe> {
  const context = await browser.newContext({ viewport: CANVAS, deviceScaleFactor: 1 })
  await context.grantPermissions(['screen-wake-lock'])
  await keepLocal(context)
  const page = await context.newPage()
  const no = slides[id]!
  await openSlide(page, server.url, no)
  const canvas = page.locator(`${slideSelector(no)} [data-chart-id="${id}"] canvas`)
  const png = PNG.sync.read(await canvas.screenshot())
  const found = await canvas.evaluate((el, point) => {
    const chart = (window as unknown as { Chart: { getChart: (c: HTMLCanvasElement) => unknown } }).Chart.getChart(el as HTMLCanvasElement) as { scales: { projection: { projection: (p: number[]) => [number, number] } }, $mapLabels: unknown }
    return { xy: chart.scales.projection.projection(point), labels: chart.$mapLabels, alt: el.getAttribute('aria-label') ?? '' }
  }, insidePoint())
  return {
    png,
    alt: found.alt,
    point: [Math.round(found.xy[0]), Math.round(found.xy[1])],
    labels: found.labels as MapLabelBox[],
    page,
    allowed: (pixels, also) => canvas.evaluate((el, { pixels, also, code }) => {
      const chart = (window as unknown as { Chart: { getChart: (c: HTMLCanvasElement) => unknown } }).Chart.getChart(el as HTMLCanvasElement) as {
        scales: { projection: { geoPath: { context: (c: null) => (f: unknown) => string } } }
        data: { datasets: { data: { feature: { id: string } }[] }[] }
        $mapLabels: { key: string, left: number, top: number, width: number, height: number }[]
      }
      const feature = chart.data.datasets[0]!.data.find(d => d.feature.id === code)!.feature
      const path = new Path2D(chart.scales.projection.geoPath.context(null)(feature))
      const ctx = document.createElement('canvas').getContext('2d')!
      ctx.lineWidth = 8
      const boxes = [chart.$mapLabels.find(b => b.key === code)!, also]
      const inBox = (x: number, y: number) => boxes.some(box => x >= box.left - 4 && x <= box.left + box.width + 4 && y >= box.top - 4 && y <= box.top + box.height + 4)
      return pixels.map(([x, y]) => ctx.isPointInPath(path, x + 0.5, y + 0.5) || ctx.isPointInStroke(path, x + 0.5, y + 0.5) || inBox(x + 0.5, y + 0.5))
    }, { pixels, also, code: CHANGED.code }),
  }
}

function rgbAt(png: PNG, [x, y]: [number, number]): [number, number, number] {
  const i = (y * png.width + x) * 4
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map(i => Number.parseInt(colour.slice(i, i + 2), 16)) as [number, number, number]
}

function near(a: readonly number[], b: readonly number[], tolerance = 3): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) <= tolerance)
}

describe.each(MAPS.map(id => [id] as const))('%s', (id) => {
  let servers: StaticServer[] = []
  let before: SlideProbe
  let after: SlideProbe

  beforeAll(async () => {
    servers = [await serveStatic(join(outs.before, 'site')), await serveStatic(join(outs.after, 'site'))]
    before = await probe(id, servers[0]!)
    after = await probe(id, servers[1]!)
  }, 120_000)

  afterAll(async () => {
    await before?.page.context().close()
    await after?.page.context().close()
    for (const server of servers)
      await server.close()
  })

  it('fills Latvia differently at a point well inside it, with the colour of its new category', () => {
    expect(before.point).toEqual(after.point)
    const [was, now] = [rgbAt(before.png, before.point), rgbAt(after.png, after.point)]
    expect(near(now, hex(EXPECTED[id].after.fill)), `after: rgb(${now}) is ${EXPECTED[id].after.fill}`).toBe(true)
    expect(near(was, now, 10), `before: rgb(${was}) differs from after`).toBe(false)
    expect(near(was, hex(EXPECTED[id].before.fill)), `before: rgb(${was}) is ${EXPECTED[id].before.fill}`).toBe(true)
  })

  it('moves no pixel outside Latvia and its label', async () => {
    expect([after.png.width, after.png.height]).toEqual([before.png.width, before.png.height])
    // Every other label stays put; Latvia's keeps its place (its width follows its new words).
    const others = (labels: MapLabelBox[]) => labels.filter(b => b.key !== CHANGED.code)
    expect(others(after.labels)).toEqual(others(before.labels))
    const place = (labels: MapLabelBox[]) => labels.filter(b => b.key === CHANGED.code).map(b => ({ top: b.top, anchor: b.anchor, side: b.side }))
    expect(place(after.labels)).toEqual(place(before.labels))
    const changed: [number, number][] = []
    for (let y = 0; y < before.png.height; y++) {
      for (let x = 0; x < before.png.width; x++) {
        if (!near(rgbAt(before.png, [x, y]), rgbAt(after.png, [x, y]), 16))
          changed.push([x, y])
      }
    }
    expect(changed.length, 'something changed').toBeGreaterThan(50)
    const allowed = await after.allowed(changed, before.labels.find(b => b.key === CHANGED.code)!)
    const outside = changed.filter((_p, i) => !allowed[i])
    expect(outside.slice(0, 10), `${outside.length} changed pixels outside Latvia and its label`).toEqual([])
  })

  it('changes Latvia in the alt text and leaves what it says of the others', () => {
    expect(before.alt).not.toContain(EXPECTED[id].altAfter)
    expect(after.alt).toContain(EXPECTED[id].altAfter)
    const sentences = (text: string) => text.split(/(?<=\.) /)
    const others = sentences(before.alt).filter(s => !s.includes(CHANGED.name) && !s.startsWith(EXPECTED[id].joins))
    for (const sentence of others)
      expect(sentences(after.alt), sentence).toContain(sentence)
  })

  it('writes the new label in the kit\'s SVG as text, and the old one is gone', async () => {
    const texts = async (out: string) => [...(await readFile(join(out, 'charts', id, `${id}.svg`), 'utf8')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => m[1]!.replace(/&amp;/g, '&'))
    const [was, now] = [await texts(outs.before), await texts(outs.after)]
    const count = (list: string[], text: string) => list.filter(t => t === text).length
    // Each label is written twice (halo, then text); the legend may hold the same words once.
    expect(count(now, EXPECTED[id].after.value) - count(was, EXPECTED[id].after.value)).toBe(2)
    expect(count(was, EXPECTED[id].before.value) - count(now, EXPECTED[id].before.value)).toBe(2)
    expect(count(now, CHANGED.name)).toBe(2)
  })

  it.each(['sq', 'sr-Latn'] as const)('says the same change in %s: Latvia\'s label and alt text, and no other drawn text', async (lang) => {
    // The source line may gain or lose a publisher with a figure's sources: left out.
    const sourceLine = stringsOf(lang).words.source('')
    const texts = async (out: string) => [...(await readFile(join(out, 'charts', id, lang, `${id}.svg`), 'utf8')).matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
      .map(m => m[1]!.replace(/&amp;/g, '&'))
      .filter(text => !text.startsWith(sourceLine))
    const [was, now] = [await texts(outs.before), await texts(outs.after)]
    const expected = TRANSLATED[id][lang]
    // What was drawn and is no longer, and what is new: Latvia's value, twice (halo, then text), nothing else.
    const less = (a: string[], b: string[]) => b.reduce((rest, text) => { const i = rest.indexOf(text); return i < 0 ? rest : rest.toSpliced(i, 1) }, a)
    expect(less(was, now)).toEqual([expected.before, expected.before])
    expect(less(now, was)).toEqual([expected.after, expected.after])
    const alt = async (out: string) => (JSON.parse(await readFile(join(out, 'charts', id, lang, `${id}.json`), 'utf8')) as { altText: string }).altText
    expect(await alt(outs.before)).not.toContain(expected.alt)
    expect(await alt(outs.after)).toContain(expected.alt)
  })

  it('changes Latvia\'s row of the CSV and only that row, and the JSON\'s alt text', async () => {
    const rows = async (out: string) => (await readFile(join(out, 'charts', id, `${id}.csv`), 'utf8')).split('\n').filter(l => /^[A-Z]{2},/.test(l))
    const [was, now] = [await rows(outs.before), await rows(outs.after)]
    expect(was).toHaveLength(5)
    expect(now.filter(r => !was.includes(r)).map(r => r.slice(0, 2))).toEqual([CHANGED.code])
    const alt = async (out: string) => (JSON.parse(await readFile(join(out, 'charts', id, `${id}.json`), 'utf8')) as { altText: string }).altText
    expect(await alt(outs.after)).toBe(after.alt)
    expect(await alt(outs.before)).toBe(before.alt)
  })

  it('is in the slides PDF on its slide, and in the handout with its table and sources', async () => {
    const slidesPdf = await openPdf(await readFile(join(outs.after, `${event.report.slug}-slides.pdf`)))
    const handout = await openPdf(await readFile(join(outs.after, `${event.report.slug}-handout.pdf`)))
    try {
      const title = (await readDeck()).slides[slides[id]! - 1]!.title
      const flat = (text: string) => text.replace(/\s+/g, ' ')
      expect(flat(await slidesPdf.text(slides[id]!))).toContain(title)
      const pages = await Promise.all(Array.from({ length: handout.pageCount }, (_v, i) => handout.text(i + 1)))
      const all = flat(pages.join(' '))
      expect(all).toContain('Fictional harbour visits per 100 people')
      expect(all).toContain('Natural Earth')
      expect(all).toMatch(/Latvia 34\.7 20–39\.9/)
    }
    finally {
      await slidesPdf.close()
      await handout.close()
    }
  })

  it('is read by the Zoom lint from the live chart, map labels included, and passes it', async () => {
    const page = before.page
    const no = slides[id]!
    const sample = await measure(page, slideSelector(no))
    const chart = sample.charts.find(c => c.id === id)
    expect(chart?.found).toBe(true)
    expect(chart?.fonts).toContainEqual({ what: 'mapLayer labels', size: 20 })
    expect(chart?.series.length).toBeGreaterThanOrEqual(5)
    expect(checkSlide(no, sample)).toEqual([])
  })
})
