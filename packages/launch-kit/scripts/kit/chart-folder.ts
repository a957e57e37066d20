/**
 * Writes one chart's folder of the kit, in every language: per language the PNG presets and the SVG (drawn in the
 * browser, or reused from the cache: figures.ts), CSV, JSON and the embed page (the report's language at the top of the folder, each translation in a
 * subfolder named by its code, see files.ts langDir), and once the embed script, styles and fonts they share.
 */
import type { Lang } from '../../charts/i18n/languages'
import type { PresetName } from '../../charts/presets'
import type { ChartDefinition } from '../../charts/types'
import type { FigureSource } from './figures'
import type { KitFile } from './files'
import type { FitResult } from './fit'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringsOf } from '../../charts/i18n/languages'
import { fonts } from '../../charts/theme'
import { FALLBACK_SLACK } from './embed-height'
import { chartCsv, chartFiles, chartJson, langDir, pngName, sharedFiles } from './files'
import { judgeFit } from './fit'
import { FONT_FILES, readFontFile } from './fonts'
import { embedCss, embedHtml } from './html'

export interface FolderInputs {
  /** The drawn figures of a chart in a language, cached or drawn (figures.ts). */
  figures: FigureSource
  presets: readonly PresetName[]
  dataVersion: string
  /** embed.js, the same for every chart (it reads the chart id and language from the page). */
  embedScript: string
  /** embed-options.js, which embed.html runs first: the render options of its URL. */
  optionsScript: string
  /** intl.js, loaded by translated embed pages in browsers whose Intl lacks a chart language. */
  intlScript: string
  /** Receives the fit measurement of every PNG drawn (fit.ts). */
  onFit: (figure: { id: string, lang: Lang, preset: PresetName }, result: FitResult) => void
  /**
   * The height, px, of the embed page at `path` (relative to the chart's folder) on a phone, given the page's HTML
   * (what a cached height is keyed by: embed-height.ts).
   */
  embedHeight: (path: string, html: string) => Promise<number>
}

/** What a chart's folder holds: its files, and per language the iframe height its snippet gives (embed-height.ts). */
export interface WrittenFolder {
  files: KitFile[]
  heights: Record<Lang, number>
}

function downloadLabel(file: KitFile, lang: Lang): string {
  const name = file.path.split('/').at(-1)!
  return file.preset ? `PNG ${stringsOf(lang).kit.presets[file.preset]}` : name.split('.').at(-1)!.toUpperCase()
}

/**
 * Writes one language's files into the chart's folder `dir`; its JSON lists `folder`, the whole folder, and the
 * iframe height for its embed page, measured once the page is written. Returns that height.
 */
async function writeLanguage(dir: string, chart: ChartDefinition, inputs: FolderInputs, folder: KitFile[]): Promise<number> {
  const files = chartFiles(chart.id, inputs.presets, FONT_FILES.map(f => f.name), chart.lang)
  const sub = langDir(chart.lang)
  const here = join(dir, sub)
  await mkdir(here, { recursive: true })
  const drawn = await inputs.figures.drawn(chart)
  for (const { preset, bytes, fit } of drawn.pngs) {
    await writeFile(join(here, pngName(chart.id, preset)), bytes)
    inputs.onFit({ id: chart.id, lang: chart.lang, preset }, judgeFit(fit))
  }
  await writeFile(join(here, `${chart.id}.svg`), drawn.svg)
  // Download links are relative to the embed page, which sits with its language's files.
  const downloads = files.filter(f => f.lang && (f.type.startsWith('image/') || f.type === 'text/csv' || f.type === 'application/json'))
  const page = embedHtml(chart, {
    dataVersion: inputs.dataVersion,
    downloads: downloads.map(f => ({ path: f.path.slice(sub.length), label: downloadLabel(f, chart.lang) })),
    assets: sub ? '../' : '',
  })
  await Promise.all([
    writeFile(join(here, `${chart.id}.csv`), chartCsv(chart, inputs.dataVersion)),
    writeFile(join(here, 'embed.html'), page),
  ])
  const height = await inputs.embedHeight(`${sub}embed.html`, page) + FALLBACK_SLACK
  await writeFile(join(here, `${chart.id}.json`), chartJson(chart, inputs.dataVersion, folder, height))
  return height
}

/**
 * Writes the folder and returns its files, each with its language (none for the shared ones): the list every
 * language's JSON holds, so any one JSON describes the whole folder; and each language's iframe height.
 */
export async function writeChartFolder(dir: string, versions: readonly ChartDefinition[], inputs: FolderInputs): Promise<WrittenFolder> {
  await mkdir(join(dir, 'fonts'), { recursive: true })
  await Promise.all([
    writeFile(join(dir, 'embed.js'), inputs.embedScript),
    writeFile(join(dir, 'embed-options.js'), inputs.optionsScript),
    writeFile(join(dir, 'intl.js'), inputs.intlScript),
    writeFile(join(dir, 'embed.css'), embedCss(fonts.stack)),
    ...FONT_FILES.map(async f => writeFile(join(dir, 'fonts', f.name), await readFontFile(f))),
  ])
  const fontNames = FONT_FILES.map(f => f.name)
  const folder = [...versions.flatMap(chart => chartFiles(chart.id, inputs.presets, fontNames, chart.lang).filter(f => f.lang)), ...sharedFiles(fontNames)]
  const heights = {} as Record<Lang, number>
  for (const chart of versions)
    heights[chart.lang] = await writeLanguage(dir, chart, inputs, folder)
  return { files: folder, heights }
}
