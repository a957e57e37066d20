/**
 * Watches the browser under a run. It notices when the browser dies (killed, out of memory, crashed) and turns
 * Playwright's terse "Target page, context or browser has been closed" into a message that says what happened and
 * during which step. It also stops a browser that hangs: a step that makes no progress for `stallMs` (a print job
 * or a page promise that never settles, which Playwright would wait for forever) closes the browser, so the run
 * fails with the step named instead of never ending.
 */
import type { Browser, Page } from 'playwright-chromium'

export class BrowserGoneError extends Error {
  override name = 'BrowserGoneError'
}

export interface BrowserGuard {
  /** Names the step now running, for the message ("waiting for the charts to be ready"); restarts the stall clock. */
  step: (what: string) => void
  /** Also watches a page for a renderer crash. */
  watch: (page: Page) => void
  /** Closes the browser on purpose (not reported as a failure) and stops watching. */
  close: () => Promise<void>
  /** `error` itself, or a BrowserGoneError when the browser or a page died or hung during the run. */
  explain: (error: unknown) => unknown
}

export interface GuardOptions {
  /** The browser's name in messages. */
  name?: string
  /** Milliseconds one step may run before the browser counts as hung and is closed. */
  stallMs?: number
}

/** Long enough for any step of a long deck on a slow machine; a hang is still reported within minutes, not never. */
export const DEFAULT_STALL_MS = 180_000

/**
 * The browser's stall limit for a run whose readiness waits allow `timeout` ms: above them, so a slow chart is
 * reported by its own wait. The run's watchdog (watchdog.ts) waits a minute longer than this.
 */
export const stallLimit = (timeout: number): number => Math.max(DEFAULT_STALL_MS, 2 * timeout)

const FIX = 'Nothing was written. It may have run out of memory or been killed; run again, and if it keeps happening try another browser with --browser PATH (or CHROMIUM_PATH).'

/** Playwright's words for a call cut short because its browser, context or page went away. */
const CLOSED = /Target page, context or browser has been closed|Target closed|Browser closed|browser has disconnected|Target crashed|Page crashed/i

export function guardBrowser(browser: Browser, options: GuardOptions = {}): BrowserGuard {
  const { name = 'Chromium', stallMs = DEFAULT_STALL_MS } = options
  let step = 'starting'
  let closing = false
  let disconnectedDuring: string | undefined
  let crashedDuring: string | undefined
  let stalledDuring: string | undefined
  let timer: NodeJS.Timeout | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      stalledDuring = step
      void browser.close().catch(() => {})
    }, stallMs)
    timer.unref()
  }
  browser.on('disconnected', () => {
    clearTimeout(timer)
    if (!closing)
      disconnectedDuring ??= step
  })
  arm()
  return {
    step: (what) => {
      step = what
      arm()
    },
    watch: (page) => {
      page.on('crash', () => { crashedDuring ??= step })
    },
    close: async () => {
      closing = true
      clearTimeout(timer)
      await browser.close()
    },
    explain: (error) => {
      if (error instanceof BrowserGoneError)
        return error // explained already (by a step that explains its own errors)
      // Playwright's first line, without the API call it came from ("page.$$eval: Target crashed").
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/^[\w.$]+: /, '').trim()
      if (stalledDuring !== undefined)
        return new BrowserGoneError(`${name} did not finish ${stalledDuring} within ${Math.round(stallMs / 1000)} s and was stopped. Nothing was written. Run again; if it hangs at the same step, open the deck with npm run present and look at that step's slide or chart.`, { cause: error })
      const gone = !closing && (disconnectedDuring !== undefined || !browser.isConnected())
      if (crashedDuring !== undefined && !gone)
        return new BrowserGoneError(`${name}'s page crashed while ${crashedDuring} (${message}). ${FIX}`, { cause: error })
      if (gone)
        return new BrowserGoneError(`${name} stopped while ${disconnectedDuring ?? step} (${message}). ${FIX}`, { cause: error })
      if (CLOSED.test(message) && !closing)
        return new BrowserGoneError(`${name} or its page went away while ${step} (${message}). ${FIX}`, { cause: error })
      return error
    },
  }
}
