/**
 * The slides as the handout lays them out: each slide's DOM, taken from the deck's print page once every chart is
 * drawn (charts are SVG there: components/ChartCanvas.vue), with the deck's stylesheets and the CSS variables the
 * slides inherit. The handout places each one in a shadow root (handout/html.ts), so the handout's PDF carries the
 * slide itself — text, vector charts, tags — and not a picture of it.
 *
 * What else is read from the page, for the checks: each slide's headings, list items and quotes in document
 * order, which the PDFs must hold as tagged text in that order (pdf/verify.ts).
 */
import type { Page } from 'playwright-chromium'
import type { SlideBlock } from '../pdf/index'

export interface SlideSnapshot {
  no: number
  /** The slide's .print-slide-container, as HTML (headings carry aria-level two below the handout's own). */
  html: string
  /** Headings, list items and quotes, in document order. */
  blocks: SlideBlock[]
  /** Raster images the slide shows on purpose (<img> other than SVG); the handout page may hold that many. */
  images: number
}

export interface DeckStyles {
  /**
   * The rules of each of the deck's stylesheets as the print page has them (linked and inline alike; @page and
   * @import left out). The handout builds each sheet once and every slide's shadow root adopts them.
   */
  css: string[]
  /** Declarations (custom properties, inherited text properties) the slides inherit from the print page. */
  hostStyle: string
}

/** Text properties a slide inherits from the page around it; custom properties are taken as well. */
const INHERITED = ['color', 'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing', 'text-rendering', 'font-feature-settings', 'font-variation-settings', 'text-transform', 'white-space', 'direction', 'tab-size', '-webkit-font-smoothing']

/** How many heading levels the slides' headings move down in the handout (the slide's h1 under its h2 section). */
export const HEADING_SHIFT = 2

/**
 * Snapshots the slides on the print page (all of them, or the range it shows). Canvases, which carry no pixels in
 * HTML, become images of their pixels; the deck draws none in print, but a slide component might.
 */
export async function snapshotSlides(page: Page): Promise<SlideSnapshot[]> {
  // One evaluate; no named inner functions (tsx would wrap them in a helper the page does not have).
  return page.evaluate((shift) => {
    return [...document.querySelectorAll<HTMLElement>('.print-slide-container')].map((container) => {
      const clone = container.cloneNode(true) as HTMLElement
      const canvases = [...container.querySelectorAll('canvas')]
      clone.querySelectorAll('canvas').forEach((copy, i) => {
        const img = document.createElement('img')
        img.src = canvases[i]!.toDataURL('image/png')
        img.alt = canvases[i]!.getAttribute('aria-label') ?? ''
        img.setAttribute('style', copy.getAttribute('style') ?? '')
        img.className = copy.className
        copy.replaceWith(img)
      })
      clone.querySelectorAll('.chart-ready').forEach(e => e.remove())
      clone.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(h => h.setAttribute('aria-level', String(Math.min(6, Number(h.tagName[1]) + shift))))
      const blocks = [...container.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, li, blockquote')]
        .filter(e => e.closest('[aria-hidden="true"]') === null && e.innerText.trim() !== '')
        .map(e => ({ kind: e.tagName === 'LI' ? 'item' as const : e.tagName === 'BLOCKQUOTE' ? 'quote' as const : 'heading' as const, text: e.innerText.replace(/\s+/g, ' ').trim() }))
      const images = [...container.querySelectorAll('img')].filter(i => !/\.svg(?:\?|$)|^data:image\/svg/.test(i.getAttribute('src') ?? '')).length + canvases.length
      return { no: Number(container.querySelector('[data-slidev-no]')?.getAttribute('data-slidev-no') ?? 0), html: clone.outerHTML, blocks, images }
    })
  }, HEADING_SHIFT)
}

/** The deck's stylesheets and what the slides inherit, read once from the print page. */
export async function deckStyles(page: Page): Promise<DeckStyles> {
  return page.evaluate((inherited) => {
    // @page rules size the print page's paper (the handout has its own); constructed sheets refuse @import.
    const css = [...document.styleSheets].map(sheet => [...sheet.cssRules].filter(r => !(r instanceof CSSPageRule) && !(r instanceof CSSImportRule)).map(r => r.cssText).join('\n'))
    const around = document.querySelector('.print-slide-container')?.parentElement ?? document.body
    const style = getComputedStyle(around)
    const names = [...style].filter(name => name.startsWith('--')).concat(inherited)
    const hostStyle = names.map(name => `${name}: ${style.getPropertyValue(name).trim()}`).filter(d => !d.endsWith(': ')).join('; ')
    return { css, hostStyle }
  }, INHERITED)
}
