/**
 * The faults battery: a broken machine, not bad data. Each case runs the real `npm run export` or `npm run charts`
 * (tsx, real build, real Chromium) against an export folder that holds an earlier export, makes one thing go wrong,
 * and checks that the run
 *   - ends with exit ≠ 0 and a message that says what happened (and, where it applies, what to do),
 *   - leaves the earlier export byte-identical: no partial, corrupt or replaced file, no hidden temporary file,
 *   - leaves nothing in its (private) TMPDIR and no process of its own alive (found in /proc: support/processes.ts).
 * Faults about the slides run on `--only slides`, which builds and prints but skips the handout and the kit.
 */
import type { ScriptResult, ScriptRun } from '../support/script-run'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserGoneError, guardBrowser } from 'launch-kit/scripts/browser/guard'
import { findBrowser, launchBrowser } from 'launch-kit/scripts/browser/index'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { LOCK_NAME, OWNER_NAME } from 'launch-kit/scripts/output/lock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../fixtures/atlas/data/event'
import { budget } from '../support/budget'
import { withDeadline } from '../support/children'
import { hidden, snapshot } from '../support/export-folder'
import { settle } from '../support/processes'
import { disposeAll, startScript, tempLeftovers } from '../support/script-run'
import { unexplained } from '../support/stderr'

const SLIDES = `${event.report.slug}-slides.pdf`
/** Long enough that a run waiting on a chart that never becomes ready waits until the test acts. */
const LONG_TIMEOUT = '120000'
/**
 * The export's --timeout for the chart faults. It bounds each wait of the print page (load, slides, charts), and a
 * chart that never becomes ready is waited for exactly this long, so it is as short as a loaded machine allows:
 * from "browser ready" to the faulty chart drawn took 2.1–2.9 s with both cores busy (two `node -e 'for(;;);'`
 * hogs and other work, load average 7–12), ~1 s idle. 10 s on an idle machine, scaled to this one's load
 * (support/budget.ts) and capped at 20 s, still seven times the slowest seen, since the test waits all of it; the
 * faults that do not wait for the timeout get a minute.
 */
const NEVER_READY_TIMEOUT = await budget(10_000, 20_000)
const CHART_FAULT_TIMEOUT = 60_000

/** Stand-ins for an earlier good export (every kind of output the runs below could replace). */
async function earlierExport(out: string): Promise<void> {
  await mkdir(join(out, 'charts', 'harbour-visits'), { recursive: true })
  await mkdir(join(out, 'site'), { recursive: true })
  await writeFile(join(out, SLIDES), '%PDF-1.7 earlier good slides\n')
  await writeFile(join(out, `${event.report.slug}-handout.pdf`), '%PDF-1.7 earlier good handout\n')
  await writeFile(join(out, 'site', 'index.html'), '<!doctype html><title>earlier site</title>\n')
  await writeFile(join(out, 'charts', 'harbour-visits', 'harbour-visits.csv'), 'Country,Paid visits (visits)\nDenmark,4200000\n')
  await writeFile(join(out, 'manifest.json'), '{"entries":[]}\n')
}

/** The pid of the command holding the export folder, from the lock's owner file. */
function holder(out: string): { pid: number, command: string } {
  return JSON.parse(readFileSync(join(out, OWNER_NAME), 'utf8')) as { pid: number, command: string }
}

/** Polls the run's processes until one matches (explicit wait, bounded). */
async function waitForProcess(run: ScriptRun, match: (cmd: string) => boolean, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout
  while (!run.watch.alive().some(p => match(p.cmd))) {
    if (Date.now() > deadline)
      throw new Error(`no matching process within ${timeout} ms:\n${run.output()}`)
    await new Promise(resolve => setTimeout(resolve, 100)) // poll interval
  }
}

/** The browser's group leader among the run's processes (Playwright starts Chromium as its own group). */
function browserGroup(run: ScriptRun): number {
  const leader = run.watch.alive().find(p => p.pid === p.pgid && /chrom/i.test(p.cmd.split(' ')[0] ?? '') && !p.cmd.includes('--type='))
  if (!leader)
    throw new Error(`no browser process found:\n${run.watch.alive().map(p => p.cmd.slice(0, 80)).join('\n')}`)
  return leader.pgid
}

let root: string
let out: string
let before: Record<string, string>

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deck-faults-'))
  out = join(root, 'exports')
  await earlierExport(out)
  before = await snapshot(out)
})

afterAll(async () => {
  await disposeAll()
  await rm(root, { recursive: true, force: true })
})

/**
 * The common end of every fault: exit code 1 (130 after Ctrl-C), the message, the earlier export byte-identical (no
 * hidden temporary file either), nothing left in the run's TMPDIR, no process of the run alive. Returns stderr for
 * more checks.
 */
async function expectCleanFailure(run: ScriptRun, result: ScriptResult, message: RegExp, folder = out, earlier = before, code = 1): Promise<string> {
  try {
    expect(result.code, result.stdout + result.stderr).toBe(code)
    expect(result.stderr).toMatch(message)
    expect(await hidden(folder)).toEqual([])
    expect(await snapshot(folder)).toEqual(earlier)
    expect(tempLeftovers(run.tmp)).toEqual([])
    expect((await settle(run.watch)).map(p => p.cmd.slice(0, 120))).toEqual([])
    return result.stderr
  }
  finally {
    await run.dispose()
  }
}

describe('the print page reports an error', () => {
  it.each([
    ['console-error', /the print page: console\.error: test fault: an error logged by the print page/],
    ['page-error', /the print page: uncaught: test fault: an error nothing catches/],
    ['missing-asset', /the print page: request failed: http:\/\/127\.0\.0\.1:\d+\/test-fault-missing\.png \(HTTP 404\)/],
  ] as const)('%s: the export fails naming the page and the message, and writes nothing', async (fault, message) => {
    const run = startScript('export', ['--only', 'slides', '--out', out], { env: { DECK_FAULT: fault } })
    const result = await run.exited
    expect(result.stdout).toContain(`test switch: ${fault} on the print page`)
    const stderr = await expectCleanFailure(run, result, message)
    expect(stderr).toMatch(/\[export\] page errors: \d+ problems?\n/)
    expect(stderr).toContain('a message known to be harmless can be allowed, with its reason, in scripts/export/page-errors.ts')
  })
})

describe('no usable browser', () => {
  it('CHROMIUM_PATH points at a file that does not exist', async () => {
    const run = startScript('export', ['--only', 'slides', '--out', out], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } })
    await expectCleanFailure(run, await run.exited, /CHROMIUM_PATH=\/nonexistent\/chromium: no such file\. Point it at a Chromium or Chrome executable/)
  })

  it('no browser on the search path: export, chart kit, Zoom lint and bench say how to get one, at once', async () => {
    const env = { CHROMIUM_PATH: '', DECK_BROWSER_SEARCH: 'none' }
    const runs = [['export', ['--out', out]], ['charts', ['--out', out]], ['lint-zoom', []], ['bench', ['--smoke', '--out', join(root, 'bench')]]] as const
    for (const [script, args] of runs) {
      const run = startScript(script, [...args], { env })
      const result = await run.exited
      const stderr = await expectCleanFailure(run, result, /No Chromium or Chrome found\. Any one of these fixes it:/)
      expect(stderr, script).toContain('sudo apt-get install -y chromium')
      expect(stderr, script).toContain('CHROMIUM_PATH=/path/to/chrome')
      // At once: before any build (a build alone takes 5–60 s here), and nothing hangs.
      expect(result.stdout, script).not.toMatch(/building the deck/)
      expect(existsSync(join(root, 'bench')), script).toBe(false)
    }
  })

  it('the browser found is not a Chromium and does not start: the deck build started beside it is stopped too', async () => {
    const fake = join(root, 'not-a-browser')
    await writeFile(fake, '#!/bin/sh\necho "this is not a browser" >&2\nexit 3\n', { mode: 0o755 })
    try {
      // --no-cache: the deck is built, not taken from the cache, so there is a build to stop.
      const run = startScript('export', ['--only', 'slides', '--out', out, '--browser', fake, '--no-cache'])
      const result = await run.exited
      await expectCleanFailure(run, result, /The browser at .*not-a-browser \(found via --browser\) did not start: it stopped \(exit code 3\), saying: this is not a browser/)
      // The build takes ~10 s; stopping it with the failed launch ends the run well before that.
      expect(result.stdout).toMatch(/building the deck/)
    }
    finally {
      await rm(fake, { force: true })
    }
  })
})

describe('an export waiting on a chart that never becomes ready', () => {
  let run: ScriptRun
  beforeAll(async () => {
    run = startScript('export', ['--only', 'slides', '--out', out, '--timeout', LONG_TIMEOUT], { env: { DECK_FAULT: 'chart-never-ready:first-crossings' } })
    // The fault reports itself once the page has drawn the chart: the export is now waiting.
    await run.waitFor(/test switch: held back the ready signal of chart "first-crossings"/)
  })
  afterAll(async () => run?.dispose())

  it('a second export or chart kit into the same folder fails at once, naming the running export', async () => {
    const running = holder(out)
    expect(running.command).toBe('npm run export')
    // The first run's lock, owner file and staging area.
    const first = await hidden(out)
    expect(first).toEqual(expect.arrayContaining([LOCK_NAME, OWNER_NAME]))
    for (const script of ['charts', 'export'] as const) {
      const second = startScript(script, ['--out', out, ...(script === 'export' ? ['--only', 'slides'] : [])])
      const result = await second.exited
      // Refused in 4.5–6.4 s with both cores busy (tsx starting, the lock read); waiting for the first run would take
      // its 120 s timeout.
      expect(result.ms, 'it does not wait for the first run').toBeLessThan(await budget(30_000, Number(LONG_TIMEOUT) - 10_000))
      // The second run added nothing.
      expect(await hidden(out)).toEqual(first)
      try {
        expect(result.code).not.toBe(0)
        expect(result.stderr).toMatch(new RegExp(`exports/? is in use by npm run export \\(pid ${running.pid}, started \\d{4}-\\d\\d-\\d\\d [\\d:]+ UTC\\)\\. Nothing was written\\. Wait for it to finish`))
        expect(tempLeftovers(second.tmp)).toEqual([])
        expect((await settle(second.watch)).map(p => p.cmd)).toEqual([])
      }
      finally {
        await second.dispose()
      }
    }
  })

  it('the browser is killed mid-export: the export notices at once, says so, and writes nothing', async () => {
    const killedAt = Date.now()
    process.kill(-browserGroup(run), 'SIGKILL')
    const result = await run.exited
    // Noticed in 0.7 s with both cores busy.
    expect(Date.now() - killedAt, 'noticed long before the 120 s readiness timeout').toBeLessThan(await budget(20_000, Number(LONG_TIMEOUT) - 10_000))
    await expectCleanFailure(run, result, /\[export\] Chromium stopped while waiting for every slide and chart of the print page to be ready \(.*\)\. Nothing was written\. It may have run out of memory or been killed; run again/)
  })
})

it('the page\'s renderer crashes mid-export: the export says the page crashed and writes nothing', async () => {
  const run = startScript('export', ['--only', 'slides', '--out', out, '--timeout', LONG_TIMEOUT], { env: { DECK_FAULT: 'chart-never-ready:first-crossings' } })
  await run.waitFor(/test switch: held back the ready signal/)
  const group = browserGroup(run)
  for (const p of run.watch.alive().filter(p => p.pgid === group && p.cmd.includes('--type=renderer')))
    process.kill(p.pid, 'SIGKILL')
  await expectCleanFailure(run, await run.exited, /\[export\] Chromium's page crashed while waiting for every slide and chart of the print page to be ready \(Target crashed\)\. Nothing was written\./)
})

it('a browser step that never finishes is stopped after the stall limit, naming the step', async () => {
  // Playwright waits for a page promise or a print job forever; the guard the export and the kit use does not.
  const browser = await launchBrowser(findBrowser())
  try {
    const guard = guardBrowser(browser, { stallMs: 1500 })
    const page = await browser.newPage()
    guard.watch(page)
    guard.step('waiting for a page that never answers')
    const started = Date.now()
    const error = await withDeadline(page.evaluate(() => new Promise(() => {})).then(() => null, (e: unknown) => guard.explain(e)), await budget(20_000, 150_000), () => 'the guard did not stop the hung step in time')
    // Stopped 1.6 s after the step began with both cores busy (1.5 s stall limit).
    expect(Date.now() - started).toBeLessThan(await budget(15_000, 150_000))
    expect(error).toBeInstanceOf(BrowserGoneError)
    expect((error as Error).message).toMatch(/^Chromium did not finish waiting for a page that never answers within 2 s and was stopped\. Nothing was written\./)
    // The guard closed the browser: it goes away without the test closing it.
    await withDeadline(new Promise(resolve => (browser.isConnected() ? browser.once('disconnected', resolve) : resolve(undefined))), await budget(15_000, 150_000), () => 'the guard did not close the browser in time')
    expect(Date.now() - started).toBeLessThan(await budget(15_000, 150_000))
  }
  finally {
    await browser.close()
  }
})

describe('a chart broken on purpose inside the page', () => {
  const faults = [
    { fault: 'chart-never-ready:first-crossings', timeout: NEVER_READY_TIMEOUT, says: new RegExp(`chart "first-crossings" on slide (\\d+) did not become ready within ${NEVER_READY_TIMEOUT} ms`) },
    { fault: 'chart-blank:harbour-visits', timeout: CHART_FAULT_TIMEOUT, says: /chart "harbour-visits" on slide (\d+) is blank/ },
    { fault: 'chart-blank-on-paper:harbour-services', timeout: CHART_FAULT_TIMEOUT, says: /chart "harbour-services" on slide (\d+): page \1 lacks \d+ of its \d+ labels as text/ },
  ]

  it.each(faults)('$fault: the export fails naming the chart and its slide', async ({ fault, timeout, says }) => {
    const deck = await readDeck()
    const run = startScript('export', ['--out', out, '--only', 'slides', '--timeout', String(timeout)], { env: { DECK_FAULT: fault } })
    const result = await run.exited
    expect(result.stdout, `the fault fired\n${result.stderr}`).toMatch(/test switch: /)
    const stderr = await expectCleanFailure(run, result, says)
    const id = fault.split(':')[1]!
    expect(Number(stderr.match(says)![1])).toBe(deck.slides.find(s => s.charts.includes(id))!.no)
  }, 180_000)
})

describe('the export folder cannot be written', () => {
  it('a file is in the way of the export folder: export and chart kit stop before building', async () => {
    const blocker = join(root, 'a-file')
    await writeFile(blocker, 'not a folder\n')
    try {
      for (const script of ['export', 'charts'] as const) {
        const run = startScript(script, ['--out', join(blocker, 'exports')])
        await expectCleanFailure(run, await run.exited, /could not write .*a-file\/exports: a file is in the way of a folder \(ENOTDIR\)/)
      }
      expect(readFileSync(blocker, 'utf8')).toBe('not a folder\n')
    }
    finally {
      await rm(blocker, { force: true })
    }
  })

  it('the disk fills up while the outputs are written: nothing is replaced', async () => {
    // The manifest is written last, after the slides PDF and the site are staged: the worst moment to fail.
    const run = startScript('export', ['--only', 'slides,site', '--out', out], { env: { DECK_FAULT: 'disk-full:manifest' } })
    const result = await run.exited
    expect(result.stdout).toMatch(/slides PDF verified: \d+ pages/)
    await expectCleanFailure(run, result, /could not write .*manifest\.json: the disk is full \(ENOSPC\)\nNothing was replaced: .* holds the earlier export, as it was\./)
  })
})

it('Ctrl-C sent to the export alone while slidev build runs: the build, its staging folder and the lock go', async () => {
  const run = startScript('export', ['--only', 'slides,site', '--out', out, '--no-cache'])
  await waitForProcess(run, cmd => cmd.includes('slidev.mjs build'))
  const { pid } = holder(out)
  process.kill(pid, 'SIGINT')
  const result = await run.exited
  expect(result.code).toBe(130)
  // Stopped by the export itself, not later by a broken pipe or by finishing: gone soon after the export's exit. The
  // export kills the build with SIGKILL and exits without waiting (its cleanups are synchronous); with SIGTERM the
  // build ended 10-361 ms after the export with both cores busy (13 runs), and could still write into the work
  // folder meanwhile. 2 s on an idle machine is five times that worst case, and less than the build has left to do.
  expect((await settle(run.watch, await budget(2000, 30_000))).filter(p => p.cmd.includes('slidev.mjs build'))).toEqual([])
  await expectCleanFailure(run, result, /\[export\] stopped by SIGINT: child processes stopped and temporary files removed; .*exports\/? is as it was before this run\./, out, before, 130)
})

it('a run killed outright (SIGKILL) leaves its lock and temporary folders, which the next run clears', async () => {
  const folder = join(root, 'killed')
  await earlierExport(folder)
  const earlier = await snapshot(folder)
  // --no-cache: every figure is drawn, so the kit is still drawing when it is killed.
  const killed = startScript('charts', ['--out', folder, '--no-cache'])
  await killed.waitFor(/renderer ready/)
  process.kill(holder(folder).pid, 'SIGKILL')
  await killed.exited
  try {
    // Nothing can clean up after SIGKILL: the lock, the run's staging area (the kit in it) and its work folder stay for now.
    const left = await hidden(folder)
    expect(left).toEqual(expect.arrayContaining([LOCK_NAME, OWNER_NAME]))
    expect(left.some(name => /^\.export\.\d+\.[0-9a-f]{8}\.tmp$/.test(name)), left.join(', ')).toBe(true)
    expect(tempLeftovers(killed.tmp).some(name => name.startsWith('deck-export-'))).toBe(true)
    // The earlier export itself is untouched, and Chromium quits on its own once its driver is gone.
    const visible = Object.fromEntries(Object.entries(await snapshot(folder)).filter(([path]) => !path.startsWith('.')))
    expect(visible).toEqual(earlier)
    expect((await settle(killed.watch)).map(p => p.cmd.slice(0, 120))).toEqual([])

    const next = startScript('charts', ['--out', folder, '--only', 'first-crossings', '--preset', 'article'], { tmp: killed.tmp })
    const result = await next.exited
    await next.dispose()
    expect(unexplained(result.stderr)).toEqual([])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/removed [2-9] temporary items left by a run that was stopped/)
    expect(await hidden(folder)).toEqual([])
    expect(existsSync(join(folder, 'charts', 'first-crossings', 'first-crossings-article.png'))).toBe(true)
    // Left: only Playwright's own profile folders of the killed run (it removes them on any exit but SIGKILL).
    expect(tempLeftovers(killed.tmp).filter(name => !name.startsWith('playwright'))).toEqual([])
  }
  finally {
    await killed.dispose()
    await rm(killed.tmp, { recursive: true, force: true })
  }
})
