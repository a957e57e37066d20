/**
 * The project's cache of what an export made, so a re-export makes again only what changed: in
 * node_modules/.cache/launch-kit/<store>/<key>/ (or LAUNCH_KIT_CACHE/<store>/<key>/), one folder per entry, keyed by a hash of everything the entry
 * depends on (the caller's key: kit/figure-key.ts, deck/build-key.ts). An entry is never changed once it is there:
 * it is written into a temporary folder and renamed into place whole, so a reader sees all of it or none of it, a run
 * stopped by Ctrl-C leaves no half-written entry (its temporary folder is removed; one left by a run killed outright
 * is removed by the next run that stores into the same store), and when two runs store the same key at once the
 * first rename wins and the other run's copy, identical, is dropped.
 *
 * What is restored is copied out (a reflink where the file system has them), never linked: an output edited in place
 * cannot change the cache. A copy that fails halfway (another run pruned the entry meanwhile) counts as a miss.
 */
import { rmSync } from 'node:fs'
import { constants, copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { ROOT } from '../core/index'
import { tempPathFor } from './atomic'
import { onInterrupt } from './interrupt'
import { removeStaleTemps } from './leftovers'

/** LAUNCH_KIT_CACHE moves it (a CI cache folder; a test's own empty one). */
export const CACHE_ROOT = process.env.LAUNCH_KIT_CACHE ? resolve(process.env.LAUNCH_KIT_CACHE) : join(ROOT, 'node_modules', '.cache', 'launch-kit')

/** Entries kept per group (a figure, the deck) besides the ones a run used: enough to step back and forth. */
const KEEP_PER_GROUP = 3

export interface CacheStore {
  /** The store's folder. */
  dir: string
  /**
   * Copies the entry `key` into `into` (created) and returns its files (paths relative to the entry), or undefined
   * when there is no such entry, or reading is off (--no-cache), or the copy failed (what was copied is removed).
   */
  restore: (key: string, into: string) => Promise<string[] | undefined>
  /** Reads one file of the entry `key` (e.g. its metadata), or undefined; an entry read counts as used. */
  read: (key: string, file: string) => Promise<Buffer | undefined>
  /**
   * Stores the files `fill` writes into the folder it is given as the entry `key`, unless it is there already. Never
   * fails: an entry that cannot be written is simply not there next time.
   */
  store: (key: string, fill: (dir: string) => Promise<void>) => Promise<void>
  /**
   * Removes the entry `key` (one a reader found damaged: a file that does not parse), so the next store writes it
   * again. Never fails.
   */
  discard: (key: string) => Promise<void>
  /**
   * Removes entries of the same group (the key up to its last '-') beyond the few most recently used, keeping every
   * entry this run used. Called once a run has committed.
   */
  prune: () => Promise<void>
}

export interface CacheOptions {
  /** false (--no-cache): nothing is read, so everything is made again; what is made is still stored. */
  read: boolean
  /** The folder that holds the stores (default CACHE_ROOT). */
  root?: string
}

async function files(dir: string, under = ''): Promise<string[]> {
  const entries = await readdir(join(dir, under), { withFileTypes: true })
  const nested = await Promise.all(entries.map(e => (e.isDirectory() ? files(dir, join(under, e.name)) : Promise.resolve([join(under, e.name)]))))
  return nested.flat().sort()
}

const groupOf = (key: string) => key.slice(0, Math.max(0, key.lastIndexOf('-')))

/** Renames the entry aside first, so a run reading it meanwhile finds it whole or not at all, then removes it. */
async function removeEntry(entry: string): Promise<void> {
  const aside = tempPathFor(entry)
  if (await rename(entry, aside).then(() => true, () => false))
    await rm(aside, { recursive: true, force: true })
}

export function cacheStore(name: string, options: CacheOptions): CacheStore {
  const dir = join(options.root ?? CACHE_ROOT, name)
  const used = new Set<string>()
  let cleared = false
  return {
    dir,
    restore: async (key, into) => {
      if (!options.read)
        return undefined
      const entry = join(dir, key)
      let list: string[]
      try {
        list = await files(entry)
      }
      catch {
        return undefined
      }
      try {
        for (const file of list) {
          await mkdir(dirname(join(into, file)), { recursive: true })
          await copyFile(join(entry, file), join(into, file), constants.COPYFILE_FICLONE)
        }
      }
      catch {
        await Promise.all(list.map(file => rm(join(into, file), { force: true })))
        return undefined
      }
      used.add(key)
      // Its time says when a run last used it (prune keeps the most recent).
      const now = new Date()
      await utimes(entry, now, now).catch(() => {})
      return list
    },
    read: async (key, file) => {
      if (!options.read)
        return undefined
      const bytes = await readFile(join(dir, key, file)).catch(() => undefined)
      if (bytes && !used.has(key)) {
        // Read is used, as restored is: prune keeps it, and its time says a run used it.
        used.add(key)
        const now = new Date()
        await utimes(join(dir, key), now, now).catch(() => {})
      }
      return bytes
    },
    store: async (key, fill) => {
      used.add(key)
      const entry = join(dir, key)
      if (await stat(entry).then(() => true, () => false))
        return
      if (!await mkdir(dir, { recursive: true }).then(() => true, () => false))
        return
      if (!cleared) {
        cleared = true
        await removeStaleTemps(dir)
      }
      const temp = tempPathFor(entry)
      const forget = onInterrupt(() => rmSync(temp, { recursive: true, force: true }))
      try {
        await mkdir(temp)
        await fill(temp)
        await rename(temp, entry).catch(() => {}) // there already: another run stored it first
      }
      catch {} // a cache that cannot be written (a full disk, a read-only node_modules) costs the next run its work, not this one
      finally {
        await rm(temp, { recursive: true, force: true })
        forget()
      }
    },
    discard: async (key) => {
      used.delete(key)
      await removeEntry(join(dir, key)).catch(() => {})
    },
    prune: async () => {
      const names = (await readdir(dir).catch(() => [] as string[])).filter(n => !n.startsWith('.'))
      const groups = new Map<string, { name: string, time: number }[]>()
      for (const name of names) {
        const time = await stat(join(dir, name)).then(s => s.mtimeMs, () => 0)
        const group = groups.get(groupOf(name)) ?? []
        group.push({ name, time })
        groups.set(groupOf(name), group)
      }
      for (const group of groups.values()) {
        const old = group.filter(e => !used.has(e.name)).sort((a, b) => b.time - a.time).slice(KEEP_PER_GROUP)
        for (const { name } of old)
          await removeEntry(join(dir, name))
      }
    },
  }
}
