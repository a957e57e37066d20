/**
 * The last line of defence against a run that hangs (a build, a bundler or a browser call that never settles):
 * every line the run logs is progress; if none comes for `stallMs`, the watchdog says so, naming the last step,
 * and stops the run with SIGTERM, so the interrupt handler (interrupt.ts) stops child processes, removes temporary
 * files and releases the lock as it does for Ctrl-C. The browser guard (guard.ts) stops a hung browser
 * sooner and more precisely; this covers everything else.
 */
import type { Log } from '../core/index'
import { DEFAULT_STALL_MS } from './guard'

export interface Watchdog {
  /** `log`, with every line counted as progress. */
  log: Log
  stop: () => void
}

export function watchProgress(log: Log, stallMs: number = DEFAULT_STALL_MS): Watchdog {
  let last = 'starting'
  let timer: NodeJS.Timeout | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      log.error(`no progress for ${Math.round(stallMs / 1000)} s since "${last}": the run is stopped. Nothing was written. Run again; if it stops at the same place, run that step alone (npm run build, npm run charts) to see where it hangs.`)
      process.kill(process.pid, 'SIGTERM')
    }, stallMs)
    timer.unref()
  }
  const seen = <A extends unknown[]>(name: (...args: A) => string, write: (...args: A) => void) => (...args: A) => {
    last = name(...args)
    arm()
    write(...args)
  }
  arm()
  return {
    log: {
      ...log,
      step: seen(message => message, log.step),
      progress: seen((label, done, total) => `${label} ${done}/${total}`, log.progress),
      file: seen(path => path, log.file),
    },
    stop: () => clearTimeout(timer),
  }
}
