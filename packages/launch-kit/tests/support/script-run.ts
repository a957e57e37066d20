/**
 * Runs a project command (scripts/<name>.ts with tsx) the way a user does, marked so the test can find every
 * process it starts (processes.ts) and with a private TMPDIR so everything it leaves in the temp folder is seen.
 */
import type { ChildResult } from './children'
import type { ProcessInfo, ProcessWatch } from './processes'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { startChild, waitForOutput, withDeadline } from './children'
import { killAll, SCRIPT_MARKER_ENV, watchProcesses } from './processes'

export type ScriptResult = ChildResult

/** The tsx launcher, by path (no npx, no shell: one process less between the test and the command). */
export const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/**
 * How long a command may run before it is killed and the test fails: an export takes ~15 s alone and up to ~90 s
 * on two loaded cores; the benchmark's smoke run takes minutes (it passes its own).
 */
export const SCRIPT_DEADLINE_MS = 300_000

export interface ScriptRun {
  /** The tsx launcher's pid; the command itself runs in its child (its pid is in the lock's owner file). */
  pid: number
  tmp: string
  watch: ProcessWatch
  output: () => string
  /** Resolves once `pattern` shows on stdout or stderr; rejects if the command exits first or `timeout` passes. */
  waitFor: (pattern: RegExp, timeout?: number) => Promise<void>
  /** Resolves at exit; rejects (the command killed) if it runs past its deadline. */
  exited: Promise<ScriptResult>
  /** Stops watching, kills whatever of the run is still alive, removes its TMPDIR. */
  dispose: () => Promise<ProcessInfo[]>
}

export interface StartOptions {
  env?: Record<string, string>
  /** Project root to run in (a copy from project-copy.ts); default: the project the tests run on (ROOT). */
  root?: string
  /** Reuse another run's TMPDIR (to see what a later run clears). */
  tmp?: string
  /** Default SCRIPT_DEADLINE_MS. */
  deadline?: number
}

/** Tool caches that live in TMPDIR across runs: tsx's compile cache and jiti's (Slidev's config loader). */
const TOOL_CACHES = /^(?:tsx-\d+|jiti)$/

/** What is in a run's TMPDIR besides the tool caches. */
export function tempLeftovers(tmp: string): string[] {
  return readdirSync(tmp).filter(name => !TOOL_CACHES.test(name)).sort()
}

/** Every run not yet disposed, so a test file can clean up after a test that failed halfway (disposeAll). */
const live = new Set<ScriptRun>()

/** Disposes every run still live; for afterAll, so a failed assertion never leaves a process or a TMPDIR behind. */
export async function disposeAll(): Promise<void> {
  for (const run of [...live])
    await run.dispose()
}

/**
 * Runs scripts/<name>.ts with tsx in this project and resolves with its exit code and output (no process watch, no
 * private TMPDIR: for tests that only look at what a command wrote). Killed, and rejecting, past `deadline` ms.
 */
export async function runScript(script: string, args: string[], env: Record<string, string> = {}, deadline = SCRIPT_DEADLINE_MS): Promise<ScriptResult> {
  return startChild(process.execPath, [TSX, join(ENGINE, 'scripts', `${script}.ts`), ...args], { cwd: ROOT, env: { ...process.env, LAUNCH_KIT_PROJECT: ROOT, ...env }, deadline }).exited
}

export function startScript(script: 'export' | 'charts' | 'check' | 'lint-zoom' | 'bench', args: string[], options: StartOptions = {}): ScriptRun {
  const root = options.root ?? ROOT
  const tmp = options.tmp ?? mkdtempSync(join(tmpdir(), 'deck-test-tmp-'))
  const marker = randomUUID()
  const child = startChild(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ENGINE, 'scripts', `${script}.ts`), ...args], {
    cwd: root,
    env: { ...process.env, LAUNCH_KIT_PROJECT: root, ...options.env, TMPDIR: tmp, [SCRIPT_MARKER_ENV]: marker },
    deadline: options.deadline ?? SCRIPT_DEADLINE_MS,
    stopAfterTest: false, // faults.test.ts keeps a run across the tests of a describe; dispose() or the file's end stops it
  })
  const watch = watchProcesses(SCRIPT_MARKER_ENV, marker)
  const exited = child.exited.then((result) => {
    watch.tick()
    return result
  })
  exited.catch(() => {})
  const run: ScriptRun = {
    pid: child.pid,
    tmp,
    watch,
    output: child.output,
    waitFor: (pattern, timeout = 120_000) => waitForOutput(child, script, pattern, timeout),
    exited,
    dispose: async () => {
      live.delete(run)
      const left = watch.alive()
      watch.stop()
      killAll(left)
      await withDeadline(child.stop(0), 20_000, () => `${script} (pid ${child.pid}) did not exit after SIGKILL`)
      if (!options.tmp)
        rmSync(tmp, { recursive: true, force: true })
      return left
    },
  }
  live.add(run)
  return run
}
