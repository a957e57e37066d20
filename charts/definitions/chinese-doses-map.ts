import type { Translation } from 'launch-kit/charts/i18n/translation'
import type { MapArea, MapCategory } from 'launch-kit/charts/map'
import type { Figure, KnownFigure } from 'launch-kit/data/schema'
import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { mergeSources, sumFigures } from '../../data/derive'
import { sources } from '../../data/sources'
import { donatedPer100, purchasedPer100, vaccineRows } from './vaccine-figures'

/** What the map shades: bought and donated per 100 people together, the end of each per-100 bar. */
const totals: Figure[] = vaccineRows.map((_r, i) => sumFigures([purchasedPer100[i]!, donatedPer100[i]!]))

type ClassKey = 'none' | 'under-10' | '10-20' | '20-40' | '40-plus' | 'unknown'

/**
 * Classes with fixed limits rather than limits from the data, so a change in one country's figure never recolours
 * another. Limits at 10, 20 and 40 separate the figures as they stand; zero (Kosovo's sourced zero) is a class of
 * its own, and "not known" is the no-data grey, never the colour of zero. `below` is the class's upper limit.
 */
const CLASSES: { key: ClassKey, fill: MapCategory['fill'], below?: number, missing?: true }[] = [
  { key: 'none', fill: 'rate0', below: 0 },
  { key: 'under-10', fill: 'rate1', below: 10 },
  { key: '10-20', fill: 'rate2', below: 20 },
  { key: '20-40', fill: 'rate3', below: 40 },
  { key: '40-plus', fill: 'rate4' },
  { key: 'unknown', fill: 'noData', missing: true },
]

/** The legend words of each class, figures in the language's format: "Under 10", "10–19.9" / "10–19,9", "40 or more". */
function classLegends(t: Translation<Words>): Record<ClassKey, string> {
  const words = t.s.charts['chinese-doses-map'].classes
  const whole = (n: number) => t.f.number(n)
  const below = (n: number) => t.f.number(n - 0.1, 'rate')
  return {
    'none': words.none(whole(0)),
    'under-10': words.under(whole(10)),
    '10-20': words.range(whole(10), below(20)),
    '20-40': words.range(whole(20), below(40)),
    '40-plus': words.over(whole(40)),
    'unknown': words.noData,
  }
}

/** The class of a figure, by its value as shown (one decimal), so "20.0" never sits in "10–19.9". */
function classOf(figure: Figure): ClassKey {
  if (figure.status === 'unknown')
    return 'unknown'
  const shown = Math.round(figure.value * 10) / 10
  if (shown === 0)
    return 'none'
  return CLASSES.find(c => c.below !== undefined && c.below > 0 && shown < c.below)?.key ?? '40-plus'
}

function areas(t: Translation<Words>, legends: Record<ClassKey, string>): MapArea[] {
  const words = t.s.charts['chinese-doses-map']
  /** Parts of a total that are not known ("doses bought"), which make it a lower bound. */
  const unknownParts = (i: number) => ([[words.parts.bought, purchasedPer100[i]!], [words.parts.donated, donatedPer100[i]!]] as const)
    .flatMap(([what, f]) => (f.status === 'unknown' ? [what] : []))
  return vaccineRows.map((r, i) => {
    const figure = totals[i]!
    const zero = figure.status === 'exact' && figure.value === 0
    const long = zero ? t.f.number(0) : t.f.figureLong(figure, 'rate')
    const missing = figure.status === 'unknown' ? [] : unknownParts(i)
    const country = t.country(r.country.country)
    return {
      key: r.country.country,
      name: country.name,
      label: country.short,
      category: classOf(figure),
      // "50.4", "≥ 16.8", "0", "no data": as on the per-100 bars, with a plain 0 for a sourced zero.
      value: zero ? t.f.number(0) : t.f.figureShort(figure, 'rate'),
      detail: [zero ? words.zero : long, ...missing.map(words.partUnknown)].join('; '),
      bound: figure.status === 'atLeast',
      figure,
      cells: [
        { text: long, value: figure.status === 'unknown' ? null : figure.value, status: figure.status },
        { text: legends[classOf(figure)], value: classOf(figure), status: 'text' },
      ],
    }
  })
}

export const chineseDosesMap = defineChart<Words>({
  id: 'chinese-doses-map',
  datasets: ['vaccines', 'countries'],
  // The per-100 bars' sources (of every part, known or not), then the boundaries.
  sources: mergeSources(...[...purchasedPer100, ...donatedPer100].flatMap(f => (f.sources ? [f.sources] : [])), [sources.naturalEarth]),
  build: (t) => {
    const words = t.s.charts['chinese-doses-map']
    const legends = classLegends(t)
    const populationNotes = vaccineRows.flatMap(r => (r.country.population.status !== 'unknown' && r.country.population.note
      ? [`${t.country(r.country.country).name}: ${t.fromData(r.country.population.note, `data/countries.ts (${r.country.country}, population.note)`)}`]
      : []))
    return {
      kind: 'map',
      title: words.title,
      subtitle: words.subtitle,
      unit: words.unit,
      notes: [words.notes.hatched, t.s.kinds.map.boundaries, ...populationNotes],
      model: {
        areas: areas(t, legends),
        categories: CLASSES.map(c => ({ key: c.key, legend: legends[c.key], fill: c.fill, outline: false, ...(c.missing ? { missing: true } : {}) })),
        columns: [
          { key: 'total', label: words.columns.total, unit: words.unit },
          { key: 'class', label: words.columns.class, unit: 'level' },
        ],
        measure: words.measure,
        boundLegend: words.hatched,
        formatFigure: (f: KnownFigure) => (f.value === 0 ? t.f.number(0) : t.f.number(f.value, 'rate')),
      },
    }
  },
})
