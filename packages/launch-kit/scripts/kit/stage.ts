/**
 * Staging for the chart kit: everything is written into a hidden folder beside exports/charts/ and put in place by
 * renames (atomic.ts swapIntoPlace) only once every file is complete, so a failed run leaves the previous charts as
 * they were. The export takes the staged kit and puts it in place together with its own files.
 * Also lists, for the manifest, what exports/charts/ will hold once the staged kit is in place.
 */
import type { Lang } from '../../charts/i18n/languages'
import type { Manifest, ManifestEntry, Swap } from '../output/index'
import { rmSync } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { defaultLang, isLang } from '../../charts/i18n/languages'
import { describeFile, onInterrupt, tempPathFor } from '../output/index'

export interface KitStage {
  /** Write here what should end up in exports/charts/ (chart folders and gallery files). */
  dir: string
  /**
   * The renames that put the staged kit in place. `replaceAll` swaps the whole charts folder (a run over every
   * chart); otherwise each staged entry replaces its namesake and the other charts' folders stay.
   */
  swaps: (replaceAll: boolean) => Promise<Swap[]>
  /** Manifest entries for every file exports/charts/ will hold after the swaps, paths relative to the export folder. */
  entries: (replaceAll: boolean, dataVersion: string, previous: Manifest | null) => Promise<ManifestEntry[]>
  /** Removes whatever is left of the staging folder; safe to call after the swaps. */
  discard: () => Promise<void>
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const files = await Promise.all(entries.sort((a, b) => a.name.localeCompare(b.name)).map(e => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))))
  return files.flat()
}

/** Whether a manifest kind is the chart kit's (every kind chartKind gives). */
export const ownsKind = (kind: string): boolean => kind.startsWith('chart-')

/**
 * The manifest kind of a file under exports/charts/, from where it sits and what it is, and its language: a
 * translation's files sit in <chart>/<lang>/, a gallery page is index.<lang>.html, the report's language is at the
 * top. Files every language shares (script, styles, fonts) have none.
 */
export function chartKind(pathInCharts: string): { kind: string, chart?: string, lang?: Lang } {
  const parts = pathInCharts.split('/')
  if (parts.length === 1 || parts[0] === 'fonts') {
    const page = /^index(?:\.(.+))?\.html$/.exec(parts[0]!)
    const lang = page ? (page[1] ?? defaultLang()) : undefined
    return { kind: 'chart-gallery', ...(isLang(lang) ? { lang } : {}) }
  }
  const chart = parts[0]!
  const name = parts.at(-1)!
  const sub = parts.length === 3 && isLang(parts[1]) ? parts[1] : undefined
  const lang = sub ?? defaultLang()
  if (name.endsWith('.png'))
    return { kind: 'chart-png', chart, lang }
  if (name.endsWith('.svg'))
    return { kind: 'chart-svg', chart, lang }
  if (name.endsWith('.csv'))
    return { kind: 'chart-csv', chart, lang }
  if (name === `${chart}.json`)
    return { kind: 'chart-json', chart, lang }
  if (name === 'embed.html')
    return { kind: 'chart-embed', chart, lang }
  return { kind: 'chart-embed-asset', chart }
}

const inCharts = (root: string, file: string): string => relative(root, file).split(sep).join('/')

export async function createStage(chartsDir: string): Promise<KitStage> {
  // Beside the charts folder, so the final moves are renames on one file system (atomic.ts's naming).
  const dir = tempPathFor(chartsDir)
  // Its cleanup is registered before the folder is made, so a Ctrl-C while it is being made leaves nothing. The kit
  // writes into it with asynchronous calls: one still running in Node's thread pool when the run is stopped can make
  // a folder in it again after the removal (seen with Ctrl-C to the export's process group while the kit drew), so
  // it is removed once more as the process exits.
  const forget = onInterrupt(() => rmSync(dir, { recursive: true, force: true }), undefined, { againAtExit: true })
  await mkdir(dir, { recursive: true })
  /** With no charts folder yet there is nothing to keep: a partial run is put in place as a whole. */
  const whole = async (replaceAll: boolean) => replaceAll || !(await exists(chartsDir))

  return {
    dir,
    swaps: async (replaceAll) => {
      if (await whole(replaceAll))
        return [{ from: dir, to: chartsDir }]
      return (await readdir(dir)).sort().map(name => ({ from: join(dir, name), to: join(chartsDir, name) }))
    },
    entries: async (replaceAll, dataVersion, previous) => {
      const outDir = join(chartsDir, '..')
      const describe = (root: string, file: string, version: string) => {
        const path = inCharts(root, file)
        const { kind, chart, lang } = chartKind(path)
        return describeFile(outDir, file, kind, { dataVersion: version, as: `charts/${path}`, ...(chart ? { chart } : {}), ...(lang ? { lang } : {}) })
      }
      const staged = await Promise.all((await walk(dir)).map(file => describe(dir, file, dataVersion)))
      if (await whole(replaceAll))
        return staged
      // Files of the charts this run does not replace stay, with the data version of the run that wrote them.
      const replaced = new Set(await readdir(dir))
      const keptFiles = (await walk(chartsDir)).filter(file => !replaced.has(inCharts(chartsDir, file).split('/')[0]!))
      const versionOf = (path: string) => previous?.entries.find(e => e.path === path)?.dataVersion ?? 'unknown'
      const kept = await Promise.all(keptFiles.map(file => describe(chartsDir, file, versionOf(`charts/${inCharts(chartsDir, file)}`))))
      return [...staged, ...kept].sort((a, b) => a.path.localeCompare(b.path))
    },
    discard: async () => {
      await rm(dir, { recursive: true, force: true })
      forget()
    },
  }
}
