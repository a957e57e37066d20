import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { StaticServer } from 'launch-kit/scripts/browser/server'
/**
 * The chart kit's embeds as a newsroom uses them: the kit is exported once, served over http on 127.0.0.1, and its
 * gallery's snippets (read from the gallery page itself) are pasted into plain article pages, one chart per page
 * and several on one page, in every language, opened in Chromium at 320, 375, 768 and 1280 px. Each frame must
 * show its chart whole: no scrollbar inside it, its height within 0–40 px of its content, and the canvas's text
 * neither cut off nor overlapping (the kit's own fit check, scripts/kit/fit.ts, on the live page). The same with the
 * script stripped from the article. Then the render options (dark, plain, transparent), print, the Data button,
 * the download links, the page's language and footer inside the sandboxed frame, and what the loader refuses.
 *
 * The last test photographs a 375-px article page with an embed, light and dark; EMBED_SHOTS=<dir> keeps the
 * pictures there (docs/shots/ holds them).
 */
import type { Browser, BrowserContext, BrowserContextOptions, ElementHandle, Frame, Page } from 'playwright-chromium'
import type { FrameFit } from '../support/embed-host'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { defaultLang, langs, stringsOf } from 'launch-kit/charts/i18n/languages'
import { chartIds, getChart } from 'launch-kit/charts/registry'
import { darkPalette, palette } from 'launch-kit/charts/theme'
import { findBrowser, keepLocal, launchBrowser } from 'launch-kit/scripts/browser/index'
import { serveStatic } from 'launch-kit/scripts/browser/server'
import { createLog } from 'launch-kit/scripts/core/log'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { runChartKit } from 'launch-kit/scripts/export/index'
import { judgeFit } from 'launch-kit/scripts/kit/fit'
import { kitLicence } from 'launch-kit/scripts/kit/licence'
import { EMBED_SANDBOX, HEIGHT_LIMITS } from 'launch-kit/scripts/kit/snippet'
import { measureSlide } from 'launch-kit/scripts/lint/measure'
import { checkSlide, textContrast } from 'launch-kit/scripts/lint/rules'
import { PDFDocument } from 'pdf-lib'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordCanvasText, sampleChartText } from '../support/embed-fit'
import { articleHtml, drawnFrame, openArticle, settledFrame, withOptions, withoutScript } from '../support/embed-host'

const quiet = createLog('charts', new Writable({ write: (_chunk, _encoding, done) => done() }))
const WIDTHS = [320, 375, 768, 1280] as const
/** The issue's bound: a frame no more than this much taller than its content. */
const MAX_GAP = 40
/** WCAG 2.1 SC 1.4.11 for marks. */
const MIN_MARK_CONTRAST = 3

let work: string
let browser: Browser
let server: StaticServer
/** The gallery's snippet of each chart in each language, as its textarea holds it. */
const snippets = new Map<string, string>()
const key = (id: string, lang: Lang) => `${id}/${lang}`
/** Where the article pages go: beside the gallery, on the kit's server. */
const site = () => ({ dir: join(work, 'out', 'charts'), base: server.url })
const snippet = (id: string, lang: Lang = defaultLang()) => snippets.get(key(id, lang))!
/** Every chart and language, and what each measured (for the closing summary). */
const ALL = chartIds().flatMap(id => langs().map(lang => ({ id, lang })))
const measured: { case: string, fit: FrameFit }[] = []

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'embed-hosts-test-'))
  browser = await launchBrowser(findBrowser())
  await runChartKit({ out: join(work, 'out') }, { browser, log: quiet })
  server = await serveStatic(join(work, 'out', 'charts'), { single: false })
  const context = await browser.newContext()
  try {
    await keepLocal(context)
    const page = await context.newPage()
    for (const lang of langs()) {
      await page.goto(`${server.url}/${lang === defaultLang() ? 'index.html' : `index.${lang}.html`}`)
      for (const id of chartIds())
        snippets.set(key(id, lang), await page.locator(`#${id}-snippet`).inputValue())
    }
  }
  finally {
    await context.close()
  }
})

afterAll(async () => {
  // What was measured, by case: the numbers the issue's note quotes.
  const groups = new Map<string, FrameFit[]>()
  for (const m of measured) {
    const group = m.case.replace(/^\S+ /, '').replace(/^\d+ of \d+ /, 'on one page ')
    groups.set(group, [...(groups.get(group) ?? []), m.fit])
  }
  const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`
  for (const [group, fits] of groups)
    process.stdout.write(`embed-hosts: ${group}: ${fits.length} frames, frame ${range(fits.map(f => f.frame))} px, frame − content ${range(fits.map(f => f.frame - f.content))} px, chart grown to fill ${range(fits.map(f => f.grown))} px\n`)
  await server?.close()
  await browser?.close()
  if (work)
    await rm(work, { recursive: true, force: true })
})

/** A context that refuses every request off this machine and records the canvas text of every frame. */
async function hostContext(options: BrowserContextOptions): Promise<{ context: BrowserContext, blocked: string[] }> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options })
  const blocked = await keepLocal(context)
  await context.addInitScript(recordCanvasText)
  return { context, blocked }
}

async function frames(page: Page): Promise<ElementHandle<HTMLIFrameElement>[]> {
  return page.$$('iframe[data-chart-kit]') as Promise<ElementHandle<HTMLIFrameElement>[]>
}

/**
 * Everything "whole" means for one frame: fitted height, no scrollbar, the canvas's text in place. With the loader
 * the frame is the page's own natural height (its chart not stretched to fill a frame left at the snippet's height).
 */
async function expectWhole(handle: ElementHandle<HTMLIFrameElement>, label: string, loader = true): Promise<FrameFit> {
  const frame = await drawnFrame(handle)
  const fit = await settledFrame(handle, frame)
  measured.push({ case: label, fit })
  // Below a pixel: the page reports its height rounded up to whole pixels.
  if (loader)
    expect(fit.grown, `${label}: the chart was stretched by ${fit.grown} px to fill a frame the loader did not fit`).toBeLessThan(1)
  expect(fit.scrollsY, `${label}: scrolls inside its frame (${fit.content} px of content in ${fit.frame} px)`).toBe(false)
  expect(fit.scrollsX, `${label}: scrolls sideways inside its frame`).toBe(false)
  expect(fit.frame - fit.content, `${label}: frame ${fit.frame} px for ${fit.content.toFixed(1)} px of content`).toBeGreaterThanOrEqual(-0.5)
  expect(fit.frame - fit.content, `${label}: frame ${fit.frame} px for ${fit.content.toFixed(1)} px of content`).toBeLessThanOrEqual(MAX_GAP)
  const text = judgeFit(await frame.evaluate(sampleChartText))
  expect(text.problems.map(p => `${p.rule}: "${p.text}" ${p.detail}`), label).toEqual([])
  expect(text.texts, `${label}: text drawn on the canvas`).toBeGreaterThan(5)
  return fit
}

describe('the gallery\'s snippet on plain article pages', () => {
  it('is the iframe with its sandbox and the loader, with a height for each chart and language', () => {
    expect(snippets.size).toBe(ALL.length)
    for (const { id, lang } of ALL) {
      const s = snippet(id, lang)
      expect(s, key(id, lang)).toMatch(new RegExp(`^<iframe src="${id}/${lang === defaultLang() ? '' : `${lang}/`}embed\\.html" title="[^"]+" data-chart-kit="${id}" width="100%" height="\\d+" [^>]*sandbox="${EMBED_SANDBOX}"></iframe>\\n<script>[\\s\\S]+</script>$`))
    }
  })

  for (const width of WIDTHS) {
    it(`shows each chart whole at ${width} px, one chart per page, in every language`, async () => {
      const { context, blocked } = await hostContext({ viewport: { width, height: 900 } })
      try {
        for (const { id, lang } of ALL) {
          const page = await openArticle(context, site(), `article-${id}-${lang}.html`, articleHtml([snippet(id, lang)]))
          const [handle] = await frames(page)
          await expectWhole(handle!, `${key(id, lang)} at ${width} px`)
          await page.close()
        }
        expect(blocked).toEqual([])
      }
      finally {
        await context.close()
      }
    })

    it(`fits several charts on one page at ${width} px, each frame to its own chart`, async () => {
      const { context } = await hostContext({ viewport: { width, height: 900 } })
      try {
        const chosen = [...chartIds().map(id => snippet(id)), snippet('visits-map', 'sq'), snippet('first-crossings', 'sr-Latn')]
        const page = await openArticle(context, site(), `article-all-${width}.html`, articleHtml(chosen))
        const handles = await frames(page)
        expect(handles).toHaveLength(chosen.length)
        for (const [i, handle] of handles.entries()) {
          const fit = await expectWhole(handle, `frame ${i + 1} of ${handles.length} at ${width} px`)
          // Set by the loader from this frame's own page, not left at the snippet's height.
          expect(await handle.evaluate(e => e.style.height), `frame ${i + 1}`).toBe(`${fit.frame}px`)
          expect(fit.frame, `frame ${i + 1}`).toBe(await (await handle.contentFrame())!.evaluate(() => window.chartKitEmbed!.contentHeight()))
        }
      }
      finally {
        await context.close()
      }
    })
  }

  it('keeps each chart whole where the article strips scripts: at 375 px, and on a 320-px phone', async () => {
    for (const width of [375, 320]) {
      const { context } = await hostContext({ viewport: { width, height: 900 } })
      try {
        for (const { id, lang } of ALL) {
          const page = await openArticle(context, site(), `article-noscript-${id}-${lang}.html`, articleHtml([withoutScript(snippet(id, lang))]))
          expect(await page.locator('script').count()).toBe(0)
          const [handle] = await frames(page)
          const fit = await expectWhole(handle!, `${key(id, lang)} without script at ${width} px`, false)
          // The iframe's own height is the page's on a 320-px phone (plus a little): the chart takes what is left.
          expect(fit.frame, key(id, lang)).toBe(Number(await handle!.getAttribute('height')))
          if (width === 320)
            expect(fit.grown, `${key(id, lang)}: the chart grew by ${fit.grown} px to fill the frame`).toBeLessThanOrEqual(MAX_GAP)
          await page.close()
        }
      }
      finally {
        await context.close()
      }
    }
  })
})

/** The page's paper colour as Chromium reports it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

/** The lint's contrast and colour-vision rules on an embed page, and the 3:1 rule for its marks. */
async function darkProblems(frame: Frame): Promise<string[]> {
  const width = await frame.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width)
  const sample = await frame.evaluate(measureSlide, { root: 'main.embed', canvasWidth: width })
  expect(sample.texts.length).toBeGreaterThan(5)
  expect(sample.charts.map(c => c.found)).toEqual([true])
  const problems = checkSlide(0, sample).filter(v => ['contrast', 'chart-contrast', 'series-colour', 'chart-missing'].includes(v.rule)).map(v => `${v.rule} ${v.element}: ${v.measured}, needs ${v.required}`)
  for (const s of sample.charts[0]!.series) {
    if (s.outline || s.fill === '' || s.fill.toUpperCase() === darkPalette.noData.toUpperCase())
      continue
    const contrast = textContrast({ color: s.fill, opacity: 1, backgrounds: [darkPalette.paper] })
    if (contrast < MIN_MARK_CONTRAST)
      problems.push(`mark "${s.label}" ${s.fill}: ${contrast.toFixed(2)}:1 on the page, needs ≥ ${MIN_MARK_CONTRAST}:1`)
  }
  return problems
}

describe('render options in the embed URL', () => {
  it('dark=true, and dark=auto under a dark system setting, give the dark theme, which passes the lint\'s contrast and colour-vision rules', async () => {
    for (const [query, colorScheme] of [['dark=true', 'light'], ['dark=auto', 'dark']] as const) {
      const { context } = await hostContext({ viewport: { width: 375, height: 900 }, colorScheme })
      try {
        for (const id of chartIds()) {
          const page = await openArticle(context, site(), `article-${query}-${id}.html`, articleHtml([withOptions(snippet(id), query)]))
          const [handle] = await frames(page)
          const frame = await drawnFrame(handle!)
          expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), `${id} ${query}`).toBe(rgb(darkPalette.paper))
          expect(await frame.evaluate(() => getComputedStyle(document.body).color), `${id} ${query}`).toBe(rgb(darkPalette.ink))
          // The canvas itself is drawn dark, not only the page around it.
          const corner = await frame.evaluate(() => [...document.querySelector('canvas')!.getContext('2d')!.getImageData(1, 1, 1, 1).data].slice(0, 3))
          expect(`rgb(${corner.join(', ')})`, `${id} ${query}`).toBe(rgb(darkPalette.paper))
          expect(await darkProblems(frame), `${id} ${query}`).toEqual([])
          await expectWhole(handle!, `${id} ${query}`)
          await page.close()
        }
      }
      finally {
        await context.close()
      }
    }
  })

  it('stays light by default (published embeds do not change) and with dark=auto or dark=false under a light setting', async () => {
    for (const [query, colorScheme] of [['', 'dark'], ['dark=false', 'dark'], ['dark=auto', 'light']] as const) {
      const { context } = await hostContext({ viewport: { width: 768, height: 900 }, colorScheme })
      try {
        const page = await openArticle(context, site(), `article-light-${query || 'default'}.html`, articleHtml([query ? withOptions(snippet('harbour-visits'), query) : snippet('harbour-visits')]))
        const frame = await drawnFrame((await frames(page))[0]!)
        expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), query || 'no option').toBe(rgb(palette.paper))
        const corner = await frame.evaluate(() => [...document.querySelector('canvas')!.getContext('2d')!.getImageData(1, 1, 1, 1).data].slice(0, 3))
        expect(`rgb(${corner.join(', ')})`, query || 'no option').toBe(rgb(palette.paper))
      }
      finally {
        await context.close()
      }
    }
  })

  it('plain=true shows no title or subtitle, keeps the chart, its source line and credit, and still fits', async () => {
    const { context } = await hostContext({ viewport: { width: 375, height: 900 } })
    try {
      for (const id of chartIds()) {
        const page = await openArticle(context, site(), `article-plain-${id}.html`, articleHtml([withOptions(snippet(id), 'plain=true')]))
        const [handle] = await frames(page)
        const frame = await drawnFrame(handle!)
        expect(await frame.locator('h1').isVisible(), id).toBe(false)
        expect(await frame.locator('.subtitle').isVisible(), id).toBe(false)
        expect(await frame.locator('canvas').isVisible(), id).toBe(true)
        expect(await frame.locator('.sources summary').textContent(), id).toBe(stringsOf('en').words.source(getChart(id).sourceLine))
        expect(await frame.locator('.meta').textContent(), id).toContain(kitLicence().attribution)
        await expectWhole(handle!, `${id} plain`)
        await page.close()
      }
    }
    finally {
      await context.close()
    }
  })

  it('transparent=true lets the article\'s own background through', async () => {
    const { context } = await hostContext({ viewport: { width: 375, height: 900 } })
    try {
      const page = await openArticle(context, site(), 'article-transparent.html', articleHtml([withOptions(snippet('harbour-visits'), 'transparent=true')], 'body{background:#d8e6c9}'))
      const [handle] = await frames(page)
      const frame = await drawnFrame(handle!)
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgba(0, 0, 0, 0)')
      const box = (await handle!.boundingBox())!
      // A pixel of the frame's top left corner (page padding) and one of the canvas's: both the article's green.
      const canvas = (await frame.locator('canvas').boundingBox())!
      for (const [x, y] of [[box.x + 3, box.y + 3], [canvas.x + 2, canvas.y + 2]] as const) {
        const shot = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }))
        expect([...shot.data.subarray(0, 3)], `${x},${y}`).toEqual([0xD8, 0xE6, 0xC9])
      }
    }
    finally {
      await context.close()
    }
  })
})

describe('what else a newsroom expects, inside the sandboxed frame', () => {
  it('prints light, without the Data button, the sources listed, on one page', async () => {
    const { context } = await hostContext({ viewport: { width: 375, height: 900 } })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}/harbour-visits/embed.html?dark=true`)
      await page.waitForSelector('[data-chart-ready="true"]')
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(rgb(darkPalette.paper))
      await page.emulateMedia({ media: 'print' })
      await page.waitForFunction(paper => getComputedStyle(document.documentElement).backgroundColor === paper, rgb(palette.paper))
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(rgb(palette.ink))
      expect(await page.locator('.toggle').isVisible()).toBe(false)
      expect(await page.locator('.sources li').first().isVisible()).toBe(true)
      // The canvas is drawn again in the light theme for paper.
      await page.waitForFunction(() => {
        const [r, g, b] = document.querySelector('canvas')!.getContext('2d')!.getImageData(2, 2, 1, 1).data
        return r === 255 && g === 255 && b === 255
      })
      const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }))
      expect(pdf.getPageCount()).toBe(1)
      await page.emulateMedia({ media: 'screen' })
      await page.waitForFunction(paper => getComputedStyle(document.documentElement).backgroundColor === paper, rgb(darkPalette.paper))
    }
    finally {
      await context.close()
    }
  })

  it('opens the data table and the sources, refits the frame to them, and downloads every file offered', async () => {
    const { context } = await hostContext({ viewport: { width: 375, height: 900 }, acceptDownloads: true })
    try {
      const page = await openArticle(context, site(), 'article-interactive.html', articleHtml([snippet('visits-map', 'sr-Latn')]))
      // The map, the fixture's chart with the most sources (seven).
      const [handle] = await frames(page)
      const frame = await drawnFrame(handle!)
      const words = stringsOf('sr-Latn').kit.embed
      const before = await settledFrame(handle!, frame)
      await frame.getByRole('button', { name: words.showData }).click()
      expect(await frame.locator('table').isVisible()).toBe(true)
      expect(await frame.locator('tbody tr').count()).toBe(getChart('visits-map', 'sr-Latn').table.rows.length)
      const table = await settledFrame(handle!, frame)
      expect(table.scrollsY).toBe(false)
      await frame.locator('.sources summary').click()
      const opened = await settledFrame(handle!, frame)
      expect(opened.scrollsY, 'sources open').toBe(false)
      // By the whole list: the fixture's seven sources take about 60 px at this width.
      const list = await frame.locator('.sources ul').evaluate(e => e.getBoundingClientRect().height)
      expect(list, 'the sources list').toBeGreaterThan(40)
      expect(opened.frame - table.frame, 'the frame grows with the sources').toBeGreaterThanOrEqual(Math.floor(list))
      expect(opened.frame - opened.content).toBeLessThanOrEqual(MAX_GAP)
      await frame.locator('.sources summary').click()
      await frame.getByRole('button', { name: words.showChart }).click()
      expect((await settledFrame(handle!, frame)).frame).toBe(before.frame)
      const links = await frame.locator('footer a[download]').all()
      expect(links.length).toBe(6)
      for (const link of links) {
        const href = (await link.getAttribute('href'))!
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
        expect(download.suggestedFilename(), href).toBe(href)
        const bytes = await readFile((await download.path())!)
        expect(bytes.equals(await readFile(join(work, 'out', 'charts', 'visits-map', 'sr-Latn', href))), href).toBe(true)
      }
      // The chart is still there: no link replaced it inside the frame.
      expect(await frame.locator('canvas').isVisible()).toBe(true)
    }
    finally {
      await context.close()
    }
  })

  it('gives the page its language, its title, and a footer with credit, licence, data version and the translation notice', async () => {
    const { context } = await hostContext({ viewport: { width: 768, height: 900 } })
    try {
      const version = JSON.parse(await readFile(join(work, 'out', 'charts', 'harbour-visits', 'harbour-visits.json'), 'utf8')).dataVersion as string
      for (const lang of langs()) {
        const strings = stringsOf(lang)
        const chart = getChart('harbour-visits', lang)
        const page = await openArticle(context, site(), `article-lang-${lang}.html`, articleHtml([snippet('harbour-visits', lang)]))
        const [handle] = await frames(page)
        expect(await handle!.getAttribute('title')).toBe(chart.title)
        const frame = await drawnFrame(handle!)
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe(strings.meta.tag)
        expect(await frame.title()).toBe(chart.title)
        const footer = (await frame.locator('footer').textContent())!
        expect(footer).toContain(kitLicence().name)
        expect(footer).toContain(kitLicence().attribution)
        expect(footer).toContain(strings.kit.embed.dataVersion(version))
        if (strings.meta.reviewed)
          expect(footer).not.toContain(strings.kit.notReviewed)
        else
          expect(await frame.getByText(strings.kit.notReviewed).isVisible(), lang).toBe(true)
        await page.close()
      }
    }
    finally {
      await context.close()
    }
  })
})

describe('the loader and the sandbox', () => {
  let other: StaticServer | undefined
  afterAll(async () => other?.close())

  it('takes a height only from the chart\'s own frame, clamps it, and ignores other frames and origins', async () => {
    // A second origin: the same files on another port.
    other = await serveStatic(join(work, 'out', 'charts'), { single: false })
    const { context } = await hostContext({ viewport: { width: 768, height: 900 } })
    try {
      const stranger = `<iframe id="stranger" src="${other.url}/harbour-visits/embed.html" width="300" height="200"></iframe>`
      const page = await openArticle(context, site(), 'article-hostile.html', articleHtml([snippet('first-crossings'), snippet('harbour-visits'), stranger]))
      const [first, second] = await frames(page)
      const firstFrame = await drawnFrame(first!)
      const secondFrame = await drawnFrame(second!)
      const fitted = (await settledFrame(first!, firstFrame)).frame
      const height = (el: ElementHandle<HTMLIFrameElement>) => el.evaluate(e => e.getBoundingClientRect().height)
      const post = (frame: Frame, message: unknown) => frame.evaluate(m => window.parent.postMessage(m, '*'), message)
      const settle = () => page.evaluate(() => new Promise(resolve => setTimeout(resolve, 100)))

      // Another origin claiming to be first-crossings.
      const strangerHandle = (await page.$('#stranger'))!
      // Chromium does not draw a cross-origin frame out of view: it is brought into view first.
      await strangerHandle.scrollIntoViewIfNeeded()
      const strangerFrame = (await strangerHandle.contentFrame())!
      await strangerFrame.waitForSelector('[data-chart-ready="true"]', { state: 'attached' })
      await post(strangerFrame, { type: 'chart-kit:height', chart: 'first-crossings', height: 2000 })
      // Another chart's frame on this origin claiming the same.
      await post(secondFrame, { type: 'chart-kit:height', chart: 'first-crossings', height: 2000 })
      // Its own frame with the wrong chart id, and with heights that are no heights.
      await post(firstFrame, { type: 'chart-kit:height', chart: 'harbour-visits', height: 2000 })
      for (const bad of [Number.NaN, -5, 0, '900'])
        await post(firstFrame, { type: 'chart-kit:height', chart: 'first-crossings', height: bad })
      await settle()
      expect(await height(first!)).toBe(fitted)

      // A broken or hostile page of its own cannot make it a million pixels tall, nor vanish.
      await post(firstFrame, { type: 'chart-kit:height', chart: 'first-crossings', height: 1e6 })
      await page.waitForFunction(max => document.querySelector('iframe')!.getBoundingClientRect().height === max, HEIGHT_LIMITS.max)
      await post(firstFrame, { type: 'chart-kit:height', chart: 'first-crossings', height: 1 })
      await page.waitForFunction(min => document.querySelector('iframe')!.getBoundingClientRect().height === min, HEIGHT_LIMITS.min)
      // And the page's own next report puts it right again.
      await firstFrame.evaluate(() => window.dispatchEvent(new Event('load')))
      await page.waitForFunction(h => document.querySelector('iframe')!.getBoundingClientRect().height === h, fitted)

      // The same frame navigated to another origin is no longer the chart's page, whatever it says.
      await firstFrame.evaluate(url => location.assign(url), `${other.url}/first-crossings/embed.html`)
      await firstFrame.waitForURL(`${other.url}/first-crossings/embed.html`)
      await firstFrame.waitForSelector('[data-chart-ready="true"]', { state: 'attached' })
      await post(firstFrame, { type: 'chart-kit:height', chart: 'first-crossings', height: 2000 })
      await settle()
      expect(await height(first!)).toBe(fitted)
    }
    finally {
      await context.close()
    }
  })

  it('has frames that loaded before a late loader send their height again', async () => {
    const { context } = await hostContext({ viewport: { width: 768, height: 900 } })
    try {
      const s = snippet('visits-map')
      const [iframe, script] = [withoutScript(s), /<script>[\s\S]*<\/script>/.exec(s)![0]]
      const page = await openArticle(context, site(), 'article-late.html', articleHtml([iframe]))
      const [handle] = await frames(page)
      await drawnFrame(handle!)
      const natural = await (await handle!.contentFrame())!.evaluate(() => window.chartKitEmbed!.contentHeight())
      expect(await handle!.evaluate(e => e.getBoundingClientRect().height)).toBe(Number(await handle!.getAttribute('height')))
      await page.evaluate(code => document.body.append(Object.assign(document.createElement('script'), { textContent: code })), script.replace(/^<script>|<\/script>$/g, ''))
      await page.waitForFunction(h => document.querySelector('iframe')!.getBoundingClientRect().height === h, natural)
    }
    finally {
      await context.close()
    }
  })

  it('sandboxes the frame: it cannot navigate the article or open dialogs', async () => {
    const { context } = await hostContext({ viewport: { width: 768, height: 900 } })
    try {
      const page = await openArticle(context, site(), 'article-sandbox.html', articleHtml([snippet('first-crossings')]))
      let dialogs = 0
      page.on('dialog', (d) => {
        dialogs++
        void d.dismiss()
      })
      const [handle] = await frames(page)
      expect(await handle!.getAttribute('sandbox')).toBe(EMBED_SANDBOX)
      const frame = await drawnFrame(handle!)
      const article = page.url()
      await frame.locator('h1').click()
      await frame.evaluate(() => {
        try {
          // The sandbox must refuse dialogs: the frame tries to open one.
          // eslint-disable-next-line no-alert
          window.alert('hello')
        }
        catch {}
        try {
          window.top!.location.href = 'about:blank#taken'
        }
        catch {}
      })
      await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 200)))
      expect(page.url()).toBe(article)
      expect(dialogs).toBe(0)
    }
    finally {
      await context.close()
    }
  })
})

describe('screenshots of an article on a phone', () => {
  it('shows the embed light, and dark with dark=auto under a dark setting (saved to EMBED_SHOTS when given)', async () => {
    const dir = process.env.EMBED_SHOTS ? resolve(ROOT, process.env.EMBED_SHOTS) : join(work, 'shots')
    await mkdir(dir, { recursive: true })
    for (const scheme of ['light', 'dark'] as const) {
      const { context } = await hostContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, colorScheme: scheme })
      try {
        const style = scheme === 'dark' ? 'body{background:#101214;color:#e6e6e6}' : ''
        const s = scheme === 'dark' ? withOptions(snippet('visits-map'), 'dark=auto') : snippet('visits-map')
        const page = await openArticle(context, site(), `article-shot-${scheme}.html`, articleHtml([s], `${style}body{font:17px/1.5 Georgia,serif;margin:0;padding:0 16px}`))
        const [handle] = await frames(page)
        await expectWhole(handle!, `screenshot ${scheme}`)
        // The whole article in the viewport: a full-page capture would make the frame's viewport taller meanwhile.
        await page.setViewportSize({ width: 375, height: await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight)) })
        const fit = await settledFrame(handle!, (await handle!.contentFrame())!)
        const file = join(dir, `embed-375-${scheme}.png`)
        await page.screenshot({ path: file })
        // The picture is what was measured: the whole frame in it, its corner in the theme's paper colour.
        const shot = PNG.sync.read(await readFile(file))
        const box = (await handle!.boundingBox())!
        expect(shot.width).toBe(750)
        expect(shot.height / 2, 'the frame ends inside the picture').toBeGreaterThan(box.y + fit.frame)
        const at = (4 * (Math.round((box.y + 4) * 2) * shot.width + Math.round((box.x + 4) * 2)))
        const paper = scheme === 'dark' ? darkPalette.paper : palette.paper
        expect([...shot.data.subarray(at, at + 3)], scheme).toEqual([1, 3, 5].map(i => Number.parseInt(paper.slice(i, i + 2), 16)))
      }
      finally {
        await context.close()
      }
    }
  })
})
