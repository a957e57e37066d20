/**
 * Hashes for cache keys (cache.ts): of a folder's files (names and bytes), of one file, and of plain values. A key
 * is a short hex digest of sha256; every input goes in with its name, so two inputs cannot run together.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ENGINE, ROOT } from '../core/index'

/** 16 bytes of sha256 in hex: ample for telling a few thousand entries apart. */
export const digest = (hash: ReturnType<typeof createHash>): string => hash.digest('hex').slice(0, 32)

/** Every file under `dir` (relative paths, forward slashes, sorted) whose path `skip` does not refuse. */
export async function listTree(dir: string, skip: (path: string) => boolean = () => false, under = ''): Promise<string[]> {
  const entries = await readdir(join(dir, under), { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(entries.map((e) => {
    const path = under ? `${under}/${e.name}` : e.name
    if (skip(path))
      return Promise.resolve([])
    return e.isDirectory() ? listTree(dir, skip, path) : e.isFile() ? Promise.resolve([path]) : Promise.resolve([])
  }))
  return nested.flat().sort()
}

/** The hash of the files under `dir` that `skip` leaves: their paths and their bytes. */
export async function hashTree(dir: string, skip?: (path: string) => boolean): Promise<string> {
  const hash = createHash('sha256')
  for (const path of await listTree(dir, skip))
    hash.update(`${path}\0`).update(await readFile(join(dir, path))).update('\0')
  return digest(hash)
}

/** The hash of one file's bytes ('' when it does not exist, so a missing file is an input too). */
export async function hashFile(path: string): Promise<string> {
  const bytes = await readFile(path).catch(() => undefined)
  return bytes ? digest(createHash('sha256').update(bytes)) : ''
}

/**
 * The hash of named values. Functions count by their source text; keys are sorted, so the same values in another
 * order give the same hash.
 */
export function hashValues(values: Record<string, unknown>): string {
  return digest(createHash('sha256').update(stableJson(values)))
}

export function stableJson(value: unknown): string {
  const seen = new WeakSet<object>()
  const walk = (v: unknown): unknown => {
    if (typeof v === 'function')
      return `function:${v.toString()}`
    if (typeof v === 'number' && !Number.isFinite(v))
      return `number:${String(v)}`
    if (typeof v === 'undefined')
      return 'undefined'
    if (typeof v === 'bigint')
      return `bigint:${v}`
    if (v === null || typeof v !== 'object')
      return v
    if (seen.has(v))
      return 'circular'
    seen.add(v)
    const out = Array.isArray(v) ? v.map(walk) : Object.fromEntries(Object.keys(v).sort().map(k => [k, walk((v as Record<string, unknown>)[k])]))
    seen.delete(v)
    return out
  }
  return JSON.stringify(walk(value))
}

/**
 * What of the engine makes no export: dependencies, its tests, docs and READMEs, the template and helpers `npm run
 * new` and a launch's tests use, and the commands that only measure or lint (bench, lint, project).
 */
const NOT_ENGINE_OUTPUT = ['node_modules/', 'tests/', 'docs/', 'template/', 'testing/', 'scripts/bench/', 'scripts/lint/', 'scripts/project/']
const notOutput = (path: string) => path.startsWith('.') || path.endsWith('.md') || NOT_ENGINE_OUTPUT.some(dir => `${path}/`.startsWith(dir))

let engine: Promise<string> | undefined

/**
 * What every cached output depends on besides the launch: the engine's own files (ENGINE, whether this repository's
 * packages/launch-kit or an installed copy) and the dependencies as locked (the project's package-lock.json and
 * package.json: Slidev, Vite, Chart.js, the fonts, Playwright). Computed once per run.
 */
export function engineKey(): Promise<string> {
  engine ??= (async () => hashValues({
    engine: await hashTree(ENGINE, notOutput),
    lock: await hashFile(join(ROOT, 'package-lock.json')),
    packageJson: await hashFile(join(ROOT, 'package.json')),
  }))()
  return engine
}
