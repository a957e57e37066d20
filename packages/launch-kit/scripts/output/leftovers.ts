/**
 * A run's temporary folders, and what runs that were killed outright (SIGKILL, power cut) left behind. Everything a
 * run creates carries its pid: hidden `.<name>.<pid>.<random>.tmp` entries beside the outputs (atomic.ts
 * tempPathFor) and `<prefix>-<pid>-XXXXXX` work folders in the system temp folder. A later run that holds the
 * export folder's lock (lock.ts) removes those whose pid no longer runs.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onInterrupt } from './interrupt'

/** `.<name>.<pid>.<8 hex>.tmp`, optionally followed by more (e.g. `.old`). */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp(?:\..*)?$/

/** The pid that wrote a temporary name of tempPathFor, or undefined for any other name. */
export function tempOwner(name: string): number | undefined {
  const match = TEMP_NAME.exec(name)
  return match ? Number(match[1]) : undefined
}

/** True while a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporary files and folders in `dir` whose writer no longer runs. Returns what was removed.
 * Callers hold the folder's lock (lock.ts), so no live run of ours is writing there.
 */
export async function removeStaleTemps(dir: string): Promise<{ name: string, pid: number }[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const stale = names.flatMap((name) => {
    const pid = tempOwner(name)
    return pid !== undefined && pid !== process.pid && !isAlive(pid) ? [{ name, pid }] : []
  })
  for (const { name } of stale)
    await rm(join(dir, name), { recursive: true, force: true })
  return stale
}

/** Prefixes of this project's folders in the system temp folder; each is followed by the pid of the run. */
export const WORK_DIR_PREFIXES = ['deck-export', 'lint-zoom'] as const
export type WorkDirPrefix = (typeof WORK_DIR_PREFIXES)[number]

/** A fresh folder in the system temp folder (`<prefix>-<pid>-XXXXXX`), removed on Ctrl-C until `remove` is called. */
export async function makeWorkDir(prefix: WorkDirPrefix): Promise<{ path: string, remove: () => Promise<void> }> {
  // Made synchronously and its cleanup registered in the same turn: with `await mkdtemp` a Ctrl-C that came while the
  // folder was being made found no cleanup for it and left it behind, empty (1 run in 64, stopped 1.1-1.5 s in).
  const path = mkdtempSync(join(tmpdir(), `${prefix}-${process.pid}-`))
  // Removed again at exit: a browser started with its temporary files in here may still write into it (interrupt.ts).
  const forget = onInterrupt(() => rmSync(path, { recursive: true, force: true }), undefined, { againAtExit: true })
  return {
    path,
    remove: async () => {
      await rm(path, { recursive: true, force: true })
      forget()
    },
  }
}

/** Removes work folders of runs that no longer run (killed before their own cleanup could). */
export async function removeStaleWorkDirs(dir: string = tmpdir()): Promise<{ name: string, pid: number }[]> {
  const pattern = new RegExp(`^(?:${WORK_DIR_PREFIXES.join('|')})-(\\d+)-`)
  const names = await readdir(dir).catch(() => [] as string[])
  const stale = names.flatMap((name) => {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN)
    return Number.isInteger(pid) && pid !== process.pid && !isAlive(pid) ? [{ name, pid }] : []
  })
  for (const { name } of stale)
    await rm(join(dir, name), { recursive: true, force: true })
  return stale
}
