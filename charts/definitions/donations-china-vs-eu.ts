import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { mergeSources } from '../../data/derive'
import { donated, vaccineRows } from './vaccine-figures'

const eu = vaccineRows.map(r => r.vaccines.euFundedPfizer)
const euNote = eu.find(f => f.status !== 'unknown' && f.note)
const unknownDonations = vaccineRows.filter((_r, i) => donated[i]!.status === 'unknown').map(r => r.country.country)

export const donationsChinaVsEu = defineChart<Words>({
  id: 'donations-china-vs-eu',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...donated, ...eu].flatMap(f => (f.sources ? [f.sources] : []))),
  build: (t) => {
    const words = t.s.charts['donations-china-vs-eu']
    const { countryRows } = t
    return {
      kind: 'bars',
      title: words.title,
      subtitle: words.subtitle,
      unit: words.unit.label,
      notes: [
        ...(euNote && euNote.status !== 'unknown' && euNote.note ? [words.notes.eu(t.fromData(euNote.note, 'data/vaccines.ts (euFundedPfizer.note)'))] : []),
        ...(unknownDonations.length > 0 ? [words.notes.noSource(t.f.list(unknownDonations.map(code => t.country(code).name)))] : []),
      ],
      model: {
        categories: countryRows(),
        series: [
          { id: 'donated-by-china', label: words.series.donated, color: 'orange', values: donated },
          { id: 'eu-funded', label: words.series.eu, color: 'blue', values: eu },
        ],
        stacked: false,
        format: 'count',
        unit: words.unit,
        measure: words.measure,
      },
    }
  },
})
