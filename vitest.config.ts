import { randomUUID } from 'node:crypto'
import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` (plain Node: data, registry, formatting, alt text) and `e2e` (the built deck and the real
 * commands in Chromium). The e2e project builds the deck once for all its files (tests/support/global-setup.ts).
 *
 * The projects run one after the other (sequence.groupOrder): unit files first, then the e2e files one at a time,
 * so no unit test shares the two cores with a deck build, an export or Chromium. The deck build of the e2e global
 * setup runs before any test file starts.
 *
 * Processes: every process a test starts carries `processMarker` in its environment (tests/support/
 * mark-processes.ts); each file stops what it left, and the root global setup (tests/support/process-guard.ts)
 * fails the run if any process of the run is alive at the end.
 */
const processMarker = randomUUID()

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    provide: { processMarker },
    globalSetup: ['tests/support/process-guard.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          provide: { processMarker },
          setupFiles: ['tests/support/mark-processes.ts', 'tests/support/launch.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          provide: { processMarker },
          setupFiles: ['tests/support/mark-processes.ts', 'tests/support/launch.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
