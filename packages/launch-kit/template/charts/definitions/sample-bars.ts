/**
 * PLACEHOLDER: a bar chart of the sample dataset (data/sample.ts), one bar per country in the order of
 * data/countries.ts. A lower bound would be drawn with "≥" and an unknown as "no data", never as 0.
 */
import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { mergeSources } from 'launch-kit/data/derive'
import { sample } from '../../data/sample'

const figures = sample.entries.map(e => e.figure)

export const sampleBars = defineChart<Words>({
  id: 'sample-bars',
  datasets: ['sample', 'countries'],
  sources: mergeSources(...figures.flatMap(f => (f.sources ? [f.sources] : []))),
  build: (t) => {
    const words = t.s.charts['sample-bars']
    const byCountry = new Map(sample.entries.map(e => [e.country, e.figure]))
    const rows = t.countryRows()
    return {
      kind: 'bars',
      title: words.title,
      subtitle: words.subtitle,
      unit: words.unit.label,
      notes: [words.notes.placeholder],
      model: {
        categories: rows,
        series: [{ id: 'population', label: words.series.population, color: 'blue', values: rows.map(r => byCountry.get(r.key)!) }],
        stacked: false,
        format: 'count',
        unit: words.unit,
        measure: words.measure,
      },
    }
  },
})
