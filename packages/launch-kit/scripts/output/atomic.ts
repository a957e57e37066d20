/**
 * Outputs are written under a temporary name beside their final place and renamed only once they are complete and
 * verified, so a failed run never leaves a partial file and never touches an earlier good one.
 *
 * A run that writes several outputs stages them all first (staging.ts): every byte is on disk under a temporary
 * name before the first rename, so a full disk or an unwritable folder fails before anything is replaced. The
 * renames then put everything in place together (swapIntoPlace), and if one fails the earlier ones are undone.
 *
 * Temporary names carry the writer's pid (`.<name>.<pid>.<random>.tmp`), so a later run can tell what a run that
 * was killed outright (SIGKILL, power cut) left behind and remove it (removeStaleTemps).
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = tempPathFor(path)
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  }
  catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a file is in the way of a folder',
  EEXIST: 'something is in the way',
}

/** A file or folder that could not be written or created, with the system's reason in words. */
export class WriteError extends Error {
  override name = 'WriteError'
  readonly code: string
  /** `fix`, when given, follows the reason: what state things are in and what to do. */
  constructor(readonly path: string, cause: unknown, fix?: string) {
    const code = (cause as NodeJS.ErrnoException)?.code ?? 'EIO'
    super(`could not write ${path}: ${REASONS[code] ?? (cause instanceof Error ? cause.message : String(cause))} (${code})${fix ? `\n${fix}` : ''}`, { cause })
    this.code = code
  }
}

export interface Swap {
  /** A complete file or folder under a temporary name. */
  from: string
  /** Where it belongs; whatever is there now is replaced. */
  to: string
}

/**
 * Renames every `from` onto its `to`. What was at each `to` is moved aside first and deleted only once all are in
 * place; if a rename fails, the ones done are undone (newest first) and the error is rethrown, so either every
 * output is new or every output is as it was.
 */
export async function swapIntoPlace(swaps: readonly Swap[]): Promise<void> {
  const done: { swap: Swap, aside?: string, moved: boolean }[] = []
  try {
    for (const swap of swaps) {
      const step: { swap: Swap, aside?: string, moved: boolean } = { swap, moved: false }
      done.push(step)
      if (await exists(swap.to)) {
        const aside = `${tempPathFor(swap.to)}.old`
        await rename(swap.to, aside)
        step.aside = aside
      }
      await rename(swap.from, swap.to)
      step.moved = true
    }
  }
  catch (error) {
    for (const step of done.reverse()) {
      if (step.moved)
        await rename(step.swap.to, step.swap.from).catch(() => {})
      if (step.aside)
        await rename(step.aside, step.swap.to).catch(() => {})
    }
    throw error
  }
  for (const step of done) {
    if (step.aside)
      await rm(step.aside, { recursive: true, force: true })
  }
}
