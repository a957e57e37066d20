/**
 * The kit's browser bundles kept between runs, in node_modules/.cache/deck-kit/. A bundle is reused only while every
 * file that went into it — Vite's own list of the bundle's modules (our charts, data and embed code, and the packages
 * they import) plus the files that steer the build (bundle.ts, the plugins in cldr.ts, tsconfig.json, package-lock.json) — is byte for byte
 * what it was, under the same Vite. Anything else rebuilds it. This saves the two Vite builds, about 1.5 s of CPU,
 * on every export after the first; a fresh clone or a changed figure builds as before.
 *
 * Hand-written rather than a cache library: the validity rule is this module list, which only the bundler knows.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { ENGINE, ROOT } from '../core/index'

const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'deck-kit')
const FORMAT = 1

/** Files that steer the build without being modules of the bundle. */
const STEERING = [join(ENGINE, 'scripts/kit/bundle.ts'), join(ENGINE, 'scripts/kit/cldr.ts'), join(ROOT, 'tsconfig.json'), join(ROOT, 'package-lock.json')]

interface Entry {
  format: number
  vite: string
  /** sha256 of every real file behind the bundle, by absolute path. */
  files: Record<string, string>
  code: string
}

async function sha256(file: string): Promise<string | undefined> {
  try {
    return createHash('sha256').update(await readFile(file)).digest('hex')
  }
  catch {
    return undefined
  }
}

/** One cache file per entry point and project folder (a test's copy of the project keeps its own). */
export function cacheFile(entry: string): string {
  return join(CACHE_DIR, `${createHash('sha256').update(`${ROOT}\0${entry}`).digest('hex').slice(0, 16)}.json`)
}

/** The cached bundle of `entry`, if every file behind it is unchanged; else undefined. */
export async function cachedBundle(entry: string, viteVersion: string): Promise<string | undefined> {
  let cached: Entry
  try {
    cached = JSON.parse(await readFile(cacheFile(entry), 'utf8')) as Entry
  }
  catch {
    return undefined
  }
  if (cached.format !== FORMAT || cached.vite !== viteVersion || Object.keys(cached.files).length === 0)
    return undefined
  const paths = Object.keys(cached.files)
  const now = await Promise.all(paths.map(sha256))
  return paths.every((path, i) => now[i] === cached.files[path]) ? cached.code : undefined
}

/** Keeps the bundle with the hashes of the modules Vite put in it (`moduleIds`: virtual ones are left out). */
export async function keepBundle(entry: string, viteVersion: string, moduleIds: readonly string[], code: string): Promise<void> {
  const real = [...new Set([...moduleIds.map(id => id.split('?')[0]!).filter(id => isAbsolute(id)), ...STEERING])]
  const hashes = await Promise.all(real.map(sha256))
  if (hashes.includes(undefined))
    return // a module that is not a file on disk after all: nothing to check it by, so nothing is kept
  const entryData: Entry = { format: FORMAT, vite: viteVersion, files: Object.fromEntries(real.map((path, i) => [path, hashes[i]!])), code }
  const file = cacheFile(entry)
  try {
    await mkdir(CACHE_DIR, { recursive: true })
    await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(entryData))
    await rename(`${file}.${process.pid}.tmp`, file)
  }
  catch {} // a cache that cannot be written only costs the next run its build
}
