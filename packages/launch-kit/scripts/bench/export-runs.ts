/**
 * P1 and P2 of the benchmark: our `npm run export` against stock `npx slidev export`, run as a user runs them, one
 * after the other on the same deck, each measured from outside (processes.ts): wall time, CPU time, memory.
 *
 *   P1   the whole kit (slides PDF, handout, chart kit, site) ÷ stock's slides PDF, on slides.md, cold (--no-cache)
 *   P1s  the slides PDF alone (--only slides), cold, ÷ the same stock runs
 *   P2   the slides PDF alone and stock, on synthetic decks of N slides (decks.ts), cold
 * The re-exports after an edit (P1e, P1t) are in reexport.ts.
 */
import type { Log } from '../core/index'
import type { ProcRun } from './processes'
import type { Summary } from './stats'
import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { ROOT } from '../core/index'
import { writeSyntheticDeck } from './decks'
import { load } from './machine'
import { measure } from './processes'
import { ratio, slope, summarize } from './stats'

/** What one command did over its timed runs. */
export interface CommandResult {
  command: string
  /** Timed runs that exited 0. */
  ok: number
  failed: number
  /** The end of stderr of the first failed run. */
  failure?: string
  wall?: Summary
  /** CPU seconds (user + system) of the whole process tree. */
  cpu?: Summary
  /** Peak summed VmRSS of the process tree, MB. */
  peakRssMb?: Summary
  /** Peak summed Pss of the process tree, MB. */
  peakPssMb?: Summary
  /** Peak summed VmRSS without the `slidev build` child, MB (ours only: the print and verification pipeline). */
  peakRssWithoutBuildMb?: Summary
  /** Our export's own log of the median run: each step and the second it was reached. */
  steps?: { step: string, at: number }[]
}

export interface Runner {
  runs: number
  warmup: boolean
  chromium: string
  /** Scratch folder (outputs of every run). */
  dir: string
  log: Log
  /** Kill a run after this many ms. */
  timeoutMs: number
  /**
   * Run the contenders of a round at once (the smoke run: its timings mean nothing, and a round takes about a
   * quarter less time on two cores); a measurement runs them one after the other.
   */
  together?: boolean
}

const MB = 2 ** 20
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const BUILD = /slidev\.mjs build|slidev build/

/**
 * "export: print page done: 23 slides … · 9.8s" and the last line, "export: 4 outputs written and verified in
 * 14.6s" → step and time; per-slide progress lines are left out.
 */
export function exportSteps(stdout: string): { step: string, at: number }[] {
  return stdout.split('\n').flatMap((line) => {
    const match = line.match(/^export: (.*?)(?: · | in )([\d.]+)s$/)
    if (!match || /\b\d+\/\d+$/.test(match[1]!))
      return []
    return [{ step: match[1]!, at: Number(match[2]) }]
  })
}

function toResult(command: string, runs: ProcRun[], withSteps: boolean): CommandResult {
  const ok = runs.filter(r => r.code === 0)
  const bad = runs.find(r => r.code !== 0)
  const result: CommandResult = { command, ok: ok.length, failed: runs.length - ok.length }
  if (bad)
    result.failure = `exit ${bad.code ?? 'killed'} after ${bad.wall.toFixed(1)} s, peak ${Math.round(bad.peakRss / MB)} MB: ${(bad.stderr.trim() || bad.stdout.trim()).split('\n').slice(-4).join(' | ').slice(0, 400)}`
  if (ok.length === 0)
    return result
  result.wall = summarize(ok.map(r => r.wall))
  result.cpu = summarize(ok.map(r => r.cpu))
  result.peakRssMb = summarize(ok.map(r => r.peakRss / MB))
  result.peakPssMb = summarize(ok.map(r => r.peakPss / MB))
  if (withSteps) {
    result.peakRssWithoutBuildMb = summarize(ok.map(r => r.peakRssOutside / MB))
    const middle = [...ok].sort((a, b) => a.wall - b.wall)[Math.floor(ok.length / 2)]!
    result.steps = exportSteps(middle.stdout)
  }
  return result
}

export interface Contender {
  label: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  /** Parse our export's log for steps. */
  ours: boolean
  /** The project it runs in (default: this one). */
  cwd?: string
  /** false: no untimed warm-up run (default: one). */
  warmup?: boolean
}

/**
 * Runs each contender `runs` times, alternating between them so a busy moment hits both alike, after one
 * untimed warm-up of each. A contender that fails is not run again (a 300-slide stock export can take minutes
 * to fail). `before(i)` runs before the i-th round (an edit for the re-export figures; -1: before the warm-up).
 */
export async function race(contenders: Contender[], runner: Runner, before: (round: number) => Promise<void> = async () => {}): Promise<CommandResult[]> {
  const runs = new Map<string, ProcRun[]>(contenders.map(c => [c.label, []]))
  const once = (c: Contender) => measure(c.command, c.args, { cwd: c.cwd ?? ROOT, env: { ...process.env, ...c.env }, timeoutMs: runner.timeoutMs, exclude: c.ours ? BUILD : undefined })
  const each = async (list: Contender[], run: (c: Contender) => Promise<void>) => {
    if (runner.together) {
      await Promise.all(list.map(run))
      return
    }
    for (const c of list)
      await run(c)
  }
  if (runner.warmup) {
    await before(-1)
    await each(contenders.filter(c => c.warmup !== false), async (c) => {
      runner.log.step(`warm-up: ${c.label}`)
      await once(c)
    })
  }
  for (let i = 0; i < runner.runs; i++) {
    await before(i)
    await each(contenders.filter(c => !runs.get(c.label)!.some(r => r.code !== 0)), async (c) => {
      const run = await once(c)
      runs.get(c.label)!.push(run)
      runner.log.step(`${c.label} run ${i + 1}/${runner.runs}: ${run.code === 0 ? `${run.wall.toFixed(1)} s, ${run.cpu.toFixed(1)} s CPU, peak ${Math.round(run.peakRss / MB)} MB` : `FAILED (exit ${run.code ?? 'killed'})`} · load ${load()}`)
    })
  }
  return contenders.map(c => toResult([c.command, ...c.args].join(' '), runs.get(c.label)!, c.ours))
}

/**
 * Stock `slidev export`. Its print page may take 240 s to render instead of its default 30 s: on a busy machine, and
 * on the cold warm-up round (Vite pre-bundling the deck's packages first), the default made runs fail (TimeoutError at
 * networkidle); on a quiet, warm one the limit is never reached, so it changes no measurement.
 */
export function stock(runner: Runner, output: string, entry?: string): Contender {
  return { label: 'stock slidev export', command: NPX, args: ['slidev', 'export', ...(entry ? [entry] : []), '--executable-path', runner.chromium, '--output', output, '--timeout', '240000'], ours: false }
}

/** `npm run export` with these arguments, into `out`, on the bench's browser. */
export function ours(label: string, runner: Runner, out: string, ...args: string[]): Contender {
  return { label, command: NPM, args: ['run', '--silent', 'export', '--', '--out', out, '--browser', runner.chromium, ...args], ours: true }
}

export interface P1Result {
  ours: CommandResult
  /** --only slides, cold. */
  oursSlides?: CommandResult
  stock: CommandResult
  /** ours ÷ stock, medians of wall time. */
  ratio: number
  ratioSlides?: number
}

export async function benchWholeKit(runner: Runner): Promise<P1Result> {
  const out = join(runner.dir, 'p1')
  await mkdir(out, { recursive: true })
  // Cold: nothing reused from the cache, as on a fresh clone (what is made is still stored).
  const whole = ours('npm run export --no-cache', runner, join(out, 'ours'), '--no-cache')
  const slides = ours('npm run export --only slides --no-cache', runner, join(out, 'ours-slides'), '--only', 'slides', '--no-cache')
  const [o, os, s] = await race([whole, slides, stock(runner, join(out, 'stock', 'slides'))], runner)
  return { ours: o!, oursSlides: os!, stock: s!, ratio: ratio(o!.wall, s!.wall), ratioSlides: ratio(os!.wall, s!.wall) }
}

export interface P2Size {
  slides: number
  /** The synthetic deck's entry file, relative to the project root (deleted after the run). */
  entry: string
  chartSlides: number
  ours: CommandResult
  stock: CommandResult
}

export interface P2Result {
  sizes: P2Size[]
  /** Seconds per extra slide: least squares over every size with a result, and between the two largest. */
  marginal: { ours: { fit: number, last: number }, stock: { fit: number, last: number } }
}

function marginal(sizes: P2Size[], pick: (s: P2Size) => CommandResult): { fit: number, last: number } {
  const points = sizes.filter(s => pick(s).wall).map(s => ({ x: s.slides, y: pick(s).wall!.median }))
  return { fit: slope(points), last: points.length >= 2 ? slope(points.slice(-2)) : Number.NaN }
}

export async function benchScale(runner: Runner, counts: readonly number[]): Promise<P2Result> {
  const sizes: P2Size[] = []
  for (const count of counts) {
    const deck = await writeSyntheticDeck(count)
    try {
      runner.log.step(`${count} slides (${deck.chartSlides} with a chart): ${deck.entry}`)
      const out = join(runner.dir, `p2-${count}`)
      await mkdir(out, { recursive: true })
      const slides: Contender = { ...ours(`npm run export -- --only slides --no-cache (${count})`, runner, join(out, 'ours'), '--only', 'slides', '--no-cache'), env: { DECK_ENTRY: deck.entry } }
      const [o, s] = await race([slides, { ...stock(runner, join(out, 'stock', 'slides'), deck.entry), label: `stock slidev export (${count})` }], { ...runner, warmup: false })
      sizes.push({ slides: deck.slides, entry: relative(ROOT, deck.entry), chartSlides: deck.chartSlides, ours: o!, stock: s! })
    }
    finally {
      await deck.remove()
    }
  }
  return { sizes, marginal: { ours: marginal(sizes, s => s.ours), stock: marginal(sizes, s => s.stock) } }
}
