import { randomUUID } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { engineProjects } from './packages/launch-kit/vitest.projects.ts'

/**
 * The repository's tests: the engine's (packages/launch-kit/vitest.projects.ts: on its fictional fixture decks) and
 * this launch's (tests/: its facts). Four projects, in groups that run one after the other (sequence.groupOrder):
 *   0. `engine-unit` and `deck-unit`, in plain Node, side by side;
 *   1. `engine-e2e`: the fixture built once, the real commands in Chromium, one file at a time;
 *   2. `deck-e2e`: this deck built once, its one export and its legibility, one file at a time.
 * So no unit test shares the two cores with a build, an export or Chromium. Every project's global setup (each e2e
 * project's build) runs before any test file starts.
 *
 * Each project points the engine at its deck with LAUNCH_KIT_PROJECT (scripts/core/paths.ts). Processes: every
 * process a test starts carries `processMarker` in its environment (mark-processes.ts); each file stops what it
 * left, and the root global setup (process-guard.ts) fails the run if any process of the run is alive at the end.
 */
const processMarker = randomUUID()
const ROOT = fileURLToPath(new URL('./', import.meta.url))
const SUPPORT = 'packages/launch-kit/tests/support'

const deck = {
  environment: 'node' as const,
  env: { TZ: 'UTC', LAUNCH_KIT_PROJECT: ROOT },
  provide: { processMarker },
  setupFiles: [`${SUPPORT}/mark-processes.ts`, 'tests/support/launch.ts'],
}

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    provide: { processMarker },
    globalSetup: [`${SUPPORT}/process-guard.ts`],
    projects: [
      ...engineProjects(processMarker, { unit: 0, e2e: 1 }),
      {
        test: {
          ...deck,
          name: 'deck-unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...deck,
          name: 'deck-e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: [`${SUPPORT}/global-setup.ts`],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
})
