import { mergeSources } from '../../data/derive'
import { countryRows, defineChart } from '../define'
import { donatedPer100, purchasedPer100 as boughtPer100, vaccineRows } from './vaccine-figures'

const populationNotes = vaccineRows.flatMap(r => (r.country.population.status !== 'unknown' && r.country.population.note ? [`${r.country.name}: ${r.country.population.note}`] : []))

export const chineseDosesPer100 = defineChart({
  id: 'chinese-doses-per-100',
  kind: 'bars',
  title: 'Chinese vaccine doses per 100 people',
  subtitle: 'Doses bought, and doses donated by China, delivered in 2021, per 100 inhabitants',
  unit: 'doses per 100 people',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...boughtPer100, ...donatedPer100].flatMap(f => (f.sources ? [f.sources] : []))),
  notes: [
    '≥ marks a lower bound. Populations: JHU CSSE lookup table (2020 basis).',
    ...populationNotes,
  ],
  model: {
    categories: countryRows(),
    series: [
      { id: 'bought', label: 'Bought', color: 'china', values: boughtPer100 },
      { id: 'donated', label: 'Donated by China', color: 'chinaDonated', values: donatedPer100 },
    ],
    stacked: true,
    format: 'rate',
    unit: 'doses per 100 people',
    measure: 'Chinese COVID-19 vaccine doses per 100 people',
  },
})
