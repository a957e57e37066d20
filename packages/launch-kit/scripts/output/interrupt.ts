/**
 * Ctrl-C (SIGINT), SIGTERM or SIGHUP in the middle of a run. Each step of a run registers what it must undo
 * (a temporary folder to remove, a `slidev build` child to stop, a lock to release); one handler runs every
 * registered cleanup, newest first, says so on stderr and exits 130 / 143 / 129. Playwright kills its browsers
 * on that exit itself. A step that finishes unregisters its cleanup; with none left the handler is removed, so
 * outside a run the signals keep their default behaviour.
 *
 * Cleanups are synchronous (rmSync, child.kill): after a signal nothing asynchronous is sure to run.
 */
import { basename } from 'node:path'

export type Cleanup = () => void

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const
type HandledSignal = keyof typeof EXIT_CODES

/** Registered cleanups, in registration order; each registration is its own object so one function may be added twice. */
const cleanups: { run: Cleanup, note?: string, againAtExit?: boolean }[] = []

/** Set while outputs are being renamed into place: a signal then waits until they all are (or none is). */
let deferring = 0
let pending: HandledSignal | undefined
/** Once the outputs are in place, the notes that say the folder is as it was (the lock's) are no longer true. */
const PLACED = 'the new outputs had just been put in place'
let placed = false

function handle(signal: HandledSignal, outcome?: string): void {
  if (deferring > 0) {
    pending ??= signal
    return
  }
  const notes = outcome ? [outcome] : placed ? [PLACED] : cleanups.flatMap(entry => (entry.note ? [entry.note] : []))
  const ran = [...cleanups].reverse()
  for (const entry of ran) {
    try {
      entry.run()
    }
    catch {}
  }
  cleanups.length = 0
  // Once more at the very end of the exit, for what asks it: a Chromium that Playwright was starting as the signal
  // came can create its profile folder (and the folders above it) again inside a work folder just removed. Playwright
  // kills its browsers in its own 'exit' listener, added when it started them, so before this one.
  const again = ran.filter(entry => entry.againAtExit)
  if (again.length > 0) {
    process.once('exit', () => {
      for (const entry of again) {
        try {
          entry.run()
        }
        catch {}
      }
    })
  }
  const script = basename(process.argv[1] ?? 'run').replace(/\.[cm]?[jt]s$/, '')
  process.stderr.write(`[${script}] stopped by ${signal}: child processes stopped and temporary files removed${notes.map(n => `; ${n}`).join('')}.\n`)
  process.exit(EXIT_CODES[signal])
}

/**
 * Runs `step` (a few renames) to its end even if a signal arrives meanwhile; the signal is handled right after,
 * so the folder is never left half old, half new.
 */
export async function deferringInterrupts<T>(step: () => Promise<T>): Promise<T> {
  deferring++
  let done = false
  try {
    const result = await step()
    done = true
    placed = true
    return result
  }
  finally {
    deferring--
    if (deferring === 0 && pending) {
      const signal = pending
      pending = undefined
      handle(signal, done ? PLACED : undefined)
    }
  }
}

const handlers = Object.fromEntries((Object.keys(EXIT_CODES) as HandledSignal[]).map(signal => [signal, () => handle(signal)])) as Record<HandledSignal, () => void>

function install(on: boolean): void {
  for (const signal of Object.keys(handlers) as HandledSignal[]) {
    if (on)
      process.on(signal, handlers[signal])
    else
      process.off(signal, handlers[signal])
  }
}

/**
 * Runs `cleanup` if the process is interrupted before the returned function is called. `note` is added to the
 * message the handler prints (e.g. that the export folder is as it was). `againAtExit`: run it a second time as the
 * process exits, after Playwright has killed its browsers (for removing a folder a browser may write into; the
 * cleanup must be safe to repeat).
 */
export function onInterrupt(cleanup: Cleanup, note?: string, options: { againAtExit?: boolean } = {}): () => void {
  const entry = { run: cleanup, note, againAtExit: options.againAtExit }
  if (cleanups.length === 0)
    install(true)
  cleanups.push(entry)
  return () => {
    const at = cleanups.indexOf(entry)
    if (at === -1)
      return
    cleanups.splice(at, 1)
    if (cleanups.length === 0)
      install(false)
  }
}
