import type { ChartDefinition } from 'launch-kit/charts/types'
import type { StaticServer } from 'launch-kit/scripts/browser/server'
/**
 * Markup in the data or a chart's words is refused by the data gate (bad-data.test.ts). This proves every rendering
 * layer would show it as text anyway, never run it (defence in depth): in a copy of the fixture deck, a chart's title,
 * a note and a series label get `<img src=x onerror=…>`, and then
 *   - slides: the deck is built with raw `slidev build` (which does not run our gate) and opened in Chromium,
 *     the chart drawn and as its fallback table;
 *   - chart kit: `npm run charts` runs in the copy with the gate switched off there, and its embed page, gallery
 *     and SVG are opened in Chromium;
 *   - handout: the export's handout HTML for that chart is rendered and printed by Chromium.
 * Each time the markup must read as literal text, no <img> may appear, and window.__pwned must stay unset.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { ProjectCopy } from '../support/project-copy'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { findBrowser, keepLocal, launchBrowser } from 'launch-kit/scripts/browser/index'
import { serveStatic } from 'launch-kit/scripts/browser/server'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { handoutHtml } from 'launch-kit/scripts/handout/html'
import { collectSources } from 'launch-kit/scripts/handout/sources'
import { openSlide, slideSelector } from 'launch-kit/scripts/lint/walk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../fixtures/atlas/data/event'
import { startChild } from '../support/children'
import { DECK_CONTEXT } from '../support/deck-page'
import { pdfText } from '../support/pdf'
import { copyProject } from '../support/project-copy'

const EVIL = '<img src=x onerror="window.__pwned=1">'
const ID = 'first-crossings'
const base = getChart(ID)
const TITLE = `Who came first ${EVIL}`
const NOTE = `${EVIL} ${base.notes[0]}`
const SERIES = `First ferry ${EVIL}`

/** What a page must show for every case: nothing ran, no <img> from the data. */
async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
}

let copy: ProjectCopy
let browser: Browser
let slideNo: number

beforeAll(async () => {
  copy = await copyProject({ withEngine: true })
  // The chart's English words live in charts/words/en.ts, each once.
  const definition = 'charts/words/en.ts'
  await copy.edit(definition, `title: '${base.title}',`, `title: '${TITLE}',`)
  await copy.edit(definition, `definition: '${base.notes[0]}'`, `definition: '${NOTE}'`)
  await copy.edit(definition, 'label: \'First ferry\',', `label: '${SERIES}',`)
  slideNo = (await readDeck()).slides.find(s => s.charts.includes(ID))!.no
  browser = await launchBrowser(findBrowser())
})

afterAll(async () => {
  await browser?.close()
  await copy?.remove()
})

it('the gate refuses the markup first (so the layers below see it only because the gate is skipped)', async () => {
  const check = await copy.run('check')
  expect(check.code).not.toBe(0)
  // Each problem names the chart's file and where its words are (English in charts/words/en.ts).
  const words = '(its words: charts/words/en.ts, or data/ for data text): must be plain text'
  expect(check.stderr).toContain(`charts/definitions/${ID}.ts: chart "${ID}", field title ${words}`)
  expect(check.stderr).toContain(`field notes[0] ${words}`)
  expect(check.stderr).toContain(`field series 1 label ${words}`)
})

describe('slides built with raw slidev build', () => {
  let server: StaticServer
  beforeAll(async () => {
    const dist = join(copy.root, 'dist')
    // ~5-15 s alone, about a minute on two loaded cores: four minutes is the deadline.
    const { code, stderr } = await startChild(process.execPath, [join(copy.root, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs'), 'build', 'slides.md', '--out', dist], { cwd: copy.root, deadline: 240_000 }).exited
    expect(code, stderr).toBe(0)
    server = await serveStatic(dist)
  })
  afterAll(async () => server?.close())

  it('show the title, note and alt text as text on the chart slide', async () => {
    const context = await browser.newContext({ ...DECK_CONTEXT, viewport: { width: 980, height: 552 } })
    await keepLocal(context)
    const page = await context.newPage()
    try {
      await openSlide(page, server.url, slideNo)
      const figure = page.locator(`${slideSelector(slideNo)} [data-chart-id="${ID}"]`)
      expect(await figure.locator('.chart-figure__title').textContent()).toBe(TITLE)
      expect(await figure.locator('figcaption').textContent()).toContain(`Note: ${NOTE}`)
      expect(await figure.locator('canvas').getAttribute('aria-label')).toContain(EVIL)
      expect(await figure.locator('img').count()).toBe(0)
      await nothingRan(page)
    }
    finally {
      await context.close()
    }
  })

  it('show a series label as text in the fallback table of a chart that cannot draw', async () => {
    const context = await browser.newContext({ ...DECK_CONTEXT, viewport: { width: 980, height: 552 } })
    await keepLocal(context)
    await context.addInitScript((id) => {
      const getContext = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
        if (this.closest(`[data-chart-id="${id}"]`))
          throw new Error('test: this canvas refuses to draw')
        return getContext.apply(this, args)
      } as typeof getContext
    }, ID)
    const page = await context.newPage()
    try {
      await openSlide(page, server.url, slideNo)
      const table = page.locator(`${slideSelector(slideNo)} table[data-chart-table="${ID}"]`)
      expect(await table.locator('caption').textContent()).toBe(TITLE)
      expect(await table.locator('thead th').allTextContents()).toContainEqual(expect.stringContaining(SERIES))
      await nothingRan(page)
    }
    finally {
      await context.close()
    }
  })
})

describe('the chart kit, made by npm run charts with the gate switched off in the copy', () => {
  let server: StaticServer
  let page: Page
  const folder = () => join(copy.root, 'exports', 'charts')
  beforeAll(async () => {
    await copy.edit('packages/launch-kit/scripts/deck/gate.ts', 'export async function assertValidData(): Promise<void> {\n', 'export async function assertValidData(): Promise<void> {\n  await loadLaunchData()\n  await loadLaunchCharts()\n  return // test: let the markup through to the renderers\n')
    const run = await copy.run('charts', ['--only', ID, '--preset', 'article', '--out', 'exports'])
    expect(run.code, run.stderr).toBe(0)
    server = await serveStatic(folder(), { single: false })
    const context = await browser.newContext({ viewport: { width: 900, height: 640 }, reducedMotion: 'reduce' })
    await keepLocal(context)
    page = await context.newPage()
  })
  afterAll(async () => {
    await page?.context().close()
    await server?.close()
  })

  it('the JSON and CSV carry the words as they are', async () => {
    const json = JSON.parse(await readFile(join(folder(), ID, `${ID}.json`), 'utf8')) as { title: string, notes: string[] }
    expect(json.title).toBe(TITLE)
    expect(json.notes[0]).toBe(NOTE)
    // CSV doubles the quotes inside a quoted field; parsed, the header is the label as written.
    const [header] = parse(await readFile(join(folder(), ID, `${ID}.csv`), 'utf8'), { comment: '#' }) as string[][]
    expect(header).toContain(`${SERIES} (date)`)
  })

  it('the embed page shows them as text, in the chart view and the table view', async () => {
    await page.goto(`${server.url}/${ID}/embed.html`)
    await page.waitForSelector('[data-chart-ready="true"]')
    expect(await page.locator('h1').textContent()).toBe(TITLE)
    expect(await page.locator('title').textContent()).toBe(TITLE)
    expect(await page.locator('footer').textContent()).toContain(`Note: ${NOTE}`)
    await page.getByRole('button', { name: 'Data' }).click()
    expect(await page.locator('thead th').allTextContents()).toContainEqual(expect.stringContaining(SERIES))
    await nothingRan(page)
  })

  it('the gallery shows the title as text', async () => {
    await page.goto(`${server.url}/index.html`)
    expect(await page.locator(`#${ID} h2`).textContent()).toBe(TITLE)
    expect(await page.locator(`#${ID}-snippet`).inputValue()).toContain('title="Who came first &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"')
    await nothingRan(page)
  })

  it('the SVG holds them as text nodes, and opened on its own runs nothing', async () => {
    const svg = await readFile(join(folder(), ID, `${ID}.svg`), 'utf8')
    const found = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('svg > title')?.textContent ?? '',
        texts: [...doc.querySelectorAll('text')].map(t => t.textContent ?? '').join(' '),
        active: doc.querySelectorAll('img, image, script, foreignObject').length,
        handlers: [...doc.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')),
      }
    }, svg)
    expect(found.error).toBeNull()
    expect(found.title).toBe(TITLE)
    expect(found.texts).toContain('<img')
    expect(found.active).toBe(0)
    expect(found.handlers).toEqual([])
    await page.goto(`${server.url}/${ID}/${ID}.svg`)
    await nothingRan(page)
  })
})

describe('the handout', () => {
  it('prints the chart\'s words as text: in the page and in the PDF', async () => {
    const hostile: ChartDefinition = {
      ...base,
      title: TITLE,
      notes: [NOTE],
      table: { ...base.table, columns: base.table.columns.map((c, i) => (i === 1 ? { ...c, label: SERIES } : c)) },
    }
    const html = handoutHtml({
      event,
      slides: [{ no: 1, title: 'Timing', layout: 'chart', notes: `Speaker note ${EVIL}`, minutes: 1, html: '<div class="print-slide-container"></div>', charts: [hostile] }],
      sources: collectSources(chartsIn(), [event]),
      dataVersion: 'test',
      fontCss: '',
      deck: { css: [], hostStyle: '' },
      slideSize: { width: 980, height: 552 },
    })
    const page = await browser.newPage()
    try {
      await page.setContent(html)
      expect(await page.locator('section.chart h3').textContent()).toBe(`Chart data: ${TITLE}`)
      expect(await page.locator('section.chart thead th').allTextContents()).toContain(SERIES)
      expect(await page.locator('section.chart ul li').first().textContent()).toBe(NOTE)
      await nothingRan(page)
      const pdf = join(copy.root, 'handout.pdf')
      await writeFile(pdf, await page.pdf({ format: 'A4' }))
      const text = (await pdfText(pdf)).join('\n').replace(/\s+/g, ' ')
      expect(text).toContain(`Chart data: ${TITLE}`)
      expect(text).toContain(`Speaker note ${EVIL}`)
    }
    finally {
      await page.close()
    }
  })
})
