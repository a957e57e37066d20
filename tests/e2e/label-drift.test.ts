/**
 * The label check reads the data, not the drawing: a real `npm run export -- --only slides` whose print page draws
 * one value label other than its data says (DECK_FAULT=label-drift: one digit of the first bar chart's first value,
 * changed in the page's Chart.js configuration; the data, the registry and every other label are untouched) fails
 * at the slides PDF check, naming the chart, its slide and the label its data gives, with exit code 1, and leaves the
 * earlier export byte-identical and nothing of its own behind. Compared with the strings the drawing itself wrote,
 * as the export did before, the wrong figure would have passed: it is in the PDF, as drawn.
 */
import type { ScriptResult, ScriptRun } from 'launch-kit/tests/support/script-run'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getChart } from 'launch-kit/charts/registry'
import { labelDrift } from 'launch-kit/scripts/export/faults'
import { earlierExport, hidden, snapshot } from 'launch-kit/tests/support/export-folder'
import { settle } from 'launch-kit/tests/support/processes'
import { disposeAll, startScript, tempLeftovers } from 'launch-kit/tests/support/script-run'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { event } from '../../data/event'

let root: string
let out: string
let before: Record<string, string>
let run: ScriptRun
let result: ScriptResult

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deck-label-drift-'))
  out = join(root, 'exports')
  await earlierExport(out, event.report.slug)
  before = await snapshot(out)
  run = startScript('export', ['--only', 'slides', '--out', out], { env: { DECK_FAULT: 'label-drift' } })
  result = await run.exited
}, 300_000)

afterAll(async () => {
  await disposeAll()
  await rm(root, { recursive: true, force: true })
})

it('changes one label in the drawing only: the data still says what it said', () => {
  const drift = labelDrift()
  expect(drift.chart).toBe('chinese-vaccine-doses')
  expect(drift.label).toBe('4.4m')
  expect(drift.drawn).toBe('5.4m')
  // The registry's labels (from the data) hold the true figure, and not the drawn one.
  expect(getChart(drift.chart).labels).toContain('4.4m')
  expect(getChart(drift.chart).labels).not.toContain('5.4m')
  expect(result.stdout, result.stderr).toContain(`test switch: label-drift: chart "${drift.chart}" draws "5.4m" where its data says "4.4m"`)
})

it('fails at the slides PDF check, naming the chart, its slide and the label its data gives, with exit code 1', () => {
  expect(result.code, result.stdout + result.stderr).toBe(1)
  expect(result.stdout).toMatch(/print page done/)
  expect(result.stderr).toMatch(/\[export\] slides PDF: \d+ problems?\n/)
  expect(result.stderr).toMatch(/chart "chinese-vaccine-doses" on slide (\d+): page \1 lacks 1 of its \d+ labels as text in the chart's box, e\.g\. "4\.4m"/)
  // Only that chart: every other label of every other chart is where its data puts it.
  expect(result.stderr.match(/lacks \d+ of its/g)).toHaveLength(1)
})

it('writes nothing, leaves no temporary file and no process', async () => {
  expect(await hidden(out)).toEqual([])
  expect(await snapshot(out)).toEqual(before)
  expect(tempLeftovers(run.tmp)).toEqual([])
  expect((await settle(run.watch)).map(p => p.cmd.slice(0, 120))).toEqual([])
})
