/**
 * Staging for the chart kit: everything is written into a hidden folder beside exports/charts/ and moved into
 * place by renames only once every file is complete, so a failed run leaves the previous charts as they were.
 * Also lists what ended up in exports/charts/ for the manifest.
 */
import type { ManifestEntry } from './manifest'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { tempPathFor } from './atomic'
import { describeFile } from './manifest'

export interface KitStage {
  /** Write here what should end up in exports/charts/ (chart folders and gallery files). */
  dir: string
  /**
   * Moves the staged entries into place. `replaceAll` swaps the whole charts folder (a run over every chart);
   * otherwise only the staged entries replace their namesakes and other charts' folders stay.
   */
  commit: (replaceAll: boolean) => Promise<void>
  /** Removes whatever is left of the staging folder; safe to call after commit. */
  discard: () => Promise<void>
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

export async function createStage(chartsDir: string): Promise<KitStage> {
  // Beside the charts folder, so the final moves are renames on one file system (atomic.ts's naming).
  const dir = tempPathFor(chartsDir)
  const trash = tempPathFor(chartsDir)
  await mkdir(dir, { recursive: true })

  /** Puts `from` at `to`, keeping what was at `to` aside in the trash until the run is done. */
  async function swap(from: string, to: string, aside: string): Promise<void> {
    if (await exists(to)) {
      await mkdir(dirname(aside), { recursive: true })
      await rename(to, aside)
    }
    await rename(from, to)
  }

  return {
    dir,
    commit: async (replaceAll) => {
      if (replaceAll) {
        await swap(dir, chartsDir, trash)
      }
      else {
        await mkdir(chartsDir, { recursive: true })
        for (const name of (await readdir(dir)).sort())
          await swap(join(dir, name), join(chartsDir, name), join(trash, name))
      }
      await rm(trash, { recursive: true, force: true })
    },
    discard: async () => {
      await rm(dir, { recursive: true, force: true })
      await rm(trash, { recursive: true, force: true })
    },
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const files = await Promise.all(entries.sort((a, b) => a.name.localeCompare(b.name)).map(e => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))))
  return files.flat()
}

/** The manifest kind of a file under exports/charts/, from where it sits and what it is. */
export function chartKind(pathInCharts: string): { kind: string, chart?: string } {
  const parts = pathInCharts.split('/')
  if (parts.length === 1 || parts[0] === 'fonts')
    return { kind: 'chart-gallery' }
  const chart = parts[0]!
  const name = parts.at(-1)!
  if (name.endsWith('.png'))
    return { kind: 'chart-png', chart }
  if (name.endsWith('.svg'))
    return { kind: 'chart-svg', chart }
  if (name.endsWith('.csv'))
    return { kind: 'chart-csv', chart }
  if (name === `${chart}.json`)
    return { kind: 'chart-json', chart }
  if (name === 'embed.html')
    return { kind: 'chart-embed', chart }
  return { kind: 'chart-embed-asset', chart }
}

/** Manifest entries for every file under <out>/charts/, paths relative to <out>. */
export async function chartManifestEntries(outDir: string): Promise<ManifestEntry[]> {
  const chartsDir = join(outDir, 'charts')
  const files = await walk(chartsDir)
  return Promise.all(files.map((file) => {
    const { kind, chart } = chartKind(relative(chartsDir, file).split(sep).join('/'))
    return describeFile(outDir, file, kind, chart ? { chart } : {})
  }))
}
