/**
 * What a chart is: one definition per chart, from which the slide, the handout table, the article kit (PNG, SVG,
 * CSV, JSON, embed) and the alt text are all derived.
 */
import type { ChartConfiguration } from 'chart.js'
import type { Sources } from '../data/schema'

/** Where and how a chart is drawn. Each output picks one; the definition adapts fonts, colours and motion. */
/** A chart language's code, as in file paths, the manifest and settings: 'en', 'sq', 'sr-Latn' (i18n/languages.ts). */
export type Lang = string

/** One chart of a launch in every language, each built on first use (define.ts makes it). */
export interface ChartSource {
  id: string
  /** Datasets (the launch's data/index.ts ids) the chart reads; checked to exist. */
  datasets: readonly string[]
  in: (lang: Lang) => ChartDefinition
}

export interface RenderProfile {
  name: string
  /** Multiplies the slide-scale text sizes in `theme.chartText`. */
  fontScale: number
  scheme: 'light' | 'dark'
  /** Animate on first draw (live slides only; print and exports draw the final frame at once). */
  animate: boolean
  /** Draw title, subtitle, source and notes on the canvas itself, so the image is a complete figure. */
  figure: boolean
  /** Leave the background transparent instead of filling it with the paper colour. */
  transparent: boolean
}

export const profiles = {
  slide: { name: 'slide', fontScale: 1, scheme: 'light', animate: true, figure: false, transparent: false },
  print: { name: 'print', fontScale: 1, scheme: 'light', animate: false, figure: false, transparent: false },
  embed: { name: 'embed', fontScale: 0.8, scheme: 'light', animate: true, figure: false, transparent: false },
} as const satisfies Record<string, RenderProfile>

export interface TableColumn {
  key: string
  label: string
  /** Unit of the column's values, written in table and CSV headers. */
  unit?: string
}

/** One cell as plotted: the number (or date) drawn, how sure it is, and the text a reader sees. */
export interface TableCell {
  text: string
  /** The plotted value: a number, an ISO date, a level name, or null when not known. */
  value: number | string | null
  status: 'exact' | 'atLeast' | 'unknown' | 'none' | 'notBy' | 'text'
}

export interface DataTable {
  /** The first column holds the row label. */
  columns: TableColumn[]
  rows: { key: string, label: string, cells: TableCell[] }[]
}

export interface ChartDefinition {
  /** kebab-case; the kit writes exports/charts/<id>/. */
  id: string
  /** The language of every word below (charts/i18n/languages.ts). */
  lang: Lang
  /** False when the words are a translation no native speaker has reviewed yet (the outputs say so). */
  reviewed: boolean
  title: string
  subtitle: string
  /** What the values measure, e.g. "litres" or "litres per person", in the chart's language. */
  unit: string
  /** Datasets (data/index.ts ids) the chart reads; checked to exist. */
  datasets: readonly string[]
  sources: Sources
  /** The publishers as printed under the chart, cut short after four ("A; B; C; D and 5 more"). */
  sourceLine: string
  notes: string[]
  table: DataTable
  /** Generated from the data: what is compared, range, leader, outliers, lower bounds and gaps. */
  altText: string
  /**
   * Every word the chart itself shows, from its model (the data, formatted in its language), each once per place it
   * stands: categories and rows, column headings, legend entries, value labels, cell and map labels, row notes. The
   * ticks of a numeric or date axis are not data and are left out. The PDF checks look for each as text inside the
   * chart's box (scripts/pdf/slide-checks.ts), so what a drawing shows is checked against the data, not against itself.
   */
  labels: string[]
  /** A fresh Chart.js configuration for one output. */
  config: (profile: RenderProfile) => ChartConfiguration
}

/** Text drawn around a chart when the canvas is the whole figure (kit outputs), each line as it is printed. */
export interface FigureText {
  title: string
  subtitle: string
  /** "Source: Reuters; ANSAmed", in the chart's language. */
  source: string
  /** "Note: …", in the chart's language. */
  notes: string[]
}
