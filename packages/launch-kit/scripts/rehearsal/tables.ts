/**
 * The comparison as tables: Markdown to read (where the talk runs long, then per speaker and per slide, each run
 * beside the budget and, for two runs, the change between them) and CSV to sort and chart elsewhere (seconds).
 */
import type { Comparison } from './compare'
import { stringify } from 'csv-stringify/sync'
import { formatClock } from '../../live/pacing'
import { signedClock } from './compare'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`
}

function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: number): string {
  const align = head.map((_h, i) => (i >= head.length - numeric ? '---:' : '---'))
  return [row(head), `|${align.join('|')}|`, ...rows.map(row)].join('\n')
}

/** Run columns: "A", "A − budget" per run, then "B − A" for two runs. */
function runHead(c: Comparison): string[] {
  return [...c.runs.flatMap(r => [r.label, `${r.label} − budget`]), ...(c.runs.length === 2 ? [`${c.runs[1]!.label} − ${c.runs[0]!.label}`] : [])]
}

function runCells(shown: readonly (number | null)[], budget: number): string[] {
  const cells = shown.flatMap(s => (s === null ? ['–', '–'] : [formatClock(s), signedClock(s - budget)]))
  if (shown.length === 2)
    cells.push(shown[0] === null || shown[1] === null ? '–' : signedClock(shown[1]! - shown[0]!))
  return cells
}

export function comparisonMarkdown(c: Comparison): string {
  const deck = c.runs[0]!.rehearsal.deck
  const runs = table(['Run', 'File', 'Started (UTC)', 'Total', 'Planned'], c.runs.map((r, i) => [r.label, r.file, r.rehearsal.recordedAt.slice(0, 16).replace('T', ' '), formatClock(c.totals[i]!), formatClock(c.budgetSeconds)]), 2)
  const speakers = table(['Speaker', 'Budget', ...runHead(c)], c.speakers.map(s => [s.name, formatClock(s.budgetSeconds), ...runCells(s.shown, s.budgetSeconds)]), runHead(c).length + 1)
  const nameOf = (id: string | undefined) => (id ? c.speakers.find(s => s.id === id)?.name ?? id : '')
  const slides = table(['Slide', 'Title', 'Speaker', 'Budget', ...runHead(c)], c.slides.map(s => [String(s.no), s.title, nameOf(s.speaker), formatClock(s.budgetSeconds), ...runCells(s.shown, s.budgetSeconds)]), runHead(c).length + 1)
  return [
    `# Rehearsal${c.runs.length > 1 ? 's' : ''}: ${deck}`,
    '',
    runs,
    '',
    '## Where the talk runs long',
    '',
    ...c.long.map(line => `- ${line}`),
    ...(c.notes.length > 0 ? ['', '## Read with care', '', ...c.notes.map(n => `- ${n}`)] : []),
    '',
    '## By speaker',
    '',
    speakers,
    '',
    '## By slide',
    '',
    slides,
    '',
    'Times are minutes:seconds on the presenter timer; a slide counts while it was shown and the timer ran.',
    '',
  ].join('\n')
}

function secondsCells(shown: readonly (number | null)[], budget: number): (number | string)[] {
  const cells = shown.flatMap((s): (number | string)[] => (s === null ? ['', ''] : [s, Math.round((s - budget) * 10) / 10]))
  if (shown.length === 2)
    cells.push(shown[0] === null || shown[1] === null ? '' : Math.round((shown[1]! - shown[0]!) * 10) / 10)
  return cells
}

function secondsHead(c: Comparison): string[] {
  return [...c.runs.flatMap(r => [`${r.label}_seconds`, `${r.label}_minus_budget_seconds`]), ...(c.runs.length === 2 ? [`${c.runs[1]!.label}_minus_${c.runs[0]!.label}_seconds`] : [])]
}

export function slidesCsv(c: Comparison): string {
  return stringify([
    ['slide', 'title', 'speaker', 'budget_seconds', ...secondsHead(c)],
    ...c.slides.map(s => [s.no, s.title, s.speaker ?? '', s.budgetSeconds, ...secondsCells(s.shown, s.budgetSeconds)]),
  ])
}

export function speakersCsv(c: Comparison): string {
  return stringify([
    ['speaker', 'name', 'budget_seconds', ...secondsHead(c)],
    ...c.speakers.map(s => [s.id, s.name, s.budgetSeconds, ...secondsCells(s.shown, s.budgetSeconds)]),
  ])
}
