/**
 * Global setup of the engine's test projects: every fixture deck links the repository's node_modules before any
 * test runs, so the commands the tests start in a fixture find Slidev, tsx and the fonts there (fixtures.ts).
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, linkModules } from './fixtures'

export default function setup(): void {
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (entry.isDirectory())
      linkModules(join(FIXTURES, entry.name))
  }
}
