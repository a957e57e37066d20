import type { Figure, KnownFigure } from '../../data/schema'
import type { MapArea, MapCategory } from '../map'
import { mergeSources, sumFigures } from '../../data/derive'
import { sources } from '../../data/sources'
import { defineChart } from '../define'
import { formatFigureLong, formatFigureShort, formatNumber } from '../format'
import { donatedPer100, purchasedPer100, vaccineRows } from './vaccine-figures'

/** What the map shades: bought and donated per 100 people together, the end of each per-100 bar. */
const totals: Figure[] = vaccineRows.map((_r, i) => sumFigures([purchasedPer100[i]!, donatedPer100[i]!]))

/**
 * Classes with fixed limits rather than limits from the data, so a change in one country's figure never recolours
 * another. Limits at 10, 20 and 40 separate the figures as they stand; zero (Kosovo's sourced zero) is a class of
 * its own, and "not known" is the no-data grey, never the colour of zero.
 */
const classes: (MapCategory & { below?: number })[] = [
  { key: 'none', legend: 'None (0)', fill: 'rate0', outline: false, below: 0 },
  { key: 'under-10', legend: 'Under 10', fill: 'rate1', outline: false, below: 10 },
  { key: '10-20', legend: '10–19.9', fill: 'rate2', outline: false, below: 20 },
  { key: '20-40', legend: '20–39.9', fill: 'rate3', outline: false, below: 40 },
  { key: '40-plus', legend: '40 or more', fill: 'rate4', outline: false },
  { key: 'unknown', legend: 'No data', fill: 'noData', outline: false, missing: true },
]

/** The class of a figure, by its value as shown (one decimal), so "20.0" never sits in "10–19.9". */
function classOf(figure: Figure): string {
  if (figure.status === 'unknown')
    return 'unknown'
  const shown = Math.round(figure.value * 10) / 10
  if (shown === 0)
    return 'none'
  return classes.find(c => c.below !== undefined && c.below > 0 && shown < c.below)?.key ?? '40-plus'
}

/** "50.4", "≥ 16.8", "0", "no data": as on the per-100 bars, with a plain 0 for a sourced zero. */
function shortText(figure: Figure): string {
  return figure.status === 'exact' && figure.value === 0 ? '0' : formatFigureShort(figure, 'rate')
}

/** Parts of a total that are not known ("doses bought"), which make it a lower bound. */
function unknownParts(i: number): string[] {
  const parts: [string, Figure][] = [['doses bought', purchasedPer100[i]!], ['doses donated by China', donatedPer100[i]!]]
  return parts.flatMap(([what, f]) => (f.status === 'unknown' ? [what] : []))
}

const areas: MapArea[] = vaccineRows.map((r, i) => {
  const figure = totals[i]!
  const zero = figure.status === 'exact' && figure.value === 0
  const long = zero ? '0' : formatFigureLong(figure, 'rate')
  const missing = figure.status === 'unknown' ? [] : unknownParts(i)
  return {
    key: r.country.country,
    name: r.country.name,
    label: r.country.shortName,
    category: classOf(figure),
    value: shortText(figure),
    detail: [zero ? 'a sourced zero' : long, ...missing.map(what => `${what} not known`)].join('; '),
    bound: figure.status === 'atLeast',
    figure,
    cells: [
      { text: long, value: figure.status === 'unknown' ? null : figure.value, status: figure.status },
      { text: classes.find(c => c.key === classOf(figure))!.legend, value: classOf(figure), status: 'text' },
    ],
  }
})

const populationNotes = vaccineRows.flatMap(r => (r.country.population.status !== 'unknown' && r.country.population.note ? [`${r.country.name}: ${r.country.population.note}`] : []))

export const chineseDosesMap = defineChart({
  id: 'chinese-doses-map',
  kind: 'map',
  title: 'Chinese vaccine doses per 100 people across the region',
  subtitle: 'Doses bought, and doses donated by China, delivered in 2021, per 100 inhabitants',
  unit: 'doses per 100 people',
  datasets: ['vaccines', 'countries'],
  // The per-100 bars' sources (of every part, known or not), then the boundaries.
  sources: mergeSources(...[...purchasedPer100, ...donatedPer100].flatMap(f => (f.sources ? [f.sources] : [])), [sources.naturalEarth]),
  notes: [
    'Hatched and ≥: at least that many; the full total was not found. Populations: JHU CSSE lookup table (2020 basis).',
    'Boundaries: Natural Earth (public domain).',
    ...populationNotes,
  ],
  model: {
    areas,
    categories: classes.map(({ below: _below, ...c }) => c),
    columns: [
      { key: 'total', label: 'Chinese doses', unit: 'doses per 100 people' },
      { key: 'class', label: 'Map class', unit: 'level' },
    ],
    measure: 'Chinese COVID-19 vaccine doses per 100 people (bought and donated, delivered in 2021)',
    boundLegend: 'Hatched: at least',
    formatFigure: (f: KnownFigure) => formatNumber(f.value, 'rate').replace(/^0\.0$/, '0'),
  },
})
