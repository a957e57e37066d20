/**
 * How tall each embed page is on a phone: the kit opens every embed.html it writes in Chromium at the phone widths
 * below and measures its content. The gallery's snippet gives the iframe the greatest of them plus FALLBACK_SLACK:
 * the height it keeps where the host strips the loader. In a wider frame the page is shorter and its chart grows to
 * fill the rest (scripts/kit/html.ts), so the frame shows the chart whole on any phone, with no empty band.
 *
 * The page is measured as HTML and CSS alone, its embed.js answered with an empty script: the chart draws inside a
 * box of fixed height, so the script changes nothing in the layout, and leaving it out keeps the measurement to a
 * few milliseconds a page. In a viewport lower than any page the chart's box does not grow, so the root is exactly
 * as tall as the content: the height the page itself reports to the loader (embed/height.ts), which
 * tests/e2e/embed-hosts.test.ts holds the snippet's height to.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { StaticServer } from '../browser/index'
import { fonts } from '../../charts/theme'
import { keepLocal, serveStatic } from '../browser/index'

/**
 * Frame widths on phones, px: a 320-px phone in a plain page (8-px margins) and edge to edge, a 375-px phone in an
 * article with 16-px margins and edge to edge. The narrowest gives the greatest height.
 */
export const PHONE_WIDTHS = [304, 320, 343, 375] as const

/**
 * Added to the measured height, px: room for one more line of footer where another browser's font metrics wrap a
 * line sooner; where there is none, the chart takes it.
 */
export const FALLBACK_SLACK = 20

/** Lower than any embed page, so that nothing in it stretches to the viewport. */
const LOW_VIEWPORT = 120

export interface EmbedMeasurer {
  /** The greatest content height, CSS px, of the embed page at `path` (in the served folder) at PHONE_WIDTHS. */
  height: (path: string) => Promise<number>
  close: () => Promise<void>
}

async function measure(page: Page, url: string, errors: string[]): Promise<number> {
  errors.length = 0
  await page.goto(url, { waitUntil: 'load' })
  const family = fonts.sans
  const loaded = await page.evaluate(async (face) => {
    await document.fonts.ready
    return document.fonts.check(`16px "${face}"`) && document.fonts.check(`700 16px "${face}"`)
  }, family)
  if (!loaded || errors.length > 0)
    throw new Error(`The embed page ${url} did not load whole (its fonts, styles or options script): ${errors.join(' | ') || `font "${family}" missing`}`)
  // The root set to each width in turn stands for a frame that wide: on a phone nothing in embed.css depends on the
  // viewport's own width (the chart's box is at its 360-px floor below 500 px, the narrow padding applies below 480).
  const heights = await page.evaluate((widths) => {
    const root = document.documentElement
    const heights = widths.map((width) => {
      root.style.width = `${width}px`
      return root.getBoundingClientRect().height
    })
    root.style.width = ''
    return heights
  }, [...PHONE_WIDTHS])
  return Math.ceil(Math.max(...heights))
}

/** Serves `dir` (the staged charts folder) on 127.0.0.1 and opens one page to measure its embed pages in. */
export async function openEmbedMeasurer(browser: Browser, dir: string): Promise<EmbedMeasurer> {
  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  try {
    server = await serveStatic(dir, { single: false })
    context = await browser.newContext({ viewport: { width: PHONE_WIDTHS[0], height: LOW_VIEWPORT }, deviceScaleFactor: 1 })
    await keepLocal(context)
    await context.route('**/embed.js', route => route.fulfill({ contentType: 'text/javascript', body: '' }))
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(message.text())
    })
    const opened = { server, context }
    return {
      height: path => measure(page, `${opened.server.url}/${path}`, errors),
      close: async () => {
        await opened.context.close()
        await opened.server.close()
      },
    }
  }
  catch (error) {
    await context?.close()
    await server?.close()
    throw error
  }
}
