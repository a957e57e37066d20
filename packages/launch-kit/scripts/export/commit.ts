/**
 * The last step of an export, once everything is verified: the PDFs, the staged site, the staged chart kit and the
 * new manifest are all written under temporary names first, then renamed into place together (atomic.ts). A full
 * disk or an unwritable folder therefore fails before anything is replaced, and a rename that fails undoes the
 * earlier ones: the export folder holds either the whole new export or the whole earlier one.
 */
import type { StagedKit } from '../kit/index'
import type { FolderLock, ManifestEntry } from '../output/index'
import type { Product } from './options'
import { join } from 'node:path'
import { ownsKind } from '../kit/index'
import { describeBytes, describeFile, ExportError, MANIFEST_NAME, manifestText, mergeManifest, pendingWrites, readManifest } from '../output/index'
import { listFiles } from './site'

export interface Written {
  kind: 'slides-pdf' | 'handout-pdf' | 'run-of-show' | 'charts' | 'site'
  path: string
  bytes: number
  files: number
}

export type Pdf = { bytes: Uint8Array, pages: number } | undefined

export interface ExportOutputs {
  out: string
  want: ReadonlySet<Product>
  names: { slides: string, handout: string, runOfShow: string }
  pdfs: { slides: Pdf, handout: Pdf, runOfShow?: Pdf }
  /** The complete site, staged beside <out>/site. */
  siteStaging?: string
  /** The chart kit, staged and verified, with its manifest entries. */
  kit?: { staged: StagedKit, entries: ManifestEntry[], dir: string }
  dataVersion: string
  lock: FolderLock
  /** Test switch DECK_FAULT=disk-full:… (export-faults.ts). */
  diskFull?: (path: string) => boolean
}

export async function commitExport(o: ExportOutputs): Promise<Written[]> {
  const writes = pendingWrites({ diskFull: o.diskFull })
  const entries: ManifestEntry[] = []
  const written: Written[] = []
  try {
    if (o.kit) {
      for (const swap of o.kit.staged.swaps)
        writes.add(swap.from, swap.to)
      entries.push(...o.kit.entries)
      written.push({ kind: 'charts', path: o.kit.dir, bytes: o.kit.entries.reduce((n, e) => n + e.bytes, 0), files: o.kit.entries.length })
    }
    const pdfs = [
      { kind: 'slides-pdf', name: o.names.slides, pdf: o.want.has('slides') ? o.pdfs.slides : undefined },
      { kind: 'handout-pdf', name: o.names.handout, pdf: o.pdfs.handout },
      { kind: 'run-of-show', name: o.names.runOfShow, pdf: o.pdfs.runOfShow },
    ] as const
    for (const { kind, name, pdf } of pdfs) {
      if (!pdf)
        continue
      const path = join(o.out, name)
      await writes.write(path, pdf.bytes)
      entries.push(describeBytes(name, pdf.bytes, kind, { dataVersion: o.dataVersion, pages: pdf.pages }))
      written.push({ kind, path, bytes: pdf.bytes.length, files: 1 })
    }
    if (o.siteStaging) {
      const site = join(o.out, 'site')
      writes.add(o.siteStaging, site)
      const siteEntries = await Promise.all((await listFiles(o.siteStaging)).map(f => describeFile(o.out, join(o.siteStaging!, f), 'site', { dataVersion: o.dataVersion, as: `site/${f}` })))
      entries.push(...siteEntries)
      written.push({ kind: 'site', path: site, bytes: siteEntries.reduce((n, e) => n + e.bytes, 0), files: siteEntries.length })
    }
    const kinds = new Set<string>(written.map(w => w.kind))
    const owns = (kind: string) => kinds.has(kind) || (o.kit !== undefined && ownsKind(kind))
    // Written last: a full disk shows here at the latest, with every other output staged and nothing replaced.
    await writes.write(join(o.out, MANIFEST_NAME), manifestText(mergeManifest(await readManifest(o.out), owns, entries)))
    o.lock.check()
    await writes.commit()
    return written
  }
  catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ExportError('writing the export', [reason], `Nothing was replaced: ${o.out} holds the earlier export, as it was. Free some space or choose a writable folder with --out DIR, then run again.`)
  }
  finally {
    await writes.discard()
  }
}
