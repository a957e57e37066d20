/**
 * Article pages for the embed tests: plain HTML pages that hold gallery snippets as a newsroom pastes them, served
 * by the kit's own server (the snippets' src is relative to the gallery, so the pages sit beside it), and what a
 * test measures of each frame in them: its height against the content of the page inside it.
 */
import type { BrowserContext, ElementHandle, Frame, Page } from 'playwright-chromium'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A plain article page: a heading, text, the snippets as given, text after. */
export function articleHtml(snippets: readonly string[], style = ''): string {
  const body = snippets.map((s, i) => `<p>Paragraph ${i + 1} of the article, before the chart.</p>\n${s}`).join('\n')
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title>${style ? `<style>${style}</style>` : ''}</head>
<body>
<h1>An article with charts</h1>
${body}
<p>The last paragraph of the article.</p>
</body>
</html>
`
}

/** The snippet without its <script> element: what a CMS that strips scripts keeps. */
export function withoutScript(snippet: string): string {
  return snippet.replace(/<script>[\s\S]*?<\/script>/g, '')
}

/** The snippet with render options added to its iframe's src (…/embed.html?dark=true). */
export function withOptions(snippet: string, query: string): string {
  return snippet.replace(/(src="[^"]*embed\.html)"/, `$1?${query}"`)
}

/**
 * Writes `html` as `name` into `dir`, the folder the kit's server serves (beside the gallery, where the snippets'
 * relative src work), and opens it from `base`. A real file rather than a routed response: Chromium treats a
 * response Playwright makes up as coming from no address at all, and its local-network checks then refuse to frame
 * a page of another local origin in it.
 */
export async function openArticle(context: BrowserContext, where: { dir: string, base: string }, name: string, html: string): Promise<Page> {
  await writeFile(join(where.dir, name), html)
  const page = await context.newPage()
  await page.goto(`${where.base}/${name}`)
  return page
}

export interface FrameFit {
  id: string
  /** The iframe's height on the article page, CSS px. */
  frame: number
  /** Where the embed page's content ends: its footer's bottom and the page's padding under it. */
  content: number
  /** Scrollbars inside the frame: content taller or wider than the frame. */
  scrollsY: boolean
  scrollsX: boolean
  width: number
  /** How much taller than its natural height the chart's box was drawn, filling a frame taller than the page, px. */
  grown: number
}

/** Scrolls the frame into view (the snippet loads lazily) and waits until its chart is drawn. */
export async function drawnFrame(handle: ElementHandle<HTMLIFrameElement>): Promise<Frame> {
  await handle.scrollIntoViewIfNeeded()
  let frame = await handle.contentFrame()
  // A lazy frame gets its document once it is near the viewport.
  for (let tries = 0; !frame || frame.url() === 'about:blank'; tries++) {
    if (tries > 200)
      throw new Error('the iframe never loaded its embed page')
    await handle.evaluate(() => new Promise(resolve => requestAnimationFrame(resolve)))
    frame = await handle.contentFrame()
  }
  await frame.waitForSelector('[data-chart-ready="true"]', { state: 'attached' })
  await frame.evaluate(() => document.fonts.ready)
  return frame
}

/** The frame's height and its content's, read once. */
export async function measureFrame(handle: ElementHandle<HTMLIFrameElement>, frame: Frame): Promise<FrameFit> {
  const box = await handle.evaluate(el => el.getBoundingClientRect())
  const inner = await frame.evaluate(() => {
    const root = document.documentElement
    const main = document.querySelector('main')!
    const footer = main.querySelector('footer')!
    const content = footer.getBoundingClientRect().bottom + scrollY + Number.parseFloat(getComputedStyle(main).paddingBottom)
    const chart = main.querySelector<HTMLElement>('[data-view="chart"]')!
    const grown = chart.hidden ? 0 : chart.getBoundingClientRect().height - Number.parseFloat(getComputedStyle(chart).minHeight)
    return { content, grown, scrollsY: root.scrollHeight > root.clientHeight, scrollsX: root.scrollWidth > root.clientWidth, id: main.dataset.chartId ?? '' }
  })
  return { id: inner.id, frame: box.height, content: inner.content, scrollsY: inner.scrollsY, scrollsX: inner.scrollsX, width: box.width, grown: inner.grown }
}

/**
 * Measures the frame once its height has settled: the loader sets it from the page's messages, so two readings a
 * few frames apart must agree (a frame whose height never settles fails on the caller's test timeout).
 */
export async function settledFrame(handle: ElementHandle<HTMLIFrameElement>, frame: Frame): Promise<FrameFit> {
  let last = await measureFrame(handle, frame)
  for (;;) {
    await frame.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))))
    const now = await measureFrame(handle, frame)
    if (now.frame === last.frame && Math.abs(now.content - last.content) < 0.5)
      return now
    last = now
  }
}
