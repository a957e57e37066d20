import type { Swap } from './atomic'
/**
 * A run's one staging area: a hidden folder inside the export folder (`.export.<pid>.<random>.tmp`, atomic.ts's
 * naming) where every product of the run — slides PDF, handout, site, chart kit, and last the manifest — is written
 * under the path it will have in the export folder. Inside the export folder, so putting a product in place is a
 * rename on one file system. Each product hands the run what it staged (StagedOutput); the run commits them all
 * together (atomic.ts swapIntoPlace) or, on any failure, removes the folder and the export folder stays as it was.
 *
 * The folder is removed on Ctrl-C (and once more at exit: a `slidev build` writing the site into it may still be
 * stopping), and a later run clears it when a run killed outright left it (leftovers.ts: its name carries the pid).
 */
import type { ManifestEntry } from './manifest'
import { mkdirSync, rmSync } from 'node:fs'
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { tempPathFor, WriteError } from './atomic'
import { onInterrupt } from './interrupt'

/** What a product of the run leaves in the staging area for the run to put in place. */
export interface StagedOutput {
  kind: 'slides-pdf' | 'handout-pdf' | 'run-of-show' | 'charts' | 'site'
  /** Where the product ends up (a file or folder in the export folder), for the run's list of what it wrote. */
  path: string
  bytes: number
  files: number
  /** The renames that put it in place, from the staging area into the export folder. */
  swaps: Swap[]
  /** The manifest entries of every file of this product once it is in place. */
  entries: ManifestEntry[]
  /** The manifest kinds this product replaces (its entries of earlier runs are dropped). */
  owns: (kind: string) => boolean
}

export interface Staging {
  /** The staging folder. */
  dir: string
  /** Where `path` (relative to the export folder, forward slashes) is staged. */
  path: (path: string) => string
  /** Stages a file that belongs at `path` in the export folder; a write error names that final place. */
  write: (path: string, data: string | Uint8Array) => Promise<string>
  /** Removes the staging folder and whatever is left in it; safe to call after the commit. */
  discard: () => Promise<void>
}

export interface StagingOptions {
  /**
   * Test switch (DECK_FAULT=disk-full:…, export/faults.ts): for the final paths it returns true for, the staged
   * file is made a symlink to /dev/full, so writing it fails with the kernel's own ENOSPC, as on a full disk.
   */
  diskFull?: (path: string) => boolean
}

/** Makes the staging folder in `out` (which must exist and be locked by this run). */
export function createStaging(out: string, options: StagingOptions = {}): Staging {
  const dir = tempPathFor(join(out, 'export'))
  // Made synchronously with its cleanup registered in the same turn, so a Ctrl-C cannot fall between the two.
  mkdirSync(dir)
  const forget = onInterrupt(() => rmSync(dir, { recursive: true, force: true }), undefined, { againAtExit: true })
  const path = (to: string) => join(dir, ...to.split('/'))
  return {
    dir,
    path,
    write: async (to, data) => {
      const staged = path(to)
      try {
        await mkdir(dirname(staged), { recursive: true })
        if (options.diskFull?.(join(out, to)))
          await symlink('/dev/full', staged)
        await writeFile(staged, data)
      }
      catch (error) {
        throw new WriteError(join(out, to), error)
      }
      return staged
    },
    discard: async () => {
      await rm(dir, { recursive: true, force: true })
      forget()
    },
  }
}
