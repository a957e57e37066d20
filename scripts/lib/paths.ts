/** Where things are, from the project root, whatever the current directory. */
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const SLIDES = join(ROOT, 'slides.md')
export const DEFAULT_OUT = join(ROOT, 'exports')
export const SLIDEV_BIN = join(ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
