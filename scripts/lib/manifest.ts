/**
 * exports/manifest.json: every artifact with its kind, path, size, sha256 (and pages for PDFs), plus the data
 * version. The export and the chart kit each replace their own kinds and keep the rest.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { writeFileAtomic } from './atomic'

export interface ManifestEntry {
  /** e.g. 'slides-pdf', 'handout-pdf', 'site', 'chart-png', 'chart-svg', 'chart-csv', 'chart-json', 'chart-embed'. */
  kind: string
  /** Relative to the export folder, with forward slashes. */
  path: string
  bytes: number
  sha256: string
  pages?: number
  /** The chart a kit file belongs to. */
  chart?: string
}

export interface Manifest {
  dataVersion: string
  entries: ManifestEntry[]
}

export const MANIFEST_NAME = 'manifest.json'

export async function describeFile(outDir: string, file: string, kind: string, extra: Partial<ManifestEntry> = {}): Promise<ManifestEntry> {
  const bytes = await readFile(file)
  return {
    kind,
    path: relative(outDir, file).split(sep).join('/'),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...extra,
  }
}

export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(join(outDir, MANIFEST_NAME), 'utf8')) as Manifest
  }
  catch {
    return null
  }
}

/**
 * Replaces the entries whose kind `owns` says are this command's with `entries`, keeps the others, and writes the
 * manifest atomically. Entries are sorted by path so the file is stable between runs.
 */
export async function updateManifest(outDir: string, owns: (kind: string) => boolean, entries: ManifestEntry[], version: string): Promise<Manifest> {
  const previous = await readManifest(outDir)
  const kept = (previous?.entries ?? []).filter(e => !owns(e.kind) && !entries.some(n => n.path === e.path))
  const manifest: Manifest = { dataVersion: version, entries: [...kept, ...entries].sort((a, b) => a.path.localeCompare(b.path)) }
  await writeFileAtomic(join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
