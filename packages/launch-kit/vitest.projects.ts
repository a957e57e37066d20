import type { TestProjectInlineConfiguration } from 'vitest/config'
import { fileURLToPath } from 'node:url'

/**
 * The engine's test projects, on its fixture decks (tests/fixtures/: fictional test data), never on a launch's facts:
 * `engine-unit` (plain Node), `engine-e2e` (the fixture built once, the real commands in Chromium, one file at a
 * time) and `engine-e2e-own` (the e2e files that need no shared build, one at a time, beside engine-e2e). A repository that holds the engine and launches lists them beside its own (its vitest.config.ts); the
 * engine's vitest.config.ts runs them alone.
 *
 * Both point the engine at the atlas fixture (LAUNCH_KIT_PROJECT, read by scripts/core/paths.ts), link the
 * repository's node_modules into each fixture before any test (tests/support/fixture-modules.ts) and load the
 * fixture in every file (tests/support/launch.ts). Every process a test starts carries `processMarker`
 * (tests/support/mark-processes.ts), so the run's process guard (tests/support/process-guard.ts) sees it.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** The engine's folder, and the fixture deck its tests run on. */
export const ENGINE_DIR = here('./')
export const ATLAS_DIR = here('./tests/fixtures/atlas')

/**
 * The e2e files that build nothing of the fixture's shared build and run long on their own (the benchmark's smoke
 * run, a new launch packed and installed): a project of their own, beside `engine-e2e` in the same group, so their
 * minutes overlap with the other e2e files instead of adding to them.
 */
const SELF_CONTAINED = ['tests/e2e/bench-smoke.test.ts', 'tests/e2e/new-launch.test.ts']

/** `groupOrder`: the unit files run first, beside a launch's unit files; then the e2e projects, one after another. */
export function engineProjects(processMarker: string, order: { unit: number, e2e: number } = { unit: 0, e2e: 1 }): TestProjectInlineConfiguration[] {
  const shared = {
    dir: ENGINE_DIR,
    environment: 'node' as const,
    env: { TZ: 'UTC', LAUNCH_KIT_PROJECT: ATLAS_DIR },
    provide: { processMarker },
    setupFiles: [here('./tests/support/mark-processes.ts'), here('./tests/support/launch.ts')],
  }
  return [
    {
      test: {
        ...shared,
        name: 'engine-unit',
        include: ['tests/unit/**/*.test.ts'],
        globalSetup: [here('./tests/support/fixture-modules.ts')],
        sequence: { groupOrder: order.unit },
      },
    },
    {
      test: {
        ...shared,
        name: 'engine-e2e',
        include: ['tests/e2e/**/*.test.ts'],
        exclude: SELF_CONTAINED,
        globalSetup: [here('./tests/support/fixture-modules.ts'), here('./tests/support/global-setup.ts')],
        testTimeout: 180_000,
        hookTimeout: 300_000,
        fileParallelism: false,
        sequence: { groupOrder: order.e2e },
      },
    },
    {
      test: {
        ...shared,
        name: 'engine-e2e-own',
        include: SELF_CONTAINED,
        globalSetup: [here('./tests/support/fixture-modules.ts')],
        testTimeout: 180_000,
        hookTimeout: 300_000,
        fileParallelism: false,
        sequence: { groupOrder: order.e2e },
      },
    },
  ]
}
