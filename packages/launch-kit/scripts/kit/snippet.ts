/**
 * The embed code the gallery offers for each chart and language: the iframe, and a loader small enough to read
 * that fits the frame to the height its page reports (embed/height.ts). Both go into the article as pasted; the
 * loader is inline, first-party and asks no server for anything.
 *
 * The loader takes a height only from the frame it belongs to: the message's source must be the iframe's own
 * window, its origin the origin of the iframe's src, and its chart id the iframe's data-chart-kit. It keeps the
 * height between HEIGHT_LIMITS, so a broken or hostile page cannot make its frame vanish or run for a million
 * pixels. One listener serves every frame on the page, however many snippets install it. Where the host strips
 * scripts, the iframe's own height attribute (the page's height at 375 px, measured by the kit) still shows the
 * chart whole on a phone.
 */
import { ASK_MESSAGE, HEIGHT_MESSAGE } from '../../embed/options'
import { escapeHtml } from './html'

/**
 * What the frame may do, and why; everything else a sandbox forbids stays forbidden (navigating the article,
 * forms, dialogs, pointer lock, presentation). The embed page is the kit's, on its own origin, so keeping that
 * origin gives it nothing of the article's.
 */
export const SANDBOX = {
  /** Chart.js draws the chart; the Data button and the height messages are script. */
  'allow-scripts': 'draws the chart, runs the Data button and reports the height',
  /**
   * Keeps the embed page on the kit's origin instead of an opaque one. Without it Chromium refuses the page's
   * fonts (a font is fetched with CORS, and the kit's host need not send CORS headers) and ignores the download
   * attribute (a PNG link then replaces the chart inside the frame). With allow-scripts it would let a page on the
   * article's own origin lift its sandbox: host the kit on another origin (a subdomain will do) to keep the sandbox
   * meaningful.
   */
  'allow-same-origin': 'loads the page\'s fonts and keeps the download links downloads',
  /** Sources and the licence open in a new tab, as ordinary pages (not sandboxed like the frame). */
  'allow-popups': 'opens the sources and the licence in a new tab',
  'allow-popups-to-escape-sandbox': 'lets those tabs be ordinary pages',
  /** The footer's PNG, SVG, CSV and JSON links. */
  'allow-downloads': 'lets the download links work',
} as const

export const EMBED_SANDBOX = Object.keys(SANDBOX).join(' ')

/**
 * The heights the loader accepts, px. The tallest page the kit makes (table and every source open, Serbian, 320 px
 * wide) is about half the maximum.
 */
export const HEIGHT_LIMITS = { min: 120, max: 4000 } as const

/**
 * The loader: ES5 on purpose (it runs in whatever the article's readers run), one line in the snippet. `ask` has
 * frames that loaded before the loader ran (a loader pasted after them) send their height again.
 */
export const LOADER_JS = `(function(w,d){if(w.chartKitLoader)return;w.chartKitLoader=1;`
  + `function frames(){return d.querySelectorAll('iframe[data-chart-kit]')}`
  + `function origin(f){try{return new URL(f.src,d.baseURI).origin}catch(e){return''}}`
  + `w.addEventListener('message',function(e){var m=e.data,f=frames(),i;`
  + `if(!m||m.type!=='${HEIGHT_MESSAGE}'||typeof m.height!=='number'||!(m.height>0))return;`
  + `for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&e.origin===origin(f[i])&&f[i].getAttribute('data-chart-kit')===m.chart)`
  + `f[i].style.height=Math.round(Math.min(Math.max(m.height,${HEIGHT_LIMITS.min}),${HEIGHT_LIMITS.max}))+'px'});`
  + `var f=frames(),i;for(i=0;i<f.length;i++)try{f[i].contentWindow.postMessage('${ASK_MESSAGE}',origin(f[i]))}catch(e){}`
  + `})(window,document);`

export interface SnippetInput {
  id: string
  title: string
  /** The iframe's src: the embed page's URL as the article will reach it. */
  src: string
  /** The height when no script resizes the frame: the page's height at 375 px wide. */
  height: number
}

/** The iframe and the loader, as the gallery offers them for pasting. */
export function embedSnippet(input: SnippetInput): string {
  const iframe = `<iframe src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" data-chart-kit="${escapeHtml(input.id)}" width="100%" height="${Math.round(input.height)}" style="border:0;width:100%;max-width:100%" loading="lazy" sandbox="${EMBED_SANDBOX}"></iframe>`
  return `${iframe}\n<script>${LOADER_JS}</script>`
}
