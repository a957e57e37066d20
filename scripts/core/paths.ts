/** Where things are, from the project root, whatever the current directory. */
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/**
 * The deck's entry file. DECK_ENTRY replaces it (an absolute path, or relative to the project root) for the
 * benchmark's synthetic long decks; Slidev needs such a file in the project root, beside slides.md.
 */
export const SLIDES = resolve(ROOT, process.env.DECK_ENTRY || 'slides.md')
export const DEFAULT_OUT = join(ROOT, 'exports')
export const SLIDEV_BIN = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
