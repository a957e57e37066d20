/**
 * Time limits that scale with the machine. A limit that holds on an idle machine (the number written in the test)
 * is multiplied by how much slower this machine is right now: a fixed piece of work (starting Node and running a
 * loop) is timed three times when a file first asks, and the median is compared with what it takes on an idle
 * 2-core machine. On two cores shared with other jobs the work took 30–60 times as long; a fixed limit then fails a
 * test that checks nothing slow.
 *
 * Limits that stand for a real deadline of the product (a 10 s stale lock, a 120 s readiness timeout) are capped
 * below it, so the test still tells the product's own wait from the one it must not do.
 */
import { startChild } from './children'

/** The fixed work: Node's start and a loop of ten million additions. */
const WORK = 'let s = 0; for (let i = 0; i < 1e7; i++) s += i'

/** What WORK takes on an idle 2-core machine, in ms (Node 20: ~40 ms to start, ~10 ms of loop). */
const IDLE_MS = 60

let measured: Promise<number> | undefined

async function measure(): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const { code } = await startChild(process.execPath, ['-e', WORK], { deadline: 120_000, stopAfterTest: false }).exited
    if (code !== 0)
      throw new Error(`the baseline work exited ${code}`)
    times.push(performance.now() - started)
  }
  return Math.max(1, times.sort((a, b) => a - b)[1]! / IDLE_MS)
}

/** How many times slower than idle this machine is now (at least 1), measured once per test file. */
export function slowdown(): Promise<number> {
  measured ??= measure()
  return measured
}

/** `idleMs` scaled by the slowdown, and kept under `cap` (a deadline of the product the test must stay below). */
export async function budget(idleMs: number, cap = Number.POSITIVE_INFINITY): Promise<number> {
  return Math.round(Math.min(cap, idleMs * await slowdown()))
}
