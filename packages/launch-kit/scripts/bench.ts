/**
 * npm run bench: our export against stock Slidev, side by side on this machine, written to bench/results.json and
 * bench/RESULTS.md (the table the README links). Takes about 15 minutes; run it on a quiet machine.
 *
 *   P1   whole kit (npm run export), cold (--no-cache) ÷ stock `npx slidev export` (slides PDF only), same deck;
 *        P1s: --only slides, cold, ÷ the same stock runs
 *   P1e  re-export after one figure in data/ changed ÷ stock export of the edited deck (on a copy: reexport.ts)
 *   P1t  re-export after one slide's text changed ÷ stock export of the edited deck
 *   P2   synthetic decks of 25, 100 and 300 slides, cold: wall and CPU time, peak memory of the tree, seconds per slide
 *   P3   chart kit: marginal cost of one more chart, all formats, every figure drawn
 *   P4   built deck: first contentful paint of /1 and its JavaScript bytes, ours ÷ a stock Slidev starter deck
 * Every timed row gives CPU seconds (user + system of the whole process tree) beside wall time.
 *
 * Flags: --runs N (timed runs after a warm-up, default 5; P2 uses at most 3), --only p1,p1e,p1t,p2,p3,p4 (p1e and
 * p1t run together), --sizes 25,100,300,
 * --out DIR (default bench), --browser PATH, --smoke (one run each, no warm-up, decks of 4 and 8 slides, ours and
 * stock side by side at once: a check that the benchmark works, not a measurement; CI runs it).
 */
import type { BenchResults } from './bench/index'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { benchChartKit, benchFirstSlide, benchReexport, benchScale, benchWholeKit, load, machineFacts, resultsMarkdown } from './bench/index'
import { browserLine, getBrowser, launchBrowser } from './browser/index'
import { createLog, ROOT } from './core/index'
import { loadLaunch } from './deck/index'

const FIGURES = ['p1', 'p1e', 'p1t', 'p2', 'p3', 'p4'] as const
const FLAGS = {
  runs: { type: 'string', default: '5' },
  only: { type: 'string', default: FIGURES.join(',') },
  sizes: { type: 'string', default: '25,100,300' },
  out: { type: 'string', default: 'bench' },
  browser: { type: 'string' },
  smoke: { type: 'boolean', default: false },
} as const

const log = createLog('bench')
const started = performance.now()
let scratch: string | undefined
try {
  const { values } = parseArgs({ options: FLAGS, strict: true, allowPositionals: false })
  const runs = values.smoke ? 1 : Number(values.runs)
  const sizes = (values.smoke ? '4,8' : values.sizes).split(',').map(Number)
  const only = new Set(values.only.split(',').map(s => s.trim().toLowerCase()))
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs ${values.runs}: expected a whole number of runs, at least 1 (e.g. --runs 5).`)
  if (sizes.some(n => !Number.isInteger(n) || n < 2))
    throw new Error(`--sizes ${values.sizes}: expected slide counts of at least 2, comma-separated (e.g. --sizes 25,100,300).`)
  if ([...only].some(f => !(FIGURES as readonly string[]).includes(f)))
    throw new Error(`--only ${values.only}: choose from ${FIGURES.join(', ')} (e.g. --only p1,p3).`)

  // Found (or provisioned) before anything runs: with no browser the bench stops at once.
  // The synthetic decks and the chart kit's figure read the launch (its charts, its languages).
  await loadLaunch()
  const found = await getBrowser({ explicit: values.browser, say: log.step })
  const chromium = found.path
  const out = resolve(ROOT, values.out)
  scratch = await mkdtemp(join(tmpdir(), 'deck-bench-'))
  const results: BenchResults = { date: new Date().toISOString(), smoke: values.smoke, runs, machine: machineFacts(chromium), load: { start: load(), end: 0 }, seconds: 0 }
  log.step(browserLine(found, results.machine.chromium.replace(/ built on .*$/, '')))
  log.step(`${[...only].join(', ')} · ${runs} run${runs === 1 ? '' : 's'} each · ${results.machine.cores} cores · load ${results.load.start}`)
  const runner = { runs, warmup: !values.smoke, together: values.smoke, chromium, dir: scratch, log, timeoutMs: 15 * 60_000 }

  if (only.has('p1')) {
    log.step('P1: whole kit vs stock slidev export')
    results.p1 = await benchWholeKit(runner)
  }
  if (only.has('p1e') || only.has('p1t'))
    results.reexport = await benchReexport(runner, { data: only.has('p1e'), text: only.has('p1t') })
  if (only.has('p2')) {
    log.step(`P2: decks of ${sizes.join(', ')} slides`)
    results.p2 = await benchScale({ ...runner, runs: Math.min(runs, 3) }, sizes)
  }
  if (only.has('p3')) {
    log.step('P3: chart kit, marginal cost per chart')
    results.p3 = await benchChartKit(runs, chromium)
  }
  if (only.has('p4')) {
    log.step('P4: first slide of the built deck vs a stock starter deck')
    const browser = await launchBrowser(found)
    try {
      results.p4 = await benchFirstSlide(browser, join(scratch, 'p4'), values.smoke ? 1 : Math.max(runs, 7), log)
    }
    finally {
      await browser.close()
    }
  }

  results.load.end = load()
  results.seconds = (performance.now() - started) / 1000
  await mkdir(out, { recursive: true })
  await writeFile(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  await writeFile(join(out, 'RESULTS.md'), resultsMarkdown(results))
  log.file(relative(ROOT, join(out, 'results.json')) || join(out, 'results.json'), JSON.stringify(results).length)
  log.done(`results in ${relative(process.cwd(), join(out, 'RESULTS.md'))}`)
}
catch (error) {
  log.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
finally {
  if (scratch)
    await rm(scratch, { recursive: true, force: true })
}
