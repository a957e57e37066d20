import type { TestProjectInlineConfiguration } from 'vitest/config'
import { fileURLToPath } from 'node:url'

/**
 * The engine's test projects, on its fixture decks (tests/fixtures/: fictional test data), never on a launch's facts:
 * `engine-unit` (plain Node) and `engine-e2e` (the fixture built once, the real commands in Chromium, one file at a
 * time). A repository that holds the engine and launches lists them beside its own (its vitest.config.ts); the
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
        globalSetup: [here('./tests/support/fixture-modules.ts'), here('./tests/support/global-setup.ts')],
        testTimeout: 180_000,
        hookTimeout: 300_000,
        fileParallelism: false,
        sequence: { groupOrder: order.e2e },
      },
    },
  ]
}
