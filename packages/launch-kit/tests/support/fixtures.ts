/**
 * The engine's test decks (tests/fixtures/): small launches of fictional test data, so the engine's tests never read
 * a real report's facts. `atlas` is the main one; the engine's vitest projects point the engine at it
 * (LAUNCH_KIT_PROJECT, read by scripts/core/paths.ts) and every test file loads it (launch.ts).
 *
 * A fixture runs the engine's commands as a launch does, and the commands find Slidev, tsx, the fonts and the browser
 * cache under the project's node_modules: each fixture gets a link to the repository's (git ignores it), made before
 * any test runs (fixture-modules.ts) and again by any test that needs it.
 */
import { existsSync, rmSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder that holds the fixtures. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** The main fixture: five countries, one chart of each kind, three languages, ten slides. */
export const ATLAS = join(FIXTURES, 'atlas')

/** The node_modules every fixture links to: the one the engine's own packages were installed into. */
export const REPOSITORY_MODULES = dirname(dirname(createRequire(import.meta.url).resolve('tsx/package.json')))

/** Links `root`/node_modules to the repository's, unless it has a working one. */
export function linkModules(root: string): void {
  const link = join(root, 'node_modules')
  if (existsSync(link))
    return
  if (!existsSync(REPOSITORY_MODULES))
    throw new Error(`${REPOSITORY_MODULES} does not exist: run npm ci in the repository first`)
  rmSync(link, { force: true }) // a link whose target has gone
  symlinkSync(relative(root, REPOSITORY_MODULES), link, 'dir')
}
