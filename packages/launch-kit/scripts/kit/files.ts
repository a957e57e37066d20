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
import type { Lang } from '../../charts/i18n/languages'
import type { PresetName } from '../../charts/presets'
import type { ChartDefinition, TableCell } from '../../charts/types'
import type { KitLicence } from './licence'
import { stringify } from 'csv-stringify/sync'
import { publishers } from '../../charts/format'
import { defaultLang, langs, stringsOf } from '../../charts/i18n/languages'
import { presets } from '../../charts/presets'
import { kitLicence } from './licence'

/** Status codes in CSV status columns: the same in every language, so one script reads every version. */
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
  /** The language of the file's words; absent for files every language shares (script, styles, fonts). */
  lang?: Lang
  preset?: PresetName
  /** Pixel size, for images. */
  width?: number
  height?: number
}

export const pngName = (id: string, preset: PresetName): string => `${id}-${preset}.png`

/**
 * Where a language's files sit in a chart's folder: the report's language (English) at the top, as before there
 * were translations (published embed URLs keep working); every other language in a subfolder named by its code.
 */
export function langDir(lang: Lang): string {
  return lang === defaultLang() ? '' : `${lang}/`
}

/** The files every language of a chart shares, at the top of its folder. `fonts` are the embed page's font files. */
export function sharedFiles(fonts: readonly string[]): KitFile[] {
  return [
    { path: 'embed.js', type: 'text/javascript' },
    { path: 'embed-options.js', type: 'text/javascript' },
    { path: 'intl.js', type: 'text/javascript' },
    { path: 'embed.css', type: 'text/css' },
    ...fonts.map(name => ({ path: `fonts/${name}`, type: 'font/woff2' })),
  ]
}

/** The files of one language of a chart, in a fixed order, then the shared ones. */
export function chartFiles(id: string, presetNames: readonly PresetName[], fonts: readonly string[], lang: Lang = defaultLang()): KitFile[] {
  const dir = langDir(lang)
  return [
    ...presetNames.map(preset => ({ path: `${dir}${pngName(id, preset)}`, type: 'image/png', lang, preset, width: presets[preset].width * presets[preset].scale, height: presets[preset].height * presets[preset].scale })),
    { path: `${dir}${id}.svg`, type: 'image/svg+xml', lang },
    { path: `${dir}${id}.csv`, type: 'text/csv', lang },
    { path: `${dir}${id}.json`, type: 'application/json', lang },
    { path: `${dir}embed.html`, type: 'text/html', lang },
    ...sharedFiles(fonts),
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

/** Comment text on one line (a line break would end the comment); no-break spaces in figures stay. */
function oneLine(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim()
}

export function chartCsv(chart: ChartDefinition, dataVersion: string): string {
  const strings = stringsOf(chart.lang)
  const csv = strings.kit.csv
  const columns = chart.table.columns.slice(1)
  const withStatus = columns.map((_c, ci) => chart.table.rows.some(r => r.cells[ci]?.status !== 'text'))
  const header = [strings.words.countryCode, chart.table.columns[0]?.label ?? strings.words.country, ...columns.flatMap((c, ci) => [
    c.unit ? `${c.label} (${c.unit === 'date' ? csv.date : c.unit === 'level' ? csv.level : c.unit})` : c.label,
    ...(withStatus[ci] ? [csv.statusColumn(c.label)] : []),
  ])]
  const rows = chart.table.rows.map(row => [row.key, row.label, ...row.cells.flatMap((cell, ci) => [
    csvValue(cell),
    ...(withStatus[ci] ? [STATUS_WORDS[cell.status]] : []),
  ])])
  const comments = [
    `${chart.title}. ${chart.subtitle}.`,
    csv.sources(publishers(chart.sources), `${chart.id}.json`),
    ...chart.notes.map(note => strings.words.note(note)),
    ...(withStatus.some(Boolean) ? [csv.statusCodes] : []),
    ...(chart.reviewed ? [] : [strings.kit.notReviewed]),
    `${csv.licence(kitLicence().name, kitLicence().attribution)} ${strings.kit.embed.dataVersion(dataVersion)}`,
  ].map(text => `# ${oneLine(text)}\n`)
  return stringify([header, ...rows], { record_delimiter: 'unix' }) + comments.join('')
}

export interface ChartMetadata {
  id: string
  /** The language of every word in this file and its chart (charts/i18n/languages.ts). */
  lang: Lang
  /** BCP 47 tag, as in the embed page's lang attribute. */
  locale: string
  /** The words as a native speaker has reviewed them (true), or a translation written in this project (false). */
  reviewed: boolean
  /** Said in every output of an unreviewed language; null when reviewed. */
  translationNotice: string | null
  /** Who wrote the words and who should review them. */
  provenance: string
  /** This chart in every language: the JSON of each, relative to the chart's folder. */
  languages: { lang: Lang, name: string, reviewed: boolean, json: string }[]
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
  licence: KitLicence
  csv: { comments: string, statusWords: string[], statusCodes: string }
  /**
   * The embed page (relative to the chart's folder) and the iframe height, px, that shows it whole 375 px wide:
   * the snippet's height attribute, which holds where the host strips the loader (null if not measured).
   */
  embed: { page: string, height: number | null }
  files: KitFile[]
}

export function chartMetadata(chart: ChartDefinition, dataVersion: string, files: KitFile[], embedHeight: number | null = null): ChartMetadata {
  const strings = stringsOf(chart.lang)
  return {
    id: chart.id,
    lang: chart.lang,
    locale: strings.meta.tag,
    reviewed: chart.reviewed,
    translationNotice: chart.reviewed ? null : strings.kit.notReviewed,
    provenance: strings.meta.provenance,
    languages: langs().map(lang => ({ lang, name: stringsOf(lang).meta.name, reviewed: stringsOf(lang).meta.reviewed, json: `${langDir(lang)}${chart.id}.json` })),
    title: chart.title,
    subtitle: chart.subtitle,
    unit: chart.unit,
    altText: chart.altText,
    notes: [...chart.notes],
    sources: chart.sources.map(s => ({ publisher: s.publisher, title: s.title, url: s.url, confidence: s.confidence })),
    sourceLine: strings.words.source(chart.sourceLine),
    datasets: [...chart.datasets],
    dataVersion,
    licence: { ...kitLicence(), ...strings.kit.licence },
    csv: {
      comments: strings.kit.csv.comments,
      statusWords: [...new Set(Object.values(STATUS_WORDS).filter(Boolean))],
      statusCodes: strings.kit.csv.statusCodes,
    },
    embed: { page: `${langDir(chart.lang)}embed.html`, height: embedHeight },
    files,
  }
}

export function chartJson(chart: ChartDefinition, dataVersion: string, files: KitFile[], embedHeight: number | null = null): string {
  return `${JSON.stringify(chartMetadata(chart, dataVersion, files, embedHeight), null, 2)}\n`
}
