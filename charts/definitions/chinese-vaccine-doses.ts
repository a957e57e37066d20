import { mergeSources } from '../../data/derive'
import { defineChart, countryRows } from '../define'
import { formatNumber, publishers } from '../format'
import { donated, purchased, thirdCountryDonations, vaccineRows } from './vaccine-figures'

/** Notes for figures where sources disagree: "Serbia: 4,200,000 (ANSAmed); RFE/RL says …". */
function disagreements(): string[] {
  return vaccineRows.flatMap((r, i) => [purchased[i]!, donated[i]!].flatMap(f =>
    f.status !== 'unknown' && f.alternative ? [`${r.country.name}: ${formatNumber(f.value)} per ${publishers(f.sources)}; ${f.alternative.note}`] : []))
}

export const chineseVaccineDoses = defineChart({
  id: 'chinese-vaccine-doses',
  kind: 'bars',
  title: 'Chinese COVID-19 vaccine doses by country',
  subtitle: 'Doses bought, and doses donated by China, delivered in 2021',
  unit: 'doses',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...purchased, ...donated].flatMap(f => (f.sources ? [f.sources] : []))),
  notes: [
    '≥ marks a lower bound: the sum of the deliveries reported where no total was found.',
    ...disagreements(),
    `Not counted: Chinese-made doses passed on by third countries (${thirdCountryDonations().join('; ')}).`,
  ],
  model: {
    categories: countryRows(),
    series: [
      { id: 'bought', label: 'Bought', color: 'china', values: purchased },
      { id: 'donated', label: 'Donated by China', color: 'chinaDonated', values: donated },
    ],
    stacked: true,
    format: 'count',
    unit: 'doses',
    measure: 'Chinese COVID-19 vaccine doses delivered',
  },
})
