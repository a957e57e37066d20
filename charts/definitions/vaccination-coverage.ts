import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { mergeSources, perHundred } from '../../data/derive'
import { populations, vaccineRows } from './vaccine-figures'

const share = vaccineRows.map((r, i) => perHundred(r.vaccines.coverage.fullyVaccinated, populations[i]!))
const serbia = vaccineRows.find(r => r.country.country === 'RS')

export const vaccinationCoverage = defineChart<Words>({
  id: 'vaccination-coverage',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...share.flatMap(f => (f.sources ? [f.sources] : []))),
  build: (t) => {
    const words = t.s.charts['vaccination-coverage']
    const { countryRows } = t
    return {
      kind: 'bars',
      title: words.title,
      subtitle: words.subtitle,
      unit: words.unit.label,
      notes: [
        words.notes.snapshot,
        ...(serbia && serbia.country.population.status !== 'unknown' && serbia.country.population.note
          ? [`${t.country('RS').name}: ${t.fromData(serbia.country.population.note, 'data/countries.ts (RS, population.note)')}`]
          : []),
      ],
      model: {
        categories: countryRows(),
        series: [{ id: 'fully-vaccinated', label: words.series.fully, color: 'blue', values: share }],
        stacked: false,
        format: 'percent',
        unit: words.unit,
        measure: words.measure,
      },
    }
  },
})
