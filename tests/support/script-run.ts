/**
 * Runs a project command (scripts/<name>.ts with tsx) the way a user does, marked so the test can find every
 * process it starts (processes.ts) and with a private TMPDIR so everything it leaves in the temp folder is seen.
 */
import type { ProcessInfo, ProcessWatch } from './processes'
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../scripts/core/paths'
import { MARKER_ENV, watchProcesses } from './processes'

export interface ScriptResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Wall time from start to exit. */
  ms: number
}

export interface ScriptRun {
  /** The tsx launcher's pid; the command itself runs in its child (its pid is in the lock's owner file). */
  pid: number
  tmp: string
  watch: ProcessWatch
  output: () => string
  /** Resolves once `pattern` shows on stdout or stderr; rejects if the command exits first or `timeout` passes. */
  waitFor: (pattern: RegExp, timeout?: number) => Promise<void>
  exited: Promise<ScriptResult>
  /** Stops watching, kills whatever of the run is still alive, removes its TMPDIR. */
  dispose: () => Promise<ProcessInfo[]>
}

export interface StartOptions {
  env?: Record<string, string>
  /** Project root to run in (a copy from project-copy.ts); default: this project. */
  root?: string
  /** Reuse another run's TMPDIR (to see what a later run clears). */
  tmp?: string
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
 * private TMPDIR: for tests that only look at what a command wrote).
 */
export function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null, stdout: string, stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join('scripts', `${script}.ts`), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => { stdout += chunk })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

export function startScript(script: 'export' | 'charts' | 'check', args: string[], options: StartOptions = {}): ScriptRun {
  const root = options.root ?? ROOT
  const tmp = options.tmp ?? mkdtempSync(join(tmpdir(), 'deck-test-tmp-'))
  const marker = randomUUID()
  const started = Date.now()
  const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', `${script}.ts`), ...args], {
    cwd: root,
    env: { ...process.env, ...options.env, TMPDIR: tmp, [MARKER_ENV]: marker },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const watch = watchProcesses(marker)
  let stdout = ''
  let stderr = ''
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach(l => l())
  child.stdout.on('data', (chunk) => { stdout += chunk; notify() })
  child.stderr.on('data', (chunk) => { stderr += chunk; notify() })
  let done = false
  const exited = new Promise<ScriptResult>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      done = true
      notify()
      watch.tick()
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started })
    })
  })
  const run: ScriptRun = {
    pid: child.pid!,
    tmp,
    watch,
    output: () => stdout + stderr,
    waitFor: (pattern, timeout = 120_000) => new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(stdout + stderr))
          finish(resolve)
        else if (done)
          finish(() => reject(new Error(`${script} exited before printing ${pattern}:\n${stdout}${stderr}`)))
      }
      const timer = setTimeout(() => finish(() => reject(new Error(`${script} did not print ${pattern} within ${timeout} ms:\n${stdout}${stderr}`))), timeout)
      const finish = (then: () => void) => {
        clearTimeout(timer)
        listeners.delete(check)
        then()
      }
      listeners.add(check)
      check()
    }),
    exited,
    dispose: async () => {
      live.delete(run)
      const left = watch.alive()
      watch.stop()
      for (const p of left) {
        try {
          process.kill(p.pid, 'SIGKILL')
        }
        catch {}
      }
      if (!done)
        await exited
      if (!options.tmp)
        rmSync(tmp, { recursive: true, force: true })
      return left
    },
  }
  live.add(run)
  return run
}

