/**
 * One or two rehearsals against the plan: per slide and per speaker, the budget and the time each rehearsal took,
 * and in words where the talk runs long. A slide runs long when it takes more than its budget by at least
 * LONG_SECONDS or LONG_SHARE of its budget, whichever is more (a few seconds over is not worth a line); a speaker
 * likewise against the sum of their slides' budgets. The summary names the LONG_LISTED longest overruns per run.
 */
import type { RehearsalFile } from '../../live/rehearsal'
import { formatClock } from '../../live/pacing'

export const LONG_SECONDS = 15
export const LONG_SHARE = 0.1
/** Slides named per run in the summary; the tables hold every one. */
export const LONG_LISTED = 5

export interface Run {
  /** "A", "B": how tables and the chart name it. */
  label: string
  /** The file it was read from (its name only). */
  file: string
  rehearsal: RehearsalFile
}

export interface SlideRow {
  no: number
  title: string
  speaker?: string
  budgetSeconds: number
  /** Seconds shown in each run, in run order (null when that rehearsal's deck had no such slide). */
  shown: (number | null)[]
}

export interface SpeakerRow {
  id: string
  name: string
  budgetSeconds: number
  shown: number[]
}

export interface Comparison {
  runs: Run[]
  slides: SlideRow[]
  speakers: SpeakerRow[]
  budgetSeconds: number
  totals: number[]
  /** Where the talk runs long, one sentence each, run by run. */
  long: string[]
  /** Differences between the rehearsals' decks that the reader must know to read the table. */
  notes: string[]
}

export function runsLong(shown: number, budget: number): boolean {
  return shown - budget >= Math.max(LONG_SECONDS, LONG_SHARE * budget)
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

/** "+1:05" or "−0:20": a difference in seconds. */
export function signedClock(seconds: number): string {
  return `${seconds < 0 ? '−' : '+'}${formatClock(Math.abs(seconds))}`
}

function slideRows(runs: readonly Run[], notes: string[]): SlideRow[] {
  const numbers = [...new Set(runs.flatMap(r => r.rehearsal.slides.map(s => s.no)))].sort((a, b) => a - b)
  return numbers.map((no) => {
    const found = runs.map(r => r.rehearsal.slides.find(s => s.no === no))
    const first = found.find(s => s !== undefined)!
    const differ = found.filter(s => s && (s.title !== first.title || s.budgetSeconds !== first.budgetSeconds || s.speaker !== first.speaker))
    if (differ.length > 0 || found.includes(undefined))
      notes.push(`slide ${no} is not the same in every rehearsal (${runs.map((r, i) => `${r.label}: ${found[i] ? `"${found[i].title}", ${formatClock(found[i].budgetSeconds)}${found[i].speaker ? `, ${found[i].speaker}` : ''}` : 'absent'}`).join('; ')}); its row shows ${runs.find((_r, i) => found[i] === first)!.label}'s`)
    return { no, title: first.title, ...(first.speaker ? { speaker: first.speaker } : {}), budgetSeconds: first.budgetSeconds, shown: found.map(s => s?.shownSeconds ?? null) }
  })
}

function speakerRows(runs: readonly Run[], slides: readonly SlideRow[]): SpeakerRow[] {
  const people = new Map<string, string>()
  for (const run of runs) {
    for (const s of run.rehearsal.speakers)
      people.set(s.id, people.get(s.id) ?? s.name)
  }
  for (const slide of slides) {
    if (slide.speaker && !people.has(slide.speaker))
      people.set(slide.speaker, slide.speaker)
  }
  return [...people].map(([id, name]) => {
    const theirs = slides.filter(s => s.speaker === id)
    return { id, name, budgetSeconds: sum(theirs.map(s => s.budgetSeconds)), shown: runs.map((_r, i) => sum(theirs.map(s => s.shown[i] ?? 0))) }
  })
}

function longLines(comparison: Omit<Comparison, 'long' | 'notes'>): string[] {
  const lines: string[] = []
  const nameOf = (id: string | undefined) => comparison.speakers.find(s => s.id === id)?.name ?? id
  comparison.runs.forEach((run, i) => {
    const total = comparison.totals[i]!
    const over = total - comparison.budgetSeconds
    lines.push(`${run.label} (${run.file}): ${formatClock(total)} of ${formatClock(comparison.budgetSeconds)} planned, ${over >= 0 ? `${formatClock(over)} long` : `${formatClock(-over)} short`}.`)
    for (const speaker of comparison.speakers.filter(s => runsLong(s.shown[i]!, s.budgetSeconds)))
      lines.push(`${run.label}: ${speaker.name} ran ${signedClock(speaker.shown[i]! - speaker.budgetSeconds)} over their ${formatClock(speaker.budgetSeconds)}.`)
    const slides = comparison.slides
      .filter(s => s.shown[i] !== null && runsLong(s.shown[i]!, s.budgetSeconds))
      .sort((a, b) => (b.shown[i]! - b.budgetSeconds) - (a.shown[i]! - a.budgetSeconds))
    for (const s of slides.slice(0, LONG_LISTED))
      lines.push(`${run.label}: slide ${s.no} "${s.title}"${s.speaker ? ` (${nameOf(s.speaker)})` : ''} took ${formatClock(s.shown[i]!)} of ${formatClock(s.budgetSeconds)}, ${signedClock(s.shown[i]! - s.budgetSeconds)}.`)
    if (slides.length > LONG_LISTED)
      lines.push(`${run.label}: ${slides.length - LONG_LISTED} more slide${slides.length - LONG_LISTED === 1 ? '' : 's'} ran long (see the table by slide).`)
    if (slides.length === 0)
      lines.push(`${run.label}: no slide ran long (by ${LONG_SECONDS} s or ${LONG_SHARE * 100} % of its budget).`)
  })
  return lines
}

export function compareRehearsals(runs: readonly Run[]): Comparison {
  const notes: string[] = []
  const slides = slideRows(runs, notes)
  const speakers = speakerRows(runs, slides)
  const base = {
    runs: [...runs],
    slides,
    speakers,
    budgetSeconds: sum(slides.map(s => s.budgetSeconds)),
    totals: runs.map((_r, i) => sum(slides.map(s => s.shown[i] ?? 0))),
  }
  if (runs.length > 1 && new Set(runs.map(r => r.rehearsal.deck)).size > 1)
    notes.unshift(`the rehearsals are of decks with different titles: ${runs.map(r => `${r.label} "${r.rehearsal.deck}"`).join(', ')}`)
  return { ...base, long: longLines(base), notes }
}
