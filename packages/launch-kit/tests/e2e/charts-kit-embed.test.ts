import type { StaticServer } from 'launch-kit/scripts/browser/server'
/**
 * The chart kit's embed pages and gallery, opened in Chromium with every request off this machine blocked: each
 * draws its chart from its own folder with no console error and shows its table on "Data", stays light unless its
 * URL asks for dark, works as a pasted iframe snippet, carries a Content-Security-Policy Chromium enforces, and
 * shows data strings as text. The kit is written once, with one browser, into a temporary folder (charts-kit.test.ts
 * checks its files; embed-hosts.test.ts pastes the snippets into article pages).
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { darkPalette, palette } from 'launch-kit/charts/theme'
import { findBrowser, keepLocal, launchBrowser } from 'launch-kit/scripts/browser/index'
import { serveStatic } from 'launch-kit/scripts/browser/server'
import { createLog } from 'launch-kit/scripts/core/log'
import { runChartKit } from 'launch-kit/scripts/export/index'
import { EMBED_CSP, embedHtml } from 'launch-kit/scripts/kit/html'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const quiet = createLog('charts', new Writable({ write: (_chunk, _encoding, done) => done() }))

let work: string
let browser: Browser
const outA = () => join(work, 'a')

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map(i => Number.parseInt(colour.slice(i, i + 2), 16)) as [number, number, number]
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'charts-kit-embed-test-'))
  browser = await launchBrowser(findBrowser())
  await runChartKit({ out: outA() }, { browser, log: quiet })
})

afterAll(async () => {
  await browser?.close()
  if (work)
    await rm(work, { recursive: true, force: true })
})

describe('the embed pages and the gallery, in Chromium offline', () => {
  let server: StaticServer
  let context: BrowserContext
  let blocked: string[]

  beforeAll(async () => {
    server = await serveStatic(join(outA(), 'charts'), { single: false })
    // Reduced motion: the embed then draws its final frame at once (the dark-scheme test below animates).
    context = await browser.newContext({ viewport: { width: 900, height: 640 }, reducedMotion: 'reduce' })
    blocked = await keepLocal(context)
  })
  afterAll(async () => {
    await context?.close()
    await server?.close()
  })

  async function open(path: string, ctx = context): Promise<{ page: Page, errors: string[], requests: string[] }> {
    const page = await ctx.newPage()
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        errors.push(`${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', e => errors.push(`uncaught: ${e.message}`))
    page.on('request', r => requests.push(r.url()))
    await page.goto(`${server.url}/${path}`)
    return { page, errors, requests }
  }

  it('draw the chart from their own folder only, with no console error, and show the table on "Data"', async () => {
    for (const chart of chartsIn()) {
      const { page, errors, requests } = await open(`${chart.id}/embed.html`)
      await page.waitForSelector('[data-chart-ready="true"]')
      const box = await page.locator('canvas').boundingBox()
      expect(box?.height, chart.id).toBeGreaterThan(200)
      expect(await page.locator('table').isVisible()).toBe(false)
      await page.getByRole('button', { name: 'Data' }).click()
      expect(await page.locator('table').isVisible()).toBe(true)
      expect(await page.locator('canvas').isVisible()).toBe(false)
      expect(await page.locator('tbody tr').count()).toBe(chart.table.rows.length)
      expect(await page.getByRole('button', { name: 'Chart' }).getAttribute('aria-expanded')).toBe('true')
      expect(errors, chart.id).toEqual([])
      expect(requests.filter(url => !url.startsWith(`${server.url}/${chart.id}/`)), chart.id).toEqual([])
      await page.close()
    }
    expect(blocked).toEqual([])
  })

  it('stay light under a dark colour scheme unless asked, and follow it with dark=auto', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark', viewport: { width: 700, height: 600 } })
    try {
      await keepLocal(dark)
      for (const [query, colour] of [['', palette.paper], ['?dark=auto', darkPalette.paper]] as const) {
        const { page, errors } = await open(`harbour-visits/embed.html${query}`, dark)
        await page.waitForSelector('[data-chart-ready="true"]')
        const [r, g, b] = hex(colour)
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), query).toBe(`rgb(${r}, ${g}, ${b})`)
        const corner = await page.evaluate(() => [...document.querySelector('canvas')!.getContext('2d')!.getImageData(1, 1, 1, 1).data])
        expect(corner, query).toEqual([r, g, b, 255])
        expect(errors, query).toEqual([])
        await page.close()
      }
    }
    finally {
      await dark.close()
    }
  })

  it('work when an iframe snippet from the gallery is pasted into a plain page', async () => {
    const { page: gallery, errors } = await open('index.html')
    expect(await gallery.locator('article.card').count()).toBe(chartsIn().length)
    const snippet = await gallery.locator('#first-crossings-snippet').inputValue()
    expect(snippet).toMatch(/^<iframe src="first-crossings\/embed\.html" title="[^"]+" data-chart-kit="first-crossings" width="100%" height="\d+"/)
    for (const card of await gallery.locator('article.card').all()) {
      for (const href of await card.locator('a[href]').evaluateAll(links => links.map(a => a.getAttribute('href')!)))
        expect(existsSync(join(outA(), 'charts', href)), href).toBe(true)
    }
    expect(errors).toEqual([])
    await gallery.route(`${server.url}/host.html`, route => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Article</title><h1>An article</h1><p>Text before.</p>${snippet}<p>Text after.</p>` }))
    await gallery.goto(`${server.url}/host.html`)
    const frame = gallery.frameLocator('iframe')
    await frame.locator('[data-chart-ready="true"]').waitFor()
    expect(await frame.locator('h1').textContent()).toBe(getChart('first-crossings').title)
    await gallery.close()
  })

  it('carry a Content-Security-Policy that Chromium enforces: no connection, no inline script, nothing remote', async () => {
    for (const path of ['first-crossings/embed.html', 'index.html']) {
      const { page } = await open(path)
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), path).toBe(EMBED_CSP)
      const tried = await page.evaluate(async (sameServer) => {
        const violations: string[] = []
        document.addEventListener('securitypolicyviolation', e => violations.push(e.effectiveDirective))
        const fetched = await fetch(sameServer).then(() => 'loaded', () => 'refused')
        const script = document.createElement('script')
        script.textContent = 'window.__inlineRan = true'
        document.head.append(script)
        const image = new Image()
        await new Promise((resolve) => {
          image.onload = resolve
          image.onerror = resolve
          image.src = 'https://example.org/pixel.png'
        })
        // Violation reports are queued as tasks; two frames let them arrive.
        await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
        return { fetched, inlineRan: (window as { __inlineRan?: boolean }).__inlineRan ?? false, violations: [...new Set(violations)].sort() }
      }, `${server.url}/index.html`)
      expect(tried, path).toEqual({ fetched: 'refused', inlineRan: false, violations: ['connect-src', 'img-src', 'script-src-elem'] })
      await page.close()
    }
    expect(blocked).toEqual([])
  })

  it('show data strings as text, never as markup', async () => {
    const base = getChart('harbour-visits')
    const evil = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">'
    const hostile = { ...base, title: `Visits ${evil}`, table: { ...base.table, rows: base.table.rows.map(r => ({ ...r, label: `${r.label} ${evil}` })) } }
    const page = await context.newPage()
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await page.setContent(embedHtml(hostile, { dataVersion: 'v', downloads: [] }))
    expect(await page.locator('h1').textContent()).toBe(`Visits ${evil}`)
    expect(await page.locator('tbody th').first().textContent()).toBe(`Denmark ${evil}`)
    // embed-options.js and embed.js, nothing from the data.
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2)
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned ?? false)).toBe(false)
    expect(dialogs).toBe(0)
    await page.close()
  })
})
