/**
 * The handout as one HTML document (A4 portrait), built in Node from the deck, the chart registry and data/:
 * a cover, then one section per slide starting on a new page (the slide itself, speaker notes, and for chart slides
 * the chart's data table, description, notes and sources), then every source with its link.
 *
 * The slide is the slide's own DOM from the print page (handout/snapshot.ts), scaled to the text width inside a
 * declarative shadow root that holds the deck's stylesheets: the deck's CSS styles the slide and nothing else, the
 * handout's CSS never reaches into it, and the printed PDF has the slide's words as text, its charts as vectors
 * and its headings, lists and quotes as tags.
 *
 * Every string from the deck or the data goes through escapeHtml, so markup in them shows as text. The slide's
 * HTML is the deck's own rendering, placed as it is.
 */
import type { ChartDefinition, TableColumn } from '../../charts/types'
import type { LaunchEvent } from '../../data/event.schema'
import type { Source } from '../../data/schema'
import type { DeckStyles } from './snapshot'
import { formatDate } from '../../charts/format'
import { stringsOf } from '../../charts/i18n/languages'
import { fonts, palette } from '../../charts/theme'

export interface HandoutSlide {
  no: number
  title: string
  layout: string
  notes: string
  minutes: number
  /** The slide's DOM as the print page rendered it (handout/snapshot.ts). */
  html: string
  charts: readonly ChartDefinition[]
}

/** The mm of A4 width between the handout's left and right margins: the slides are scaled to it. */
export const TEXT_WIDTH_MM = 210 - 16 - 16
const PX_PER_MM = 96 / 25.4

export interface HandoutInput {
  event: LaunchEvent
  slides: readonly HandoutSlide[]
  sources: readonly Source[]
  dataVersion: string
  /** @font-face rules for the bundled fonts, with their files inlined. */
  fontCss: string
  /** The deck's stylesheets and inherited properties, for the slides. */
  deck: DeckStyles
  /** The slide box in CSS px. */
  slideSize: { width: number, height: number }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** Text → HTML text or attribute value. Five replacements; not worth a dependency. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ENTITIES[c]!)
}

/** The line that opens each slide's section; the verification looks for it on the section's first page. */
export function slideMarker(no: number, total: number): string {
  return `Slide ${no} of ${total}`
}

export const SOURCES_HEADING = 'All sources'

export function slideHeading(slide: Pick<HandoutSlide, 'title' | 'layout'>): string {
  return slide.title || (slide.layout === 'end' ? 'Closing slide' : 'Untitled slide')
}

/** Speaker notes are Markdown-ish plain text: blank lines separate paragraphs, single line breaks are spaces. */
export function noteParagraphs(notes: string): string[] {
  return notes.split(/\n\s*\n/).map(p => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

/** "Price (CFA francs)"; dates and levels name no unit, as on the slides' fallback table (components/DataTable.vue). */
export function columnHeading(column: TableColumn): string {
  return column.unit && column.unit !== 'date' && column.unit !== 'level' ? `${column.label} (${column.unit})` : column.label
}

export function authorLine(event: LaunchEvent): string {
  return event.report.authors.map(a => (a.honorific ? `${a.honorific} ${a.name}` : a.name)).join(' · ')
}

function link(url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
}

function sourceItem(source: Source): string {
  return `<li><span class="publisher">${escapeHtml(source.publisher)}</span>: ${escapeHtml(source.title)}<br>${link(source.url)}</li>`
}

function chartSection(chart: ChartDefinition): string {
  const head = chart.table.columns.map(c => `<th scope="col">${escapeHtml(columnHeading(c))}</th>`).join('')
  const rows = chart.table.rows.map(r => `<tr><th scope="row">${escapeHtml(r.label)}</th>${r.cells.map(c => `<td>${escapeHtml(c.text)}</td>`).join('')}</tr>`).join('\n')
  // The chart's words are in the deck's chart language (charts/i18n/deck.ts); the handout's own headings stay as written.
  return `<section class="chart" data-chart="${escapeHtml(chart.id)}" lang="${escapeHtml(stringsOf(chart.lang).meta.tag)}">
<h3>Chart data: ${escapeHtml(chart.title)}</h3>
<p class="subtitle">${escapeHtml(chart.subtitle)}</p>
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table>
<h4>Description</h4>
<p>${escapeHtml(chart.altText)}</p>
${chart.notes.length > 0 ? `<h4>Notes</h4>\n<ul>${chart.notes.map(n => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
<h4>Sources</h4>
<ol class="sources">${chart.sources.map(sourceItem).join('\n')}</ol>
</section>`
}

/** The rules that fit a slide into its frame, in each slide's shadow root. */
export function slideFit(deck: DeckStyles, size: { width: number, height: number }): string {
  const zoom = (TEXT_WIDTH_MM * PX_PER_MM) / size.width
  // The print page breaks the paper after every slide and the deck's :root variables do not reach a shadow tree:
  // the host carries them (hostStyle), and the slide is laid out at its own size and zoomed to the text width.
  // Zoom, not a scale transform: Chromium leaves a transformed subtree out of the PDF's tag tree (its text stays,
  // its headings, lists and quotes lose their tags).
  return `<style>:host { display: block; } .deck-host { ${deck.hostStyle}; width: ${size.width}px; height: ${size.height}px; zoom: ${zoom.toFixed(6)}; }
.print-slide-container { break-after: auto !important; break-before: auto !important; }</style>`
}

/**
 * The deck's stylesheets, built once in the page and adopted by every slide's shadow root: 23 slides share one
 * parsed copy (linking them in each root cost a request and a parse per slide and held the page's load for seconds).
 */
export function adoptDeckCss(deck: DeckStyles): string {
  const json = JSON.stringify(deck.css).replace(/</g, '\\u003c')
  return `<script>
(() => {
  const sheets = ${json}.map(text => { const sheet = new CSSStyleSheet(); sheet.replaceSync(text); return sheet })
  for (const frame of document.querySelectorAll('[data-slide-frame]'))
    frame.shadowRoot.adoptedStyleSheets = sheets
})()
</script>`
}

function slideFrame(slide: HandoutSlide, fit: string): string {
  return `<div class="slide-frame" data-slide-frame="${slide.no}"><template shadowrootmode="open">${fit}<div class="deck-host">${slide.html}</div></template></div>`
}

function slideSection(slide: HandoutSlide, total: number, fit: string): string {
  const notes = noteParagraphs(slide.notes)
  return `<section class="slide" data-slide="${slide.no}">
<p class="marker">${escapeHtml(slideMarker(slide.no, total))}${slide.minutes ? ` · ${slide.minutes} min` : ''}</p>
<h2>${escapeHtml(slideHeading(slide))}</h2>
${slideFrame(slide, fit)}
<h3>Speaker notes</h3>
${notes.length > 0 ? notes.map(p => `<p>${escapeHtml(p)}</p>`).join('\n') : '<p class="muted">No notes for this slide.</p>'}
${slide.charts.map(chartSection).join('\n')}
</section>`
}

function cover(input: HandoutInput): string {
  const { report, launch, plan } = input.event
  const charts = input.slides.reduce((n, s) => n + s.charts.length, 0)
  const also = report.alsoListed?.length ? `; also listed by ${report.alsoListed.map(escapeHtml).join(', ')}` : ''
  const supported = report.supportedBy?.length ? `\n<dt>Supported by</dt><dd>${report.supportedBy.map(escapeHtml).join(', ')}</dd>` : ''
  return `<section class="cover">
<p class="kicker">Handout · ${escapeHtml(launch.format)} on ${escapeHtml(launch.platform)}</p>
<h1>${escapeHtml(report.title)}</h1>
<p class="authors">${escapeHtml(authorLine(input.event))}</p>
<dl>
<dt>Published by</dt><dd>${escapeHtml(report.publisher)}${also}</dd>${supported}
<dt>Launch</dt><dd>${escapeHtml(launch.dateText)} · ${escapeHtml(launch.format)} on ${escapeHtml(launch.platform)}</dd>
<dt>Report</dt><dd>${link(report.url)}</dd>
</dl>
<p>This handout holds the ${input.slides.length} slides with the speakers' notes; for each of the ${charts} charts, its data,
a description and its sources; and at the end all ${input.sources.length} sources, with links.</p>
<p class="muted">Figures as reviewed on ${escapeHtml(formatDate(plan.dataReviewed, 'long'))} · data version ${escapeHtml(input.dataVersion)}.
A “≥” marks a lower bound; “not known” means no source was found, not zero.</p>
</section>`
}

function styles(fontCss: string, size: { width: number, height: number }): string {
  return `${fontCss}
html { font-family: ${fonts.stack}; color: ${palette.ink}; font-size: 10.5pt; line-height: 1.4; }
body { margin: 0; }
h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 10pt; }
h2 { font-size: 15pt; line-height: 1.2; margin: 0 0 8pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt; }
p { margin: 0 0 6pt; }
a { color: ${palette.blue}; overflow-wrap: anywhere; }
.cover { break-after: page; padding-top: 40mm; }
.kicker, .marker { font-size: 9pt; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: ${palette.inkMuted}; margin-bottom: 4pt; }
.authors { font-size: 14pt; margin-bottom: 18pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4pt 12pt; margin: 0 0 18pt; }
dt { font-weight: 700; }
dd { margin: 0; }
.muted { color: ${palette.inkMuted}; }
.slide { break-before: page; }
.slide-frame { display: block; width: ${TEXT_WIDTH_MM}mm; height: ${((TEXT_WIDTH_MM * size.height) / size.width).toFixed(3)}mm; overflow: hidden; outline: 0.5pt solid ${palette.grid}; margin: 2pt 0 6pt; break-inside: avoid; }
.subtitle { color: ${palette.inkMuted}; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 4pt 0 6pt; }
th, td { text-align: left; padding: 2pt 6pt 2pt 0; border-bottom: 0.5pt solid ${palette.grid}; vertical-align: top; }
thead th { border-bottom: 1pt solid ${palette.ink}; }
tr { break-inside: avoid; }
ol.sources, ul { padding-left: 16pt; margin: 0 0 6pt; }
ol.sources li, ul li { margin-bottom: 3pt; break-inside: avoid; }
.publisher { font-weight: 700; }
.all-sources { break-before: page; }`
}

export function handoutHtml(input: HandoutInput): string {
  const total = input.slides.length
  const fit = slideFit(input.deck, input.slideSize)
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(input.event.report.title)} (handout)</title>
<style>${styles(input.fontCss, input.slideSize)}</style>
</head><body>
${cover(input)}
${input.slides.map(s => slideSection(s, total, fit)).join('\n')}
<section class="all-sources">
<h2>${SOURCES_HEADING}</h2>
<p>Every source behind the charts and figures in this presentation, once each.</p>
<ol class="sources">${input.sources.map(sourceItem).join('\n')}</ol>
</section>
${adoptDeckCss(input.deck)}
</body></html>`
}

/** Page numbers in the PDF footer (Chromium fills in pageNumber and totalPages). */
export function handoutFooter(event: LaunchEvent): string {
  return `<div style="width:100%;margin:0 16mm;font-size:8pt;color:${palette.inkMuted};font-family:${escapeHtml(fonts.stack)};display:flex;justify-content:space-between;">
<span>${escapeHtml(event.report.shortTitle)} · Handout</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}
