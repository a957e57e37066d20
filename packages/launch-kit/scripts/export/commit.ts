/**
 * The one commit of an export run, once every product is staged and verified: the next manifest (each product's
 * entries replacing its own kinds, the other entries kept) is staged last, then every staged product and the
 * manifest are renamed into place together (atomic.ts swapIntoPlace). A full disk or an unwritable folder therefore
 * fails before anything is replaced, and a rename that fails undoes the earlier ones: the export folder holds either
 * the whole new export or the whole earlier one.
 */
import type { FolderLock, StagedOutput, Staging } from '../output/index'
import { join } from 'node:path'
import { deferringInterrupts, ExportError, MANIFEST_NAME, manifestText, mergeManifest, readManifest, swapIntoPlace } from '../output/index'

export interface Written {
  kind: StagedOutput['kind']
  path: string
  bytes: number
  files: number
}

export interface RunCommit {
  out: string
  staging: Staging
  outputs: readonly StagedOutput[]
  lock: FolderLock
}

export async function commitExport(o: RunCommit): Promise<Written[]> {
  try {
    const owns = (kind: string) => o.outputs.some(output => output.owns(kind))
    const entries = o.outputs.flatMap(output => output.entries)
    // Written last: a full disk shows here at the latest, with every other output staged and nothing replaced.
    const manifest = await o.staging.write(MANIFEST_NAME, manifestText(mergeManifest(await readManifest(o.out), owns, entries)))
    o.lock.check()
    const swaps = [...o.outputs.flatMap(output => output.swaps), { from: manifest, to: join(o.out, MANIFEST_NAME) }]
    await deferringInterrupts(() => swapIntoPlace(swaps))
  }
  catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ExportError('writing the export', [reason], `Nothing was replaced: ${o.out} holds the earlier export, as it was. Free some space or choose a writable folder with --out DIR, then run again.`)
  }
  return o.outputs.map(({ kind, path, bytes, files }) => ({ kind, path, bytes, files }))
}
