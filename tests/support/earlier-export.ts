/**
 * Stand-ins for an earlier good export in a project copy, and a fingerprint of them: a run that fails must leave
 * them byte-identical.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Every file under `dir` with its sha256, relative paths sorted. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(e => e.isFile())
  const entries = await Promise.all(files.map(async (f) => {
    const path = join(f.parentPath, f.name)
    return [relative(dir, path), createHash('sha256').update(await readFile(path)).digest('hex')] as const
  }))
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))
}

/** Writes an earlier export's files under `root`/exports and returns that folder. */
export async function earlierExport(root: string): Promise<string> {
  const out = join(root, 'exports')
  await mkdir(join(out, 'charts', 'chinese-vaccine-doses'), { recursive: true })
  await writeFile(join(out, 'beyond-economic-considerations-slides.pdf'), '%PDF-1.7 earlier good export\n')
  await writeFile(join(out, 'charts', 'chinese-vaccine-doses', 'chinese-vaccine-doses.csv'), 'Country,Bought (doses)\nSerbia,4200000\n')
  await writeFile(join(out, 'manifest.json'), '{"dataVersion":"earlier","entries":[]}\n')
  return out
}
