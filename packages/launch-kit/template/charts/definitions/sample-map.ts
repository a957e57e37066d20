import type { MapCategory } from 'launch-kit/charts/map'
/**
 * PLACEHOLDER: a map of the sample dataset (data/sample.ts): each country filled by its class. Classes have fixed
 * limits, so a change in one figure never recolours another country; an unknown takes the "no data" grey, never the
 * colour of zero, and a lower bound is hatched.
 */
import type { Figure } from 'launch-kit/data/schema'
import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { mergeSources } from 'launch-kit/data/derive'
import { sample } from '../../data/sample'
import { sources } from '../../data/sources'

type ClassKey = 'under-1m' | '1m-3m' | '3m-plus' | 'unknown'
const CLASSES: { key: ClassKey, fill: MapCategory['fill'], below?: number, missing?: true }[] = [
  { key: 'under-1m', fill: 'rate1', below: 1_000_000 },
  { key: '1m-3m', fill: 'rate2', below: 3_000_000 },
  { key: '3m-plus', fill: 'rate4' },
  { key: 'unknown', fill: 'noData', missing: true },
]

function classOf(figure: Figure): ClassKey {
  if (figure.status === 'unknown')
    return 'unknown'
  return CLASSES.find(c => c.below !== undefined && figure.value < c.below)?.key ?? '3m-plus'
}

export const sampleMap = defineChart<Words>({
  id: 'sample-map',
  datasets: ['sample', 'countries'],
  sources: mergeSources(...sample.entries.flatMap(e => (e.figure.sources ? [e.figure.sources] : [])), [sources.naturalEarth]),
  build: (t) => {
    const words = t.s.charts['sample-map']
    const legends: Record<ClassKey, string> = {
      'under-1m': words.classes.under(t.f.compact(1_000_000)),
      '1m-3m': words.classes.range(t.f.compact(1_000_000), t.f.compact(3_000_000)),
      '3m-plus': words.classes.over(t.f.compact(3_000_000)),
      'unknown': words.classes.noData,
    }
    return {
      kind: 'map',
      title: words.title,
      subtitle: words.subtitle,
      unit: words.unit,
      notes: [words.notes.placeholder, t.s.kinds.map.boundaries],
      model: {
        areas: sample.entries.map((e) => {
          const country = t.country(e.country)
          const long = t.f.figureLong(e.figure)
          return {
            key: e.country,
            name: country.name,
            label: country.short,
            category: classOf(e.figure),
            value: t.f.figureShort(e.figure),
            detail: long,
            bound: e.figure.status === 'atLeast',
            figure: e.figure,
            cells: [
              { text: long, value: e.figure.status === 'unknown' ? null : e.figure.value, status: e.figure.status },
              { text: legends[classOf(e.figure)], value: classOf(e.figure), status: 'text' },
            ],
          }
        }),
        categories: CLASSES.map(c => ({ key: c.key, legend: legends[c.key], fill: c.fill, outline: false, ...(c.missing ? { missing: true } : {}) })),
        columns: [
          { key: 'population', label: words.columns.population, unit: words.unit },
          { key: 'class', label: words.columns.class, unit: 'level' },
        ],
        measure: words.measure,
      },
    }
  },
})
