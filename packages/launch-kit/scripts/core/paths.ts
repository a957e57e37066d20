/** Where things are: the project (the deck being exported) and the engine (this package), whatever the current directory. */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The engine's own folder (packages/launch-kit, or node_modules/launch-kit in a project that installed it). */
export const ENGINE = fileURLToPath(new URL('../..', import.meta.url))

/** The nearest folder at or above `from` that holds a slides.md, else `from` itself. */
function projectAt(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'slides.md')))
      return dir
    if (dirname(dir) === dir)
      return from
  }
}

/**
 * The project: the launch deck the commands work on. npm runs a project's scripts in its folder, so it is found from
 * the current directory; LAUNCH_KIT_PROJECT names another (the engine's tests run it on their fixture decks).
 */
export const ROOT = projectAt(resolve(process.env.LAUNCH_KIT_PROJECT || process.cwd()))
/**
 * The deck's entry file. DECK_ENTRY replaces it (an absolute path, or relative to the project root) for the
 * benchmark's synthetic long decks; Slidev needs such a file in the project root, beside slides.md.
 */
export const SLIDES = resolve(ROOT, process.env.DECK_ENTRY || 'slides.md')
export const DEFAULT_OUT = join(ROOT, 'exports')
export const SLIDEV_BIN = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
