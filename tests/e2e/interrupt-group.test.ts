/**
 * Ctrl-C as a terminal sends it: SIGINT to the whole foreground process group of `npm run export` and of `npm run
 * charts` (npm, its shell, the command, `slidev build`, … all at once; support/npm-run.ts), at a moment in each
 * phase: the deck build, the chart kit drawing, the print page, the PDF checks, the outputs being put in place. Each
 * time the run ends non-zero saying it was stopped, no process of it is left, nothing of it is left in its temp
 * folder or the export folder, and the earlier export is intact (or, stopped while the outputs were being renamed
 * into place, the whole new one is: never a mix).
 */
import type { Manifest } from 'launch-kit/scripts/output/manifest'
import type { NpmRun } from 'launch-kit/tests/support/npm-run'
import type { ScriptResult } from 'launch-kit/tests/support/script-run'
import { createHash } from 'node:crypto'
import { watch } from 'node:fs'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { constants, tmpdir } from 'node:os'
import { join } from 'node:path'
import { earlierExport, hidden, snapshot } from 'launch-kit/tests/support/export-folder'
import { startNpm } from 'launch-kit/tests/support/npm-run'
import { settle } from 'launch-kit/tests/support/processes'
import { disposeAll, tempLeftovers } from 'launch-kit/tests/support/script-run'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../../data/event'

let root: string
let earlier: string
let before: Record<string, string>

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deck-ctrl-c-'))
  earlier = join(root, 'earlier')
  await earlierExport(earlier, event.report.slug)
  before = await snapshot(earlier)
})

afterAll(async () => {
  await disposeAll()
  await rm(root, { recursive: true, force: true })
})

/** Resolves once a process of the run matches (polled: a process appears in /proc with no event to wait for). */
async function processAppears(run: NpmRun, match: (cmd: string) => boolean): Promise<void> {
  const state = { ended: false }
  run.exited.finally(() => { state.ended = true }).catch(() => {})
  while (!run.watch.alive().some(p => match(p.cmd))) {
    if (state.ended)
      throw new Error(`the run ended before the process appeared:\n${run.output()}`)
    await new Promise(resolve => setTimeout(resolve, 100)) // poll interval
  }
}

/** Resolves at the first file created in `dir` whose name matches (inotify: the moment it appears). */
function fileAppears(dir: string, name: RegExp, run: NpmRun): Promise<string> {
  return new Promise((resolve, reject) => {
    const watcher = watch(dir, (_event, file) => {
      if (file && name.test(file)) {
        watcher.close()
        resolve(file)
      }
    })
    run.exited.then(() => {
      watcher.close()
      reject(new Error(`the run ended before ${name} appeared in ${dir}:\n${run.output()}`))
    }, () => watcher.close())
  })
}

/**
 * Resolves when the run starts its commit: the manifest is the last file staged (scripts/export/commit.ts), in the
 * run's staging folder `<out>/.export.<pid>.<hex>.tmp/`, just before everything is renamed into place.
 */
async function commitStarts(run: NpmRun, out: string): Promise<void> {
  const staging = await fileAppears(out, /^\.export\.\d+\.[0-9a-f]{8}\.tmp$/, run)
  await fileAppears(join(out, staging), /^manifest\.json$/, run)
}

/** The export folder holds the whole new export: every manifest entry there with its bytes' hash. */
async function wholeNewExport(out: string): Promise<boolean> {
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest
  for (const entry of manifest.entries) {
    const bytes = await readFile(join(out, entry.path)).catch(() => undefined)
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== entry.sha256)
      return false
  }
  return manifest.entries.length > 0
}

interface Moment {
  name: string
  script: 'export' | 'charts'
  args: string[]
  /** Waits until the run is at the moment. */
  at: (run: NpmRun, out: string) => Promise<void>
  /** Stopped while the outputs are renamed into place: the run finishes the renames first (the new export, whole). */
  committing?: boolean
  /**
   * --no-cache: the moment is a phase the cache skips (the build, the drawing). The later moments take the build and
   * figures the earlier ones stored, and get to their phase sooner.
   */
  cold?: boolean
}

const MOMENTS: Moment[] = [
  { name: 'export, while slidev build runs', script: 'export', args: ['--only', 'slides,site'], at: run => processAppears(run, cmd => cmd.includes('slidev.mjs build')), cold: true },
  { name: 'export, while the chart kit draws', script: 'export', args: ['--only', 'charts'], at: run => run.waitFor(/export: [a-z0-9-]+ 1\/\d+ · /), cold: true },
  { name: 'export, while the print page renders', script: 'export', args: ['--only', 'slides'], at: run => run.waitFor(/export: deck built, browser ready/) },
  { name: 'export, while the PDFs are checked', script: 'export', args: ['--only', 'slides'], at: run => run.waitFor(/export: print page done/) },
  { name: 'export, while the outputs are put in place', script: 'export', args: ['--only', 'slides'], at: commitStarts, committing: true },
  { name: 'charts, while drawing', script: 'charts', args: ['--only', 'first-deliveries', '--preset', 'article'], at: run => run.waitFor(/charts: chart renderer ready/), cold: true },
  { name: 'charts, while the kit is put in place', script: 'charts', args: ['--only', 'first-deliveries', '--preset', 'article'], at: commitStarts, committing: true },
]

describe('Ctrl-C to the process group', () => {
  it.each(MOMENTS)('$name: stops, leaves no process and no temporary file, the earlier export intact', async (moment) => {
    const out = join(root, moment.name.replace(/\W+/g, '-'))
    await cp(earlier, out, { recursive: true })
    const run = startNpm(moment.script, [...moment.args, '--out', out, ...(moment.cold ? ['--no-cache'] : [])])
    let result: ScriptResult
    try {
      await moment.at(run, out)
      run.signalGroup('SIGINT')
      result = await run.exited
      // The status a shell reports: 130 after a Ctrl-C (npm ends by the signal itself, or with the command's 130).
      expect(result.code ?? 128 + constants.signals[result.signal!], run.output()).toBe(130)
      expect(result.stderr).toMatch(new RegExp(`\\[${moment.script}\\] stopped by SIGINT: child processes stopped and temporary files removed`))
      expect((await settle(run.watch)).map(p => p.cmd.slice(0, 120))).toEqual([])
      expect(tempLeftovers(run.tmp)).toEqual([])
      expect(await hidden(out)).toEqual([])
      const now = await snapshot(out)
      if (moment.committing && result.stderr.includes('the new outputs had just been put in place'))
        expect(await wholeNewExport(out), 'the whole new export, never a mix').toBe(true)
      else
        expect(now).toEqual(before)
    }
    finally {
      await run.dispose()
    }
  }, 300_000)
})
