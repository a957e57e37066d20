/**
 * embed.html and embed.css for one chart: a page made to sit in an <iframe>, which the kit writes with its own
 * copies of the script (embed.js) and fonts, so it asks nothing of any other folder or server.
 *
 * Everything from data is HTML-escaped where it is written, although the data schema already refuses markup.
 * The Content-Security-Policy allows scripts, styles and fonts from the page's own origin only and no connections;
 * frame-ancestors cannot be set from a <meta> tag (browsers ignore it there), so who may frame the page is left to
 * the host's headers.
 */
import type { ChartDefinition, DataTable } from '../../charts/types'
import { stringsOf } from '../../charts/i18n/languages'
import { darkPalette, palette } from '../../charts/theme'
import { fontCssForFolder } from './fonts'
import { kitLicence } from './licence'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** Text for HTML element content and (quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, ch => ESCAPES[ch]!)
}

export const EMBED_CSP = [
  'default-src \'none\'',
  'script-src \'self\'',
  'style-src \'self\'',
  'img-src \'self\' data:',
  'font-src \'self\'',
  'connect-src \'none\'',
  'base-uri \'none\'',
  'form-action \'none\'',
].join('; ')

/**
 * The start of every kit page up to its <title>: charset, viewport, the CSP, no referrer, and the colour schemes
 * the page offers (the gallery follows the reader's; an embed page sets its own in embed.css, light unless its URL
 * asks otherwise).
 */
export function pageHead(title: string, colorScheme: string | null = 'light dark'): string {
  return `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}">${colorScheme ? `\n<meta name="color-scheme" content="${colorScheme}">` : ''}
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>`
}

/** The chart's table: a caption (for screen readers; the page title shows it), column headers with units, one header cell per row. */
export function tableHtml(table: DataTable, caption: string): string {
  const unit = (u?: string) => (u && u !== 'date' && u !== 'level' ? ` <span class="unit">(${escapeHtml(u)})</span>` : '')
  const head = table.columns.map(c => `<th scope="col">${escapeHtml(c.label)}${unit(c.unit)}</th>`).join('')
  const body = table.rows.map(r => `<tr><th scope="row">${escapeHtml(r.label)}</th>${r.cells.map(c => `<td data-status="${escapeHtml(c.status)}">${escapeHtml(c.text)}</td>`).join('')}</tr>`).join('\n')
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`
}

function sourcesHtml(chart: ChartDefinition): string {
  const links = chart.sources.map(s => `<li><a href="${escapeHtml(s.url)}" target="_blank" rel="noopener">${escapeHtml(s.publisher)}</a>: ${escapeHtml(s.title)}</li>`).join('\n')
  return `<details class="sources"><summary>${escapeHtml(stringsOf(chart.lang).words.source(chart.sourceLine))}</summary>\n<ul>\n${links}\n</ul>\n</details>`
}

export interface EmbedPageOptions {
  dataVersion: string
  /** Files offered for download from the footer, relative to the page. */
  downloads: { path: string, label: string }[]
  /** Where the page finds embed.js, embed.css and fonts/, relative to it: '' beside it, '../' for a translation's subfolder. */
  assets?: string
}

export function embedHtml(chart: ChartDefinition, options: EmbedPageOptions): string {
  const strings = stringsOf(chart.lang)
  const licence = kitLicence()
  const words = strings.kit.embed
  const assets = escapeHtml(options.assets ?? '')
  const id = escapeHtml(chart.id)
  const notes = chart.notes.map(n => `<p class="note">${escapeHtml(strings.words.note(n))}</p>`).join('\n')
  const notice = chart.reviewed ? '' : `\n<p class="translation">${escapeHtml(strings.kit.notReviewed)}</p>`
  const downloads = options.downloads.map(d => `<a href="${escapeHtml(d.path)}" download>${escapeHtml(d.label)}</a>`).join(' · ')
  return `<!doctype html>
<html lang="${escapeHtml(strings.meta.tag)}">
<head>
${pageHead(chart.title, null)}
<script src="${assets}embed-options.js"></script>
<link rel="stylesheet" href="${assets}embed.css">
<script src="${assets}embed.js" defer></script>
</head>
<body>
<main class="embed" data-chart-id="${id}" data-chart-lang="${escapeHtml(chart.lang)}" data-chart-ready="false">
<header>
<h1>${escapeHtml(chart.title)}</h1>
<p class="subtitle">${escapeHtml(chart.subtitle)}</p>
<button type="button" class="toggle" data-toggle data-show-data="${escapeHtml(words.showData)}" data-show-chart="${escapeHtml(words.showChart)}" aria-controls="${id}-table" aria-expanded="false">${escapeHtml(words.showData)}</button>
</header>
<figure class="chart" data-view="chart">
<div class="canvas-box"><canvas role="img" aria-label="${escapeHtml(chart.altText)}"><p>${escapeHtml(chart.altText)}</p></canvas></div>
</figure>
<section class="table" id="${id}-table" data-view="table" aria-label="${escapeHtml(words.dataRegion)}" hidden>
${tableHtml(chart.table, chart.title)}
</section>
<footer>
${sourcesHtml(chart)}
${notes}${notice}
<p class="meta"><a href="${licence.url}" target="_blank" rel="noopener license">${licence.name}</a> ${escapeHtml(licence.attribution)}. ${escapeHtml(words.dataSeeSources)} ${escapeHtml(words.dataVersion(options.dataVersion))} ${escapeHtml(words.download)} ${downloads}</p>
</footer>
</main>
</body>
</html>
`
}

function colourVariables(colours: Record<'paper' | 'ink' | 'inkMuted' | 'grid' | 'accent' | 'blue', string>): string {
  return `--paper:${colours.paper};--ink:${colours.ink};--ink-muted:${colours.inkMuted};--grid:${colours.grid};--accent:${colours.accent};--link:${colours.blue}`
}

/** Height of the chart's box by frame width: 360 px on a phone, growing with the column to 520 px. */
export const CHART_BOX_HEIGHT = 'clamp(360px, 40vw + 160px, 520px)'

/**
 * The page's styles: the theme's typeface from ./fonts; light colours unless the root element says otherwise
 * (data-scheme="dark", or "auto" with a dark system setting; set from the URL by embed/head.ts), no title for
 * data-plain, no page background for data-transparent; light and without the Data button on paper.
 *
 * Height: the chart's box is CHART_BOX_HEIGHT tall, and grows when the frame is taller than the page, so the page
 * fills its frame with no empty band under the footer (whose last margin stays inside it: flow-root). Its natural
 * height (the box at CHART_BOX_HEIGHT, without the growth) is what embed/height.ts reports to the loader, which sets
 * the frame to it; without the loader the frame keeps its height attribute, measured for a phone
 * (scripts/kit/embed-height.ts), and the chart takes what is left.
 *
 * color-scheme is declared on the root with the colours: Chromium draws a frame whose scheme differs from its host
 * element's on an opaque backdrop, so a transparent embed declares the scheme it is drawn in.
 */
export function embedCss(fontFamily: string): string {
  const light = `${colourVariables(palette)};color-scheme:light`
  const dark = `${colourVariables(darkPalette)};color-scheme:dark`
  return `${fontCssForFolder('fonts')}
:root{${light};--page:var(--paper);--chart-height:${CHART_BOX_HEIGHT}}
:root[data-scheme=dark]{${dark}}
@media (prefers-color-scheme: dark){:root[data-scheme=auto]{${dark}}}
:root[data-transparent]{--page:transparent}
*{box-sizing:border-box}
html{background:var(--page)}
body{margin:0;color:var(--ink);font:16px/1.4 ${fontFamily};overflow-wrap:break-word}
.embed{display:flex;flex-direction:column;min-height:100vh;padding:12px 16px}
header{display:grid;grid-template-columns:1fr auto;column-gap:12px;align-items:start}
h1{grid-column:1;margin:0;font-size:1.25rem;line-height:1.25}
.subtitle{grid-column:1;margin:.2rem 0 .6rem;color:var(--ink-muted)}
.toggle{grid-column:2;grid-row:1/span 2;font:inherit;font-weight:700;color:var(--ink);background:transparent;border:2px solid var(--ink-muted);border-radius:6px;padding:.3rem .8rem;cursor:pointer}
.toggle:hover,.toggle:focus-visible{border-color:var(--accent);outline:none}
.toggle:focus-visible{box-shadow:0 0 0 3px var(--accent)}
:root[data-plain] h1,:root[data-plain] .subtitle{display:none}
:root[data-plain] header{margin-bottom:.4rem}
.chart{position:relative;flex:1 0 auto;margin:0;min-height:var(--chart-height)}
@media (max-width:480px){.embed{padding:10px}}
.chart[hidden],.table[hidden]{display:none}
.canvas-box{position:absolute;inset:0}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
caption{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--grid);vertical-align:top}
thead th{border-bottom:2px solid var(--ink-muted)}
.unit{font-weight:400;color:var(--ink-muted)}
footer{display:flow-root;font-size:.8rem;color:var(--ink-muted);margin-top:.5rem}
footer p{margin:.2rem 0}
.translation{font-style:italic}
.sources summary{cursor:pointer}
.sources ul{margin:.3rem 0;padding-left:1.2rem}
a{color:var(--link)}
@media print{
:root[data-scheme]{${light};--page:#fff}
.embed{min-height:0}
.toggle{display:none}
.chart,.table,footer{break-inside:avoid}
canvas{max-width:100%;height:auto !important}
.sources::details-content{content-visibility:visible;display:block}
a{color:var(--ink)}
}
`
}
