/**
 * Writes one chart's folder of the kit: PNG presets and the SVG (drawn in the browser), CSV and JSON, and the
 * self-contained embed page with its script, styles and fonts.
 */
import type { PresetName } from '../../charts/presets'
import type { ChartDefinition } from '../../charts/types'
import type { KitFile } from './files'
import type { FigureRenderer } from './render'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { VECTOR_PRESET } from '../../charts/presets'
import { fonts } from '../../charts/theme'
import { chartCsv, chartFiles, chartJson, pngName } from './files'
import { FONT_FILES, readFontFile } from './fonts'
import { embedCss, embedHtml } from './html'

export interface FolderInputs {
  renderer: FigureRenderer
  presets: readonly PresetName[]
  dataVersion: string
  /** embed.js, the same for every chart (it reads the chart id from the page). */
  embedScript: string
}

function downloadLabel(file: KitFile): string {
  return file.preset ? `PNG ${file.preset}` : file.path.split('.').at(-1)!.toUpperCase()
}

/** Writes the folder and returns its file list (the same list the JSON holds). */
export async function writeChartFolder(dir: string, chart: ChartDefinition, inputs: FolderInputs): Promise<KitFile[]> {
  const files = chartFiles(chart.id, inputs.presets, FONT_FILES.map(f => f.name))
  await mkdir(join(dir, 'fonts'), { recursive: true })
  for (const preset of inputs.presets)
    await writeFile(join(dir, pngName(chart.id, preset)), await inputs.renderer.png(chart.id, preset))
  await writeFile(join(dir, `${chart.id}.svg`), await inputs.renderer.svg(chart.id, VECTOR_PRESET))
  const downloads = files.filter(f => f.type.startsWith('image/') || f.type === 'text/csv' || f.type === 'application/json')
  await Promise.all([
    writeFile(join(dir, `${chart.id}.csv`), chartCsv(chart, inputs.dataVersion)),
    writeFile(join(dir, `${chart.id}.json`), chartJson(chart, inputs.dataVersion, files)),
    writeFile(join(dir, 'embed.html'), embedHtml(chart, { dataVersion: inputs.dataVersion, downloads: downloads.map(f => ({ path: f.path, label: downloadLabel(f) })) })),
    writeFile(join(dir, 'embed.js'), inputs.embedScript),
    writeFile(join(dir, 'embed.css'), embedCss(fonts.stack)),
    ...FONT_FILES.map(async f => writeFile(join(dir, 'fonts', f.name), await readFontFile(f))),
  ])
  return files
}
