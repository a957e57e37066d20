/**
 * An export folder as a test sees it: every file with its sha256 (hidden ones too), the hidden names (a lock, a
 * temporary file), and stand-ins for an earlier good export that a failed or stopped run must leave as they were.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Every file under `dir` (hidden ones too) with its sha256, relative paths as keys, sorted. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(e => e.isFile())
  const entries = await Promise.all(files.map(async (f) => {
    const path = join(f.parentPath, f.name)
    return [path.slice(dir.length + 1), createHash('sha256').update(await readFile(path)).digest('hex')] as const
  }))
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))
}

/** The hidden entries at the top of `dir`: a lock, its owner file, temporary files and folders. */
export async function hidden(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(name => name.startsWith('.')).sort()
}

/** Stand-ins for an earlier good export (every kind of output a run could replace), for the slug given. */
export async function earlierExport(out: string, slug: string): Promise<void> {
  await mkdir(join(out, 'charts', 'a-chart'), { recursive: true })
  await mkdir(join(out, 'site'), { recursive: true })
  await writeFile(join(out, `${slug}-slides.pdf`), '%PDF-1.7 earlier good slides\n')
  await writeFile(join(out, `${slug}-handout.pdf`), '%PDF-1.7 earlier good handout\n')
  await writeFile(join(out, 'site', 'index.html'), '<!doctype html><title>earlier site</title>\n')
  await writeFile(join(out, 'charts', 'a-chart', 'a-chart.csv'), 'Country,Value\nDenmark,1000\n')
  await writeFile(join(out, 'manifest.json'), '{"entries":[]}\n')
}
