/**
 * Every child process a test starts goes through startChild: it runs in a process group of its own (so stopping it
 * stops what it started too), its exit is awaited with a deadline, and it is stopped when the test that started it
 * finishes (passed, failed or timed out: Vitest's onTestFinished) or, when started in a hook, when the file ends
 * (stopChildren, called by the afterAll in mark-processes.ts). Nothing here waits without a deadline.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { onTestFinished } from 'vitest'

export interface ChildResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Wall time from start to exit. */
  ms: number
}

export interface ChildOptions {
  cwd?: string
  /** The whole environment (default: this process's, which carries the run's process markers). */
  env?: NodeJS.ProcessEnv
  /** How long `exited` waits before the child is killed and `exited` rejects (default 10 minutes). */
  deadline?: number
  /** Stop the child when the current test finishes (default: true when started inside a test). */
  stopAfterTest?: boolean
}

export interface StartedChild {
  pid: number
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  /** stdout then stderr. */
  output: () => string
  /** Calls `listener` on every chunk of output and once at exit. */
  onChange: (listener: () => void) => () => void
  /** True once the child has exited and its output is complete. */
  done: () => boolean
  /** Resolves at exit; if the child outlives its deadline it is killed and this rejects, naming it. */
  exited: Promise<ChildResult>
  /** SIGTERM to its group, SIGKILL after `grace` ms; resolves once it exited (rejects after 10 s more). */
  stop: (grace?: number) => Promise<void>
}

const live = new Set<StartedChild>()

/** Signals the child's process group (the child leads it: spawned detached). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  }
  catch {} // the group is gone
}

/** Rejects after `ms` with `message` unless `promise` settles first. */
export function withDeadline<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

/**
 * Resolves once `pattern` shows in the child's output; rejects if the child exits first or `timeout` ms pass. `name`
 * is how the messages call the command.
 */
export function waitForOutput(child: StartedChild, name: string, pattern: RegExp, timeout: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (pattern.test(child.output()))
        finish(resolve)
      else if (child.done())
        finish(() => reject(new Error(`${name} exited before printing ${pattern}:\n${child.output()}`)))
    }
    const timer = setTimeout(() => finish(() => reject(new Error(`${name} did not print ${pattern} within ${timeout} ms:\n${child.output()}`))), timeout)
    const finish = (then: () => void) => {
      clearTimeout(timer)
      forget()
      then()
    }
    const forget = child.onChange(check)
    check()
  })
}

export function startChild(command: string, args: readonly string[], options: ChildOptions = {}): StartedChild {
  const started = Date.now()
  const deadline = options.deadline ?? 600_000
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: stop() reaches whatever it started
  })
  const name = `${[command, ...args].join(' ').slice(0, 160)} (pid ${child.pid})`
  let stdout = ''
  let stderr = ''
  let finished = false
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach(listener => listener())
  child.stdout!.on('data', (chunk) => { stdout += chunk; notify() })
  child.stderr!.on('data', (chunk) => { stderr += chunk; notify() })
  const exit = new Promise<ChildResult>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => {
      finished = true
      live.delete(handle)
      notify()
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started })
    })
  })
  const exited = withDeadline(exit, deadline, () => {
    signalGroup(child.pid!, 'SIGKILL')
    return `${name} did not exit within ${deadline} ms and was killed. Its output:\n${stdout}${stderr}`
  })
  exited.catch(() => {}) // a rejection nobody awaited must not become an unhandled one; awaiting it still throws
  const handle: StartedChild = {
    pid: child.pid!,
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    output: () => stdout + stderr,
    onChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    done: () => finished,
    exited,
    stop: async (grace = 5000) => {
      if (finished)
        return
      signalGroup(child.pid!, 'SIGTERM')
      const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), grace)
      try {
        const exitOrNot = exit.catch(() => undefined)
        await withDeadline(exitOrNot, grace + 10_000, () => `${name} was sent SIGKILL and still did not exit`)
      }
      finally {
        clearTimeout(timer)
      }
      // The child has exited; a grandchild still in its group (one that ignored SIGTERM) goes too. The kernel hands
      // out pids in sequence, so right after the exit the group id is still ours.
      signalGroup(child.pid!, 'SIGKILL')
    },
  }
  if (child.pid === undefined) // spawn failed (e.g. ENOENT): 'error' rejects exited
    return handle
  live.add(handle)
  if (options.stopAfterTest ?? true) {
    try {
      onTestFinished(() => handle.stop())
    }
    catch {} // started in a hook, outside a test: stopped when the file ends (stopChildren)
  }
  return handle
}

/** Stops every child still running; for afterAll (mark-processes.ts runs it after every file). */
export async function stopChildren(): Promise<string[]> {
  const running = [...live]
  await Promise.all(running.map(c => c.stop(2000)))
  return running.map(c => `pid ${c.pid}: ${c.child.spawnargs.join(' ').slice(0, 160)}`)
}
