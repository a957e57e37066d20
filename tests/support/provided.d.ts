/**
 * What the test projects provide to their files (vitest.config.ts and the engine's vitest.projects.ts, through
 * Vitest's provide/inject): the run's process marker and, in the e2e projects, the folder of the deck built once.
 * The engine's support files declare the same where they read them; this declares them for this deck's type check.
 */
import 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    processMarker: string
    distDir: string
  }
}
