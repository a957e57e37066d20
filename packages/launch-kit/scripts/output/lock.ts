/**
 * One run at a time per export folder: the export run (export/run.ts: `npm run export`, and `npm run charts`, which
 * is the export of the chart kit alone) takes this lock on its --out folder before it touches it, once, and holds it
 * to its end, so a second run fails at once, naming the first, instead of interleaving files (or copying a
 * half-written charts/ into the site). Nothing inside a run asks for it again: a second request, even from the same
 * process, is a second run and is refused.
 *
 * proper-lockfile does the locking: an atomic mkdir of <out>/.export.lock whose mtime the holder refreshes every
 * second, so a lock whose holder was killed outright goes stale and is taken over. Beside it, .export.lock.json
 * names the holder (pid, command, start, host) for the message; when that pid no longer runs on this host, the next
 * run takes the lock over as soon as it is 2 s stale instead of 10 s. (An O_EXCL pid file alone would trust the pid
 * only, and a reused pid after a crash would keep the folder locked; the mtime covers that.)
 *
 * Holding the lock, the run removes what runs killed outright left behind: hidden temporary files and folders in
 * <out>, and this project's work folders in the system temp folder.
 */
import { rmSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { isAbsolute, join, relative, resolve } from 'node:path'
import lockfile from 'proper-lockfile'
import { writeFileAtomic } from './atomic'
import { onInterrupt } from './interrupt'
import { isAlive, removeStaleTemps, removeStaleWorkDirs } from './leftovers'

export const LOCK_NAME = '.export.lock'
export const OWNER_NAME = '.export.lock.json'

/** Timings of the lock, in ms. */
export const LOCK_TIMING = {
  /** How often the holder refreshes the lock's mtime. */
  update: 1000,
  /** A lock not refreshed for this long is stale, whoever holds it (proper-lockfile's own rule). */
  stale: 10_000,
  /** ... and for this long when its recorded holder no longer runs on this machine (proper-lockfile's minimum). */
  staleWhenHolderGone: 2000,
} as const

export interface LockOwner {
  pid: number
  command: string
  /** ISO time the holder took the lock. */
  started: string
  host: string
}

export interface FolderLock {
  /** Throws if another run has taken the lock over meanwhile (checked before anything is put in place). */
  check: () => void
  release: () => Promise<void>
  /** What stopped runs had left in the folder and the system temp folder, removed when the lock was taken. */
  cleared: string[]
}

/** Another run holds the folder: the message names it and says what to do. */
export class FolderBusyError extends Error {
  override name = 'FolderBusyError'
  constructor(readonly out: string, readonly owner: LockOwner | null) {
    const who = owner
      ? `${owner.command} (pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, started ${owner.started.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')})`
      : 'another run'
    super(`${shown(out)} is in use by ${who}. Nothing was written. Wait for it to finish, then run again (two runs into one folder would mix their files), or give this run another folder with --out DIR.`)
  }
}

function shown(path: string): string {
  const inside = relative(process.cwd(), path)
  return !inside ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : `${inside}/`
}

async function readOwner(out: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(join(out, OWNER_NAME), 'utf8')) as LockOwner
  }
  catch {
    return null
  }
}

/**
 * Takes the lock on `out` (which must exist) for `command` ('npm run export', 'npm run charts'), or throws a
 * FolderBusyError at once when a live run holds it.
 */
export async function lockExportFolder(out: string, command: string): Promise<FolderLock> {
  const key = resolve(out)
  let compromised: Error | undefined
  const options = {
    lockfilePath: join(key, LOCK_NAME),
    realpath: false,
    stale: LOCK_TIMING.stale,
    update: LOCK_TIMING.update,
    onCompromised: (error: Error) => { compromised = error },
  }
  let unlock: () => Promise<void>
  try {
    unlock = await lockfile.lock(key, options)
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED')
      throw error
    const owner = await readOwner(key)
    const gone = owner !== null && owner.host === hostname() && !isAlive(owner.pid)
    if (!gone)
      throw new FolderBusyError(key, owner)
    // Its holder was killed outright: wait (up to a few seconds) for its last refresh to be 2 s old.
    const wait = LOCK_TIMING.staleWhenHolderGone + 2 * LOCK_TIMING.update
    unlock = await lockfile.lock(key, { ...options, stale: LOCK_TIMING.staleWhenHolderGone, retries: { retries: wait / 250, factor: 1, minTimeout: 250, maxTimeout: 250 } })
      .catch((again: NodeJS.ErrnoException) => {
        throw again.code === 'ELOCKED' ? new FolderBusyError(key, owner) : again
      })
  }

  const ownerFile = join(key, OWNER_NAME)
  // On Ctrl-C: proper-lockfile removes the lock folder on exit itself; the owner file is ours to remove.
  // Everything a locked run writes is staged until its very end, so a stopped run leaves the folder as it found it.
  const forget = onInterrupt(() => rmSync(ownerFile, { force: true }), `${shown(key)} is as it was before this run`)
  const lock: FolderLock = {
    check: () => {
      if (compromised)
        throw new Error(`The lock on ${shown(key)} was lost (${compromised.message}); another run may be writing there. Nothing was put in place; run again once it has finished.`)
    },
    release: async () => {
      forget()
      await rm(ownerFile, { force: true })
      if (!compromised)
        await unlock()
    },
    cleared: [],
  }
  try {
    const owner: LockOwner = { pid: process.pid, command, started: new Date().toISOString(), host: hostname() }
    await writeFileAtomic(ownerFile, `${JSON.stringify(owner)}\n`)
    const stale = [...(await removeStaleTemps(key)).map(t => join(key, t.name)), ...(await removeStaleWorkDirs()).map(t => t.name)]
    lock.cleared.push(...stale)
  }
  catch (error) {
    await lock.release()
    throw error
  }
  return lock
}
