/**
 * The run of show as one HTML page (A4 portrait) for the moderator and the Zoom host: when the session starts and
 * ends, the panel, then a table with one row per block — its clock time in the event's time zone and in UTC (or
 * +h:mm from the start while no start is set), who speaks, its slides with their titles, its minutes and the running
 * total — the Q&A marked. The report's link (to paste into the chat) and the slides' QR code sit at the top.
 *
 * Every string from the deck or the data goes through escapeHtml, so markup in them shows as text.
 */
import type { LaunchEvent } from '../../data/event.schema'
import type { ClockTime, RunBlock, RunOfShow } from './blocks'
import { fonts, palette } from '../../charts/theme'
import { qrSvg } from '../../live/qr'
import { escapeHtml } from '../core/index'
import { blockWho, clockAt, minutesText, slideRange } from './blocks'

export const RUN_OF_SHOW_HEADING = 'Run of show'

/** Above this many slides a block lists its first and last titles only, so the page count stays at one or two. */
const LISTED_SLIDES = 40

export interface RunOfShowInput {
  event: LaunchEvent
  show: RunOfShow
  /** @font-face rules for the bundled font, with its files inlined. */
  fontCss: string
}

/** What the run of show says when data/event.ts sets no start: the reader must know the times are not clock times. */
export const NO_START_NOTE = 'No start time is set yet (plan.start in data/event.ts): every time below counts from the start of the session, +0:00.'

/** "16:12 CEST (14:12 UTC)", or "+0:12" without a start. */
export function timeText(time: ClockTime): string {
  return time.local ? `${time.local} ${time.zone} (${time.utc} UTC)` : time.relative
}

function timeCells(time: ClockTime, withStart: boolean): string {
  return withStart
    ? `<td class="time">${escapeHtml(time.local!)}</td><td class="time utc">${escapeHtml(time.utc!)}</td>`
    : `<td class="time">${escapeHtml(time.relative)}</td>`
}

function slideList(block: RunBlock, all: number): string {
  const slides = all > LISTED_SLIDES && block.slides.length > 2 ? [block.slides[0]!, block.slides.at(-1)!] : block.slides
  const items = slides.map(s => `<li><span class="no">${s.no}</span><span>${escapeHtml(s.title || 'Untitled slide')}</span><span class="min">${escapeHtml(minutesText(s.minutes))}</span></li>`)
  if (slides.length < block.slides.length)
    items.splice(1, 0, `<li class="more">… ${block.slides.length - 2} slides more</li>`)
  return `<ul class="slides">${items.join('')}</ul>`
}

function blockRow(show: RunOfShow, block: RunBlock, all: number): string {
  const role = block.speaker ? `<span class="role">${escapeHtml(block.speaker.role)}${block.speaker.affiliation ? `, ${escapeHtml(block.speaker.affiliation)}` : ''}</span>` : ''
  return `<tr class="${block.qa ? 'qa' : 'block'}" data-block="${block.no}">
${timeCells(clockAt(show, block.startMinute), show.start !== null)}
<td class="who"><strong>${escapeHtml(blockWho(block))}</strong>${role}</td>
<td class="what"><span class="range">${escapeHtml(slideRange(block))}</span>${slideList(block, all)}</td>
<td class="num">${escapeHtml(minutesText(block.minutes))}</td>
<td class="num">${escapeHtml(minutesText(block.endMinute))}</td>
</tr>`
}

function endRow(show: RunOfShow): string {
  const withStart = show.start !== null
  return `<tr class="end">${timeCells(clockAt(show, show.totalMinutes), withStart)}<td class="who" colspan="2"><strong>End of the session</strong></td><td class="num"></td><td class="num">${escapeHtml(minutesText(show.totalMinutes))}</td></tr>`
}

function summary(input: RunOfShowInput): string {
  const { event, show } = input
  const qa = show.blocks.filter(b => b.qa)
  const when = show.start
    ? `<p class="when"><strong>Starts ${escapeHtml(timeText(clockAt(show, 0)))}</strong> · ends ${escapeHtml(timeText(clockAt(show, show.totalMinutes)))} · ${escapeHtml(minutesText(show.totalMinutes))}</p>`
    : `<p class="when"><strong>${escapeHtml(minutesText(show.totalMinutes))}</strong> in all</p>\n<p class="note">${escapeHtml(NO_START_NOTE)}</p>`
  const qaLine = qa.map(b => `<p class="qa-line"><strong>Q&amp;A:</strong> ${escapeHtml(timeText(clockAt(show, b.startMinute)))} to ${escapeHtml(timeText(clockAt(show, b.endMinute)))}, ${escapeHtml(minutesText(b.minutes))}${b.speaker ? `, chaired by ${escapeHtml(b.speaker.fullName)}` : ''}</p>`).join('\n')
  return `<header>
<div>
<p class="kicker">${RUN_OF_SHOW_HEADING} · for the moderator and the ${escapeHtml(event.launch.platform)} host</p>
<h1>${escapeHtml(event.report.shortTitle)}: ${escapeHtml(event.launch.format.toLowerCase())} on ${escapeHtml(event.launch.platform)}</h1>
<p class="date">${escapeHtml(event.launch.dateText)}</p>
${when}
${qaLine}
${reportLine(event)}
</div>
${qrBox(event)}
</header>`
}

function panel(show: RunOfShow): string {
  if (show.speakers.length === 0)
    return '<p class="note">data/event.ts lists no speakers, so the blocks name none.</p>'
  const items = show.speakers.map((s) => {
    const theirs = show.blocks.filter(b => b.speaker?.id === s.id)
    const minutes = theirs.reduce((n, b) => n + b.minutes, 0)
    return `<li><strong>${escapeHtml(s.fullName)}</strong>, ${escapeHtml(s.role)}${s.affiliation ? `, ${escapeHtml(s.affiliation)}` : ''}: ${escapeHtml(minutesText(minutes))}</li>`
  })
  return `<h2>The panel</h2>\n<ul class="panel">${items.join('')}</ul>`
}

/** The report, with its link to paste into the chat. */
function reportLine(event: LaunchEvent): string {
  const { url } = event.report
  return `<p class="report"><strong>The report:</strong> ${escapeHtml(event.report.title)}, ${escapeHtml(event.report.publisher)}.<br>Link for the chat: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`
}

/** The slides' QR code; the SVG itself carries the label, so the PDF tags it as a Figure with it. */
function qrBox(event: LaunchEvent): string {
  const qr = event.plan.qrUrl
  return `<div class="qr-box">
<div class="qr">${qrSvg(qr).replace('<svg ', `<svg role="img" aria-label="${escapeHtml(`QR code: ${qr}`)}" `)}</div>
<p class="qr-caption">The slides' QR code: ${escapeHtml(new URL(qr).host)}</p>
</div>`
}

const CSS = `
@page { size: A4; }
html { font-family: ${fonts.stack}; font-size: 9.5pt; color: ${palette.ink}; line-height: 1.25; }
body { margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2pt; line-height: 1.15; }
h2 { font-size: 10.5pt; margin: 8pt 0 2pt; }
p { margin: 0 0 2pt; }
.kicker { color: ${palette.accent}; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; font-size: 8.5pt; }
.date, .when { font-size: 10.5pt; }
.note { color: ${palette.inkMuted}; font-style: italic; }
.panel { margin: 0; padding-left: 14pt; }
table { width: 100%; border-collapse: collapse; margin-top: 4pt; }
th, td { text-align: left; vertical-align: top; padding: 2.5pt 4pt; border-bottom: 0.5pt solid ${palette.grid}; }
td.who { width: 24%; }
thead th { border-bottom: 1pt solid ${palette.ink}; font-size: 8.5pt; }
tr { break-inside: avoid; }
td.time { font-weight: 700; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.utc { font-weight: 400; color: ${palette.inkMuted}; }
td.num { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
td.who .role { display: block; color: ${palette.inkMuted}; font-size: 8.5pt; }
td.what .range { font-weight: 700; }
ul.slides { margin: 1pt 0 0; padding: 0; list-style: none; font-size: 8pt; line-height: 1.2; color: ${palette.inkMuted}; }
ul.slides li { display: grid; grid-template-columns: 14pt 1fr auto; gap: 4pt; }
ul.slides .no, ul.slides .min { font-variant-numeric: tabular-nums; white-space: nowrap; }
ul.slides li.more { display: block; padding-left: 18pt; }
tr.qa td { background: #FBEFE6; }
tr.qa td.who strong { color: ${palette.accent}; }
tr.end td { border-bottom: 1pt solid ${palette.ink}; }
header { display: grid; grid-template-columns: 1fr 30mm; gap: 12pt; align-items: start; }
.report { margin-top: 4pt; }
.report a { color: ${palette.blue}; word-break: break-all; }
.qr-box { width: 30mm; }
.qr { width: 30mm; height: 30mm; }
.qr-caption { font-size: 7.5pt; color: ${palette.inkMuted}; word-break: break-all; }
.qr svg { display: block; width: 100%; height: 100%; }
`

export function runOfShowHtml(input: RunOfShowInput): string {
  const { event, show } = input
  const all = show.blocks.reduce((n, b) => n + b.slides.length, 0)
  const zone = show.start ? escapeHtml(clockAt(show, 0).zone!) : ''
  const head = show.start
    ? `<th scope="col">Start (${zone})</th><th scope="col">UTC</th>`
    : '<th scope="col">From start</th>'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${event.report.shortTitle} · ${RUN_OF_SHOW_HEADING}`)}</title>
<style>${input.fontCss}</style>
<style>${CSS}</style>
</head>
<body>
${summary(input)}
${panel(show)}
<h2>Blocks</h2>
<table>
<thead><tr>${head}<th scope="col">Who</th><th scope="col">Slides</th><th scope="col">Length</th><th scope="col">Running total</th></tr></thead>
<tbody>
${show.blocks.map(b => blockRow(show, b, all)).join('\n')}
${endRow(show)}
</tbody>
</table>
</body>
</html>`
}

/** The page footer Chromium prints on every page. */
export function runOfShowFooter(event: LaunchEvent): string {
  return `<div style="width:100%;margin:0 16mm;font-size:8pt;color:${palette.inkMuted};font-family:${escapeHtml(fonts.stack)};display:flex;justify-content:space-between;">
<span>${escapeHtml(event.report.shortTitle)} · ${RUN_OF_SHOW_HEADING}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}
