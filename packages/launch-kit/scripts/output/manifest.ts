/**
 * exports/manifest.json: every artifact with its kind, path, size, sha256, the data version it was made from (and
 * pages for PDFs). The export and the chart kit each replace their own kinds and keep the rest, so the entries of
 * one manifest can come from different runs; that is why each entry carries its own data version.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

export interface ManifestEntry {
  /** e.g. 'slides-pdf', 'handout-pdf', 'site', 'chart-png', 'chart-svg', 'chart-csv', 'chart-json', 'chart-embed'. */
  kind: string
  /** Relative to the export folder, with forward slashes. */
  path: string
  bytes: number
  sha256: string
  /** The data version (scripts/output/data-version.ts) of the run that wrote this file. */
  dataVersion: string
  pages?: number
  /** The chart a kit file belongs to. */
  chart?: string
  /** The language of a kit file's words ('en', 'sq', 'sr-Latn'); absent for files without words of their own (fonts, scripts, styles). */
  lang?: string
}

export interface Manifest {
  entries: ManifestEntry[]
}

export const MANIFEST_NAME = 'manifest.json'

/** What an entry needs besides the file: its data version, and optionally its pages, chart, or final path. */
export interface DescribeExtra {
  dataVersion: string
  pages?: number
  chart?: string
  lang?: string
  /**
   * The path the file will have, relative to the export folder, when it is described while still staged under a
   * temporary name (the default is where it is now).
   */
  as?: string
}

/** An entry for `bytes` that will be at `path` (relative to the export folder, forward slashes). */
export function describeBytes(path: string, bytes: Uint8Array, kind: string, extra: Omit<DescribeExtra, 'as'>): ManifestEntry {
  return { kind, path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), ...extra }
}

export async function describeFile(outDir: string, file: string, kind: string, extra: DescribeExtra): Promise<ManifestEntry> {
  const { as, ...rest } = extra
  return describeBytes(as ?? relative(outDir, file).split(sep).join('/'), await readFile(file), kind, rest)
}

/** The manifest in `outDir`, or null when there is none (or it does not parse). Entries of an older manifest without their own data version get 'unknown'. */
export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST_NAME), 'utf8')) as { entries?: Partial<ManifestEntry>[] }
    return { entries: (parsed.entries ?? []).map(e => ({ dataVersion: 'unknown', ...e }) as ManifestEntry) }
  }
  catch {
    return null
  }
}

/**
 * The next manifest: the entries whose kind `owns` says are this command's are replaced with `entries`, the
 * others are kept. Sorted by path, so the file is stable between runs.
 */
export function mergeManifest(previous: Manifest | null, owns: (kind: string) => boolean, entries: readonly ManifestEntry[]): Manifest {
  const kept = (previous?.entries ?? []).filter(e => !owns(e.kind) && !entries.some(n => n.path === e.path))
  return { entries: [...kept, ...entries].sort((a, b) => a.path.localeCompare(b.path)) }
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`
}
