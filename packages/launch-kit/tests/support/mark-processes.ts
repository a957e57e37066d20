/**
 * Runs first in every test file (setupFiles in vitest.config.ts). It puts the run's marker and a marker of its own
 * into this worker's environment, so every process the file starts (directly, or through scripts, Slidev, tsx and
 * Chromium) inherits them, and at the end of the file it
 *   1. stops every child still running that was started through children.ts (those started in beforeAll hooks),
 *   2. waits a few seconds for the file's processes to exit,
 *   3. kills whatever of the file is still alive and fails the file, naming each process.
 * The global teardown (process-guard.ts) checks the whole run once more at the end.
 */
import { randomUUID } from 'node:crypto'
import { afterAll, inject } from 'vitest'
import { stopChildren } from './children'
import { describeProcesses, FILE_MARKER_ENV, killAll, RUN_MARKER_ENV, settle, watchProcesses } from './processes'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's process marker (vitest.config.ts). */
    processMarker: string
  }
}

process.env[RUN_MARKER_ENV] = inject('processMarker')
const fileMarker = randomUUID()
process.env[FILE_MARKER_ENV] = fileMarker
const watch = watchProcesses(FILE_MARKER_ENV, fileMarker, 250)

/** How long the file's processes get to exit after its own afterAll hooks ran (Chromium's helpers take ~1 s). */
const SETTLE_MS = 10_000

afterAll(async () => {
  await stopChildren()
  const left = await settle(watch, SETTLE_MS)
  watch.stop()
  if (left.length > 0) {
    killAll(left)
    const after = `${SETTLE_MS / 1000} s after it ended`
    throw new Error(`This test file left ${left.length} process(es) running ${after} (now killed):\n${describeProcesses(left)}`)
  }
}, SETTLE_MS + 30_000)
