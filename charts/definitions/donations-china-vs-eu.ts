import { mergeSources } from '../../data/derive'
import { countryRows, defineChart } from '../define'
import { donated, vaccineRows } from './vaccine-figures'

const eu = vaccineRows.map(r => r.vaccines.euFundedPfizer)
const euNote = eu.find(f => f.status !== 'unknown' && f.note)
const unknownDonations = vaccineRows.filter((_r, i) => donated[i]!.status === 'unknown').map(r => r.country.name)

export const donationsChinaVsEu = defineChart({
  id: 'donations-china-vs-eu',
  kind: 'bars',
  title: 'Gifts compared: doses donated by China and doses funded by the EU',
  subtitle: 'Doses donated by China (delivered) and EU-funded Pfizer/BioNTech doses (allocated), 2021',
  unit: 'doses',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...donated, ...eu].flatMap(f => (f.sources ? [f.sources] : []))),
  notes: [
    ...(euNote && euNote.status !== 'unknown' && euNote.note ? [`EU: ${euNote.note}`] : []),
    ...(unknownDonations.length > 0 ? [`No source found for a Chinese donation to ${unknownDonations.join(', ')}.`] : []),
  ],
  model: {
    categories: countryRows(),
    series: [
      { id: 'donated-by-china', label: 'Donated by China', color: 'chinaDonated', values: donated },
      { id: 'eu-funded', label: 'EU-funded (allocated)', color: 'west', values: eu },
    ],
    stacked: false,
    format: 'count',
    unit: 'doses',
    measure: 'donated and EU-funded vaccine doses',
  },
})
