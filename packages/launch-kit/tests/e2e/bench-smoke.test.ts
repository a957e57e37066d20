/**
 * `npm run bench -- --smoke`: every figure once, on decks of 4 and 8 slides, into a temporary folder. It checks
 * that the benchmark runs end to end and writes results of the documented shape, never how fast anything is:
 * timings on a CI machine mean nothing.
 */
import type { BenchResults } from 'launch-kit/scripts/bench/report'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runScript } from '../support/script-run'
import { unexplained } from '../support/stderr'

let out: string
let run: { code: number | null, stdout: string, stderr: string }
let results: BenchResults

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deck-bench-smoke-'))
  // Stock's first run here is cold (Vite pre-bundling the deck's packages first); its print page may take 240 s
  // (scripts/bench/export-runs.ts), so a cold dev server fails no run.
  // ~2.5 min alone; the deadline stays under the hook's 1,200 s, so the message names the command.
  run = await runScript('bench', ['--smoke', '--out', out], {}, 870_000)
  if (run.code === 0)
    results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as BenchResults
}, 1_200_000)

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0

describe('npm run bench -- --smoke', () => {
  it('exits 0 and writes results.json and RESULTS.md', async () => {
    expect(unexplained(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['RESULTS.md', 'results.json'])
    expect(results.smoke).toBe(true)
    expect(results.runs).toBe(1)
  })

  it('records the machine: cores, Node, Chromium and Slidev versions, load', () => {
    expect(results.machine.cores).toBeGreaterThan(0)
    expect(results.machine.node).toBe(process.version)
    expect(results.machine.chromium).toMatch(/\d+\.\d+/)
    expect(results.machine.slidev).toMatch(/^\d+\.\d+\.\d+/)
    expect(typeof results.load.start).toBe('number')
  })

  it('P1 and P1s: ours (whole kit and slides alone, cold) and stock each ran once, with wall and CPU time, peak memory and our export\'s steps', () => {
    const { p1 } = results
    for (const side of [p1!.ours, p1!.oursSlides!, p1!.stock]) {
      expect(side.ok, side.failure).toBe(1)
      expect(positive(side.wall!.median)).toBe(true)
      expect(positive(side.cpu!.median)).toBe(true)
      expect(positive(side.peakRssMb!.median)).toBe(true)
    }
    expect(positive(p1!.ratio)).toBe(true)
    expect(positive(p1!.ratioSlides)).toBe(true)
    expect(p1!.ours.steps!.some(s => /outputs? written and verified/.test(s.step))).toBe(true)
    expect(p1!.ours.command).toContain('--no-cache')
  })

  it('P1e and P1t: a re-export after a data edit and after a slide-text edit, each against stock on the edited deck', () => {
    for (const re of [results.reexport!.data!, results.reexport!.text!]) {
      for (const side of [re.ours, re.stock]) {
        expect(side.ok, side.failure).toBe(1)
        expect(positive(side.cpu!.median)).toBe(true)
      }
      expect(positive(re.ratio)).toBe(true)
    }
    expect(results.reexport!.data!.edit).toMatch(/^data\/.+\.ts: value: /)
    // The edit reached the kit: some figures drawn again, the rest reused from the cache the warm-up left.
    expect(results.reexport!.data!.ours.steps!.find(s => /figure sets drawn/.test(s.step))?.step).toMatch(/[1-9]\d* chart-language figure sets drawn, [1-9]\d* reused/)
    expect(results.reexport!.text!.ours.steps!.find(s => /figure sets drawn/.test(s.step))?.step).toMatch(/ 0 chart-language figure sets drawn/)
  })

  it('P2: both decks ran for ours and stock, and the marginal time per slide is computed', () => {
    const { p2 } = results
    expect(p2!.sizes.map(s => s.slides)).toEqual([4, 8])
    for (const size of p2!.sizes) {
      expect(size.ours.ok, size.ours.failure).toBe(1)
      expect(size.stock.ok, size.stock.failure).toBe(1)
      expect(positive(size.ours.peakRssWithoutBuildMb!.median)).toBe(true)
    }
    expect(Number.isFinite(p2!.marginal.ours.last)).toBe(true)
  })

  it('P3 and P4: the chart kit\'s cost per chart and the first slide of both built decks', () => {
    expect(results.p3!.charts).toBeGreaterThan(1)
    expect(results.p3!.samples.marginalFromWallTime).toHaveLength(1)
    for (const deck of [results.p4!.ours, results.p4!.starter]) {
      expect(positive(deck.fcpMs.median)).toBe(true)
      expect(positive(deck.jsBytes)).toBe(true)
    }
  })

  it('leaves no synthetic deck behind in the project', async () => {
    const entries = results.p2!.sizes.map(s => s.entry)
    expect(entries).toHaveLength(2)
    const left = await readdir(ROOT)
    for (const entry of entries)
      expect(left).not.toContain(entry)
  })

  it('writes a table with a row per figure', async () => {
    const md = await readFile(join(out, 'RESULTS.md'), 'utf8')
    for (const figure of ['| P1 |', '| P1s |', '| P1e |', '| P1t |', '| P2 |', '| P3 |', '| P4 |'])
      expect(md).toContain(figure)
  })
})
