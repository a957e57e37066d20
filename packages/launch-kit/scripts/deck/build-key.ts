/**
 * The key of a built deck in the cache (output/cache.ts): everything `slidev build` reads. That is the engine and the
 * locked dependencies (engineKey), and every file of the project except what no build reads: dependencies, the
 * export folders, the project's tests, docs and benchmark results, and hidden files other than `.env*` (Vite reads
 * those) and the deck's own entry (the benchmark's long decks are hidden files). Whatever else a project holds
 * counts, so an edit anywhere that could reach the deck — slides.md, components/, public/, data/, charts/ — builds
 * it again, and an edit nowhere near it costs a rebuild at worst, never a stale deck. Also the entry, the VITE_*
 * settings and the Node version.
 */
import { relative, sep } from 'node:path'
import { ROOT, SLIDES } from '../core/index'
import { engineKey, hashFile, hashTree, hashValues } from '../output/index'

const NOT_READ = new Set(['node_modules', 'exports', 'dist', 'tests', 'docs', 'bench', 'packages'])

export interface DeckBuildKeyOptions {
  /** Export folders inside the project besides exports/ (an --out DIR), which the build never reads. */
  outs?: readonly string[]
  /** The project and its entry (default: ROOT and SLIDES). */
  root?: string
  entry?: string
}

export async function deckBuildKey(options: DeckBuildKeyOptions = {}): Promise<string> {
  const { outs = [], root = ROOT, entry: file = SLIDES } = options
  const skipped = outs.map(out => relative(root, out).split(sep).join('/')).filter(path => path && !path.startsWith('..'))
  const entry = relative(root, file).split(sep).join('/')
  const skip = (path: string) => {
    const top = path.split('/')[0]!
    if (top.startsWith('.'))
      return !top.startsWith('.env') && path !== entry
    return NOT_READ.has(top) || skipped.some(out => path === out || path.startsWith(`${out}/`))
  }
  const settings = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('VITE_')).sort())
  return `deck-${hashValues({
    format: 1,
    engine: await engineKey(),
    project: await hashTree(root, skip),
    entry,
    entryBytes: await hashFile(file),
    settings,
    node: process.version,
  })}`
}
