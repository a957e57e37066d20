/**
 * The comparison as one SVG chart: a row per slide, the budget as a grey bar and each rehearsal as a coloured bar
 * below it (blue, then vermillion: the palette's contrasting pair), minutes on a shared axis, and the time each run
 * took at its bar's end. Drawn as plain SVG from the numbers (no browser needed), with a title and a description
 * for screen readers.
 */
import type { Comparison } from './compare'
import { fonts, palette } from '../../charts/theme'
import { formatClock } from '../../live/pacing'
import { escapeHtml } from '../core/index'

const WIDTH = 960
const LABEL = 330
const RIGHT = 70
const TOP = 64
const BUDGET_BAR = 7
const RUN_BAR = 9
const GAP = 10
const RUN_COLOURS = [palette.blue, palette.vermillion]

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function comparisonSvg(c: Comparison): string {
  const rowHeight = BUDGET_BAR + c.runs.length * (RUN_BAR + 2) + GAP
  const height = TOP + c.slides.length * rowHeight + 30
  const most = Math.max(60, ...c.slides.flatMap(s => [s.budgetSeconds, ...s.shown.map(v => v ?? 0)]))
  const minutes = Math.ceil(most / 60)
  const x = (seconds: number) => LABEL + (seconds / (minutes * 60)) * (WIDTH - LABEL - RIGHT)
  const text = (tx: number, ty: number, body: string, extra = '') => `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}"${extra}>${escapeHtml(body)}</text>`
  const parts: string[] = []
  parts.push(text(16, 24, `Time per slide: budget and rehearsal${c.runs.length > 1 ? 's' : ''}`, ' font-size="17" font-weight="700"'))
  const legend = [{ label: 'Budget', colour: palette.grid }, ...c.runs.map((r, i) => ({ label: `${r.label}: ${r.file}`, colour: RUN_COLOURS[i]! }))]
  let lx = 16
  for (const item of legend) {
    parts.push(`<rect x="${lx}" y="36" width="12" height="12" fill="${item.colour}"/>`, text(lx + 16, 46, item.label, ' font-size="12"'))
    lx += 28 + item.label.length * 6.6
  }
  for (let m = 0; m <= minutes; m++) {
    parts.push(`<line x1="${x(m * 60).toFixed(1)}" x2="${x(m * 60).toFixed(1)}" y1="${TOP - 4}" y2="${height - 24}" stroke="${palette.grid}" stroke-width="1"/>`)
    parts.push(text(x(m * 60), height - 10, `${m}:00`, ' font-size="11" text-anchor="middle"'))
  }
  c.slides.forEach((slide, i) => {
    const top = TOP + i * rowHeight
    parts.push(text(LABEL - 8, top + BUDGET_BAR + 6, `${slide.no}  ${clip(slide.title || 'Untitled slide', 46)}`, ' font-size="12" text-anchor="end"'))
    parts.push(`<rect x="${LABEL}" y="${top}" width="${(x(slide.budgetSeconds) - LABEL).toFixed(1)}" height="${BUDGET_BAR}" fill="${palette.grid}"/>`)
    slide.shown.forEach((shown, r) => {
      if (shown === null)
        return
      const y = top + BUDGET_BAR + 2 + r * (RUN_BAR + 2)
      parts.push(`<rect x="${LABEL}" y="${y}" width="${(x(shown) - LABEL).toFixed(1)}" height="${RUN_BAR}" fill="${RUN_COLOURS[r]}"/>`)
      parts.push(text(x(shown) + 4, y + RUN_BAR - 1, formatClock(shown), ' font-size="10"'))
    })
  })
  const desc = `For each of ${c.slides.length} slides, its time budget and the time ${c.runs.map(r => `rehearsal ${r.label}`).join(' and ')} took. ${c.long.join(' ')}`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="rehearsal-title rehearsal-desc" font-family="${escapeHtml(fonts.stack)}" fill="${palette.ink}">
<title id="rehearsal-title">Time per slide: budget and rehearsals</title>
<desc id="rehearsal-desc">${escapeHtml(desc)}</desc>
<rect width="${WIDTH}" height="${height}" fill="${palette.paper}"/>
${parts.join('\n')}
</svg>
`
}
