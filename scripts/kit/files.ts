/**
 * The chart kit's data files, made from a registry chart in plain Node: `<id>.csv` (the table as plotted) and
 * `<id>.json` (metadata), plus the names of every file in a chart's folder. Same chart, same bytes: nothing here
 * reads a clock or the machine.
 *
 * CSV layout: one header row, one row per country, then comment lines starting with "# " (title, sources, notes,
 * licence, data version). Comments go last so spreadsheets show the data first and the source line under it, like
 * a printed table; parsers skip them with a comment option (csv-parse `comment: '#'`, pandas `comment='#'`).
 * Values: numbers unformatted (at most 3 decimals), dates ISO 8601, levels as words. Every value column has a
 * status column beside it: exact, at least (a lower bound), not known (the value is left empty, never 0), none,
 * or none by this date (the value is the date by which it had not happened).
 */
import type { PresetName } from '../../charts/presets'
import type { ChartDefinition, TableCell } from '../../charts/types'
import { stringify } from 'csv-stringify/sync'
import { publishers } from '../../charts/format'
import { presets } from '../../charts/presets'
import { KIT_LICENCE, licenceLine } from './licence'

export const STATUS_WORDS: Record<TableCell['status'], string> = {
  exact: 'exact',
  atLeast: 'at least',
  unknown: 'not known',
  none: 'none',
  notBy: 'none by this date',
  text: '',
}

export interface KitFile {
  /** Relative to the chart's folder. */
  path: string
  type: string
  preset?: PresetName
  /** Pixel size, for images. */
  width?: number
  height?: number
}

export const pngName = (id: string, preset: PresetName): string => `${id}-${preset}.png`

/** Every file of one chart's folder, in a fixed order. `fonts` are the font file names the embed page uses. */
export function chartFiles(id: string, presetNames: readonly PresetName[], fonts: readonly string[]): KitFile[] {
  return [
    ...presetNames.map(preset => ({ path: pngName(id, preset), type: 'image/png', preset, width: presets[preset].width * presets[preset].scale, height: presets[preset].height * presets[preset].scale })),
    { path: `${id}.svg`, type: 'image/svg+xml' },
    { path: `${id}.csv`, type: 'text/csv' },
    { path: `${id}.json`, type: 'application/json' },
    { path: 'embed.html', type: 'text/html' },
    { path: 'embed.js', type: 'text/javascript' },
    { path: 'embed.css', type: 'text/css' },
    ...fonts.map(name => ({ path: `fonts/${name}`, type: 'font/woff2' })),
  ]
}

/** A plotted number as data: no grouping, at most 3 decimals (per-100 rates), integers as they are. */
export function csvNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000)
}

function csvValue(cell: TableCell): string {
  if (cell.status === 'text')
    return cell.text
  if (cell.value === null)
    return ''
  return typeof cell.value === 'number' ? csvNumber(cell.value) : cell.value
}

/** Comment text on one line (a line break would end the comment). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function chartCsv(chart: ChartDefinition, dataVersion: string): string {
  const columns = chart.table.columns.slice(1)
  const withStatus = columns.map((_c, ci) => chart.table.rows.some(r => r.cells[ci]?.status !== 'text'))
  const header = ['Country code', chart.table.columns[0]?.label ?? 'Country', ...columns.flatMap((c, ci) => [
    c.unit ? `${c.label} (${c.unit})` : c.label,
    ...(withStatus[ci] ? [`${c.label}: status`] : []),
  ])]
  const rows = chart.table.rows.map(row => [row.key, row.label, ...row.cells.flatMap((cell, ci) => [
    csvValue(cell),
    ...(withStatus[ci] ? [STATUS_WORDS[cell.status]] : []),
  ])])
  const comments = [
    `${chart.title}. ${chart.subtitle}.`,
    `Source: ${publishers(chart.sources)}. Links to every source: ${chart.id}.json.`,
    ...chart.notes.map(note => `Note: ${note}`),
    `${licenceLine()} Data version ${dataVersion}.`,
  ].map(text => `# ${oneLine(text)}\n`)
  return stringify([header, ...rows], { record_delimiter: 'unix' }) + comments.join('')
}

export interface ChartMetadata {
  id: string
  title: string
  subtitle: string
  unit: string
  altText: string
  notes: string[]
  sources: { publisher: string, title: string, url: string, confidence: string }[]
  /** The short line printed under the chart. */
  sourceLine: string
  datasets: string[]
  dataVersion: string
  licence: typeof KIT_LICENCE
  csv: { comments: string, statusWords: string[] }
  files: KitFile[]
}

export function chartMetadata(chart: ChartDefinition, dataVersion: string, files: KitFile[]): ChartMetadata {
  return {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    unit: chart.unit,
    altText: chart.altText,
    notes: [...chart.notes],
    sources: chart.sources.map(s => ({ publisher: s.publisher, title: s.title, url: s.url, confidence: s.confidence })),
    sourceLine: `Source: ${publishers(chart.sources)}`,
    datasets: [...chart.datasets],
    dataVersion,
    licence: KIT_LICENCE,
    csv: {
      comments: 'Lines starting with "# " after the data rows hold the title, sources, notes, licence and data version.',
      statusWords: [...new Set(Object.values(STATUS_WORDS).filter(Boolean))],
    },
    files,
  }
}

export function chartJson(chart: ChartDefinition, dataVersion: string, files: KitFile[]): string {
  return `${JSON.stringify(chartMetadata(chart, dataVersion, files), null, 2)}\n`
}
