import { mergeSources, perHundred } from '../../data/derive'
import { countryRows, defineChart } from '../define'
import { populations, vaccineRows } from './vaccine-figures'

const share = vaccineRows.map((r, i) => perHundred(r.vaccines.coverage.fullyVaccinated, populations[i]!))
const serbia = vaccineRows.find(r => r.country.country === 'RS')

export const vaccinationCoverage = defineChart({
  id: 'vaccination-coverage',
  kind: 'bars',
  title: 'Where vaccination stood a year later',
  subtitle: 'People fully vaccinated, per cent of the population, 15 March 2022, all vaccine makes',
  unit: '% of population',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...share.flatMap(f => (f.sources ? [f.sources] : []))),
  notes: [
    'JHU GovEx snapshot of 15 March 2022, not final totals. Populations: JHU CSSE (2020 basis).',
    ...(serbia && serbia.country.population.status !== 'unknown' && serbia.country.population.note ? [`Serbia: ${serbia.country.population.note}`] : []),
  ],
  model: {
    categories: countryRows(),
    series: [{ id: 'fully-vaccinated', label: 'Fully vaccinated', color: 'west', values: share }],
    stacked: false,
    format: 'percent',
    unit: '% of population',
    measure: 'the share of people fully vaccinated',
  },
})
