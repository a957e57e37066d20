import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { mergeSources } from '../../data/derive'
import { purchasedPer100 as boughtPer100, donatedPer100, vaccineRows } from './vaccine-figures'

export const chineseDosesPer100 = defineChart<Words>({
  id: 'chinese-doses-per-100',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...boughtPer100, ...donatedPer100].flatMap(f => (f.sources ? [f.sources] : []))),
  build: (t) => {
    const words = t.s.charts['chinese-doses-per-100']
    const { countryRows } = t
    const populationNotes = vaccineRows.flatMap(r => (r.country.population.status !== 'unknown' && r.country.population.note
      ? [`${t.country(r.country.country).name}: ${t.fromData(r.country.population.note, `data/countries.ts (${r.country.country}, population.note)`)}`]
      : []))
    return {
      kind: 'bars',
      title: words.title,
      subtitle: words.subtitle,
      unit: words.unit.label,
      notes: [words.notes.lowerBound, ...populationNotes],
      model: {
        categories: countryRows(),
        series: [
          { id: 'bought', label: words.series.bought, color: 'vermillion', values: boughtPer100 },
          { id: 'donated', label: words.series.donated, color: 'orange', values: donatedPer100 },
        ],
        stacked: true,
        format: 'rate',
        unit: words.unit,
        measure: words.measure,
      },
    }
  },
})
