/**
 * Tells the page that frames the embed how tall the embed's content is, so the host's loader
 * (scripts/kit/snippet.ts) can fit the iframe to it: on load, on resize, once the fonts are in, and whenever the
 * content changes height (the Data table opened, "Sources" unfolded). Only the parent window hears it; the loader
 * checks that the message comes from its own frame.
 */
import type { HeightMessage } from './options'
import { ASK_MESSAGE, HEIGHT_MESSAGE } from './options'

/**
 * The page's natural height: down to the end of its footer and the page's padding under it, less what the chart's
 * box grew by to fill a frame taller than the page (embed.css lets it grow from its --chart-height, so that a frame
 * of fixed height shows no empty band). With the table shown nothing grows, and the frame fits the table.
 */
export function contentHeight(): number {
  const main = document.querySelector<HTMLElement>('main')
  const footer = main?.querySelector<HTMLElement>('footer')
  if (!main || !footer)
    return Math.ceil(document.documentElement.getBoundingClientRect().height)
  const chart = main.querySelector<HTMLElement>('[data-view="chart"]')
  const grown = chart && !chart.hidden ? chart.getBoundingClientRect().height - Number.parseFloat(getComputedStyle(chart).minHeight) : 0
  const end = footer.getBoundingClientRect().bottom + scrollY + Number.parseFloat(getComputedStyle(main).paddingBottom)
  return Math.ceil(end - Math.max(0, grown || 0))
}

export function reportHeight(chart: string, lang: string): void {
  window.chartKitEmbed = { contentHeight }
  if (window.parent === window)
    return
  let sent = -1
  const send = (always = false) => {
    const height = contentHeight()
    if (height === sent && !always)
      return
    sent = height
    const message: HeightMessage = { type: HEIGHT_MESSAGE, chart, lang, height }
    // Any origin: the host's is not known here, and a height is nothing to hide.
    window.parent.postMessage(message, '*')
  }
  send()
  // The root for the frame's width; the page's parts for what changes inside it (the table shown, the sources
  // unfolded), which leaves the root as tall as the frame.
  const observer = new ResizeObserver(() => send())
  for (const part of [document.documentElement, ...document.querySelectorAll('main > *')])
    observer.observe(part)
  addEventListener('resize', () => send())
  addEventListener('load', () => send(true))
  document.fonts.addEventListener('loadingdone', () => send())
  void document.fonts.ready.then(() => send())
  // A loader that starts after this page has loaded asks once for the height it missed.
  addEventListener('message', (event) => {
    if (event.source === window.parent && event.data === ASK_MESSAGE)
      send(true)
  })
}
