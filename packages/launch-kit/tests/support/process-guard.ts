/**
 * Global setup for the whole run (vitest.config.ts, root): watches every process that carries the run's marker
 * from the start to the end of the run, and at the end fails the run if any is still alive, naming each one, after
 * killing it so the machine is left clean. Every test worker sets the marker in its environment
 * (mark-processes.ts), so every process a test starts carries it, and the e2e global setup sets it around its build.
 */
import type { TestProject } from 'vitest/node'
import { describeProcesses, killAll, RUN_MARKER_ENV, settle, watchProcesses } from './processes'

/** How long the run's last processes get to exit once the last file ended. */
const SETTLE_MS = 10_000

export default function setup(project: TestProject): () => Promise<void> {
  const marker = project.getProvidedContext().processMarker
  if (!marker)
    throw new Error('process-guard: vitest.config.ts provides no processMarker')
  // Polled all run long so that Chromium's helpers are known by their group while their leader is alive.
  const watch = watchProcesses(RUN_MARKER_ENV, marker, 250)
  return async () => {
    const left = await settle(watch, SETTLE_MS)
    watch.stop()
    if (left.length === 0)
      return
    killAll(left)
    process.exitCode = 1 // an error thrown here is only logged by Vitest; the run must fail
    throw new Error(`The test run left ${left.length} process(es) running (now killed):\n${describeProcesses(left)}`)
  }
}
