/**
 * Rehearsals against the plan (scripts/rehearsal/): the file read and refused with its place, the comparison per
 * slide and per speaker, where the talk runs long, and the tables and chart written from it. The rehearsals are of
 * the FICTIONAL panel fixture's slides, with times made up for the test.
 */
import type { RehearsalFile } from 'launch-kit/live/rehearsal'
import type { Run } from 'launch-kit/scripts/rehearsal/index'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { compareRehearsals, comparisonMarkdown, comparisonSvg, readRehearsal, RehearsalError, runsLong, slidesCsv, speakersCsv } from 'launch-kit/scripts/rehearsal/index'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const SLIDES = [
  { no: 1, title: 'Waiting for the panel', speaker: 'moderator', budgetSeconds: 0 },
  { no: 2, title: 'Welcome to the panel', speaker: 'moderator', budgetSeconds: 120 },
  { no: 3, title: 'The first finding', speaker: 'ana', budgetSeconds: 300 },
  { no: 4, title: 'The second finding', speaker: 'ana', budgetSeconds: 240 },
  { no: 5, title: 'The third finding | with a pipe', speaker: 'ben', budgetSeconds: 360 },
]
const SPEAKERS = [{ id: 'moderator', name: 'Mo Derator' }, { id: 'ana', name: 'Ana Example' }, { id: 'ben', name: 'Dr Ben Sample' }]

function rehearsal(shown: number[], recordedAt: string): RehearsalFile {
  return { kind: 'launch-kit-rehearsal', version: 1, deck: 'A Fictional Report', recordedAt, speakers: SPEAKERS, slides: SLIDES.map((s, i) => ({ ...s, shownSeconds: shown[i]! })) }
}

const A: Run = { label: 'A', file: 'a.json', rehearsal: rehearsal([0, 130, 390, 250, 300], '2030-06-10T14:00:00.000Z') }
const B: Run = { label: 'B', file: 'b.json', rehearsal: rehearsal([0, 118, 320, 240, 361], '2030-06-11T14:00:00.000Z') }

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearsal-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('runsLong', () => {
  it('counts 15 s or 10 % of the budget over, whichever is more', () => {
    expect([runsLong(134, 120), runsLong(135, 120), runsLong(329, 300), runsLong(330, 300), runsLong(15, 0)]).toEqual([false, true, false, true, true])
  })
})

describe('one rehearsal', () => {
  const c = compareRehearsals([A])

  it('adds each speaker\'s slides up, and says where and by how much it runs long', () => {
    expect(c.speakers.map(s => [s.name, s.budgetSeconds, s.shown[0]])).toEqual([['Mo Derator', 120, 130], ['Ana Example', 540, 640], ['Dr Ben Sample', 360, 300]])
    expect(c.totals).toEqual([1070])
    expect(c.long).toEqual([
      'A (a.json): 17:50 of 17:00 planned, 0:50 long.',
      'A: Ana Example ran +1:40 over their 9:00.',
      'A: slide 3 "The first finding" (Ana Example) took 6:30 of 5:00, +1:30.',
    ])
  })

  it('writes the slide table in Markdown, a pipe in a title escaped', () => {
    const md = comparisonMarkdown(c)
    expect(md).toContain('| Slide | Title | Speaker | Budget | A | A − budget |')
    expect(md).toContain('| 3 | The first finding | Ana Example | 5:00 | 6:30 | +1:30 |')
    expect(md).toContain('| 5 | The third finding \\| with a pipe | Dr Ben Sample | 6:00 | 5:00 | −1:00 |')
    expect(md).toContain('- A: slide 3 "The first finding" (Ana Example) took 6:30 of 5:00, +1:30.')
  })
})

describe('two rehearsals side by side', () => {
  const c = compareRehearsals([A, B])

  it('puts both runs and the change between them in every row', () => {
    const md = comparisonMarkdown(c)
    expect(md).toContain('| Slide | Title | Speaker | Budget | A | A − budget | B | B − budget | B − A |')
    expect(md).toContain('| 3 | The first finding | Ana Example | 5:00 | 6:30 | +1:30 | 5:20 | +0:20 | −1:10 |')
    expect(md).toContain('| Ana Example | 9:00 | 10:40 | +1:40 | 9:20 | +0:20 | −1:20 |')
    // B's +0:20 on slide 3 is under 10 % of its five minutes: not worth a line.
    expect(c.long.slice(3)).toEqual(['B (b.json): 17:19 of 17:00 planned, 0:19 long.', 'B: no slide ran long (by 15 s or 10 % of its budget).'])
    expect(c.notes).toEqual([])
  })

  it('writes the same numbers as CSV, in seconds', () => {
    const slides = parse(slidesCsv(c), { columns: true }) as Record<string, string>[]
    expect(Object.keys(slides[0]!)).toEqual(['slide', 'title', 'speaker', 'budget_seconds', 'A_seconds', 'A_minus_budget_seconds', 'B_seconds', 'B_minus_budget_seconds', 'B_minus_A_seconds'])
    expect(slides[4]).toEqual({ slide: '5', title: 'The third finding | with a pipe', speaker: 'ben', budget_seconds: '360', A_seconds: '300', A_minus_budget_seconds: '-60', B_seconds: '361', B_minus_budget_seconds: '1', B_minus_A_seconds: '61' })
    const speakers = parse(speakersCsv(c), { columns: true }) as Record<string, string>[]
    expect(speakers.map(s => [s.speaker, s.A_seconds, s.B_seconds])).toEqual([['moderator', '130', '118'], ['ana', '640', '560'], ['ben', '300', '361']])
  })

  it('draws a bar per slide for the budget and for each run', () => {
    const svg = comparisonSvg(c)
    expect(svg).toMatch(/^<svg [^>]*role="img"/)
    expect(svg.match(/<rect [^>]*fill="#D6D6D6"/g)).toHaveLength(SLIDES.length + 1) // the budgets, and the legend's swatch
    expect(svg.match(/<rect [^>]*fill="#0072B2"/g)).toHaveLength(SLIDES.length + 1)
    expect(svg.match(/<rect [^>]*fill="#B34700"/g)).toHaveLength(SLIDES.length + 1)
    expect(svg).toContain('3  The first finding')
  })

  it('says when the decks differ between the rehearsals', () => {
    const changed: Run = { ...B, rehearsal: { ...B.rehearsal, slides: B.rehearsal.slides.map(s => (s.no === 4 ? { ...s, budgetSeconds: 180 } : s)) } }
    const notes = compareRehearsals([A, changed]).notes
    expect(notes).toEqual(['slide 4 is not the same in every rehearsal (A: "The second finding", 4:00, ana; B: "The second finding", 3:00, ana); its row shows A\'s'])
  })
})

describe('reading a file', () => {
  it('reads what the presenter view writes', async () => {
    const path = join(dir, 'good.json')
    await writeFile(path, JSON.stringify(A.rehearsal))
    expect(await readRehearsal(path)).toEqual(A.rehearsal)
  })

  it('refuses a file that is not JSON, or not a rehearsal, naming the file and the place', async () => {
    const notJson = join(dir, 'not.json')
    await writeFile(notJson, '{ "kind": ')
    await expect(readRehearsal(notJson)).rejects.toThrow(new RegExp(`^${notJson}: not JSON \\(`))
    const wrong = join(dir, 'wrong.json')
    await writeFile(wrong, JSON.stringify({ ...A.rehearsal, version: 2, slides: [{ ...SLIDES[1], shownSeconds: -3 }] }))
    const error = await readRehearsal(wrong).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RehearsalError)
    expect((error as Error).message).toBe(`${wrong}: not a rehearsal file this engine reads:\n  • version: expected 1, the version this engine reads\n  • slides.0.shownSeconds: must not be negative\nGive a file the presenter view downloaded with "Download rehearsal timings (JSON)", unchanged.`)
    await expect(readRehearsal(join(dir, 'missing.json'))).rejects.toThrow(`${join(dir, 'missing.json')}: cannot be read (ENOENT). Check the path.`)
  })
})
