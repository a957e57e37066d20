import { randomUUID } from 'node:crypto'
import { defineConfig } from 'vitest/config'
import { engineProjects } from './vitest.projects.ts'

/**
 * The engine's tests alone (`npx vitest run` in packages/launch-kit): its unit files, then its e2e files one at a
 * time, on the fixture decks (vitest.projects.ts). The process guard fails the run if any process a test started is
 * still alive at the end.
 */
const processMarker = randomUUID()

export default defineConfig({
  test: {
    provide: { processMarker },
    globalSetup: ['tests/support/process-guard.ts'],
    projects: engineProjects(processMarker),
  },
})
