import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { publishers } from 'launch-kit/charts/format'
import { mergeSources } from '../../data/derive'
import { donated, purchased, thirdCountryShipments, vaccineRows } from './vaccine-figures'

export const chineseVaccineDoses = defineChart<Words>({
  id: 'chinese-vaccine-doses',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...purchased, ...donated].flatMap(f => (f.sources ? [f.sources] : []))),
  build: (t) => {
    const words = t.s.charts['chinese-vaccine-doses']
    const { countryRows } = t
    // Where sources disagree: "Serbia: 4,200,000 per ANSAmed; RFE/RL says …".
    const disagreements = vaccineRows.flatMap((r, i) => [purchased[i]!, donated[i]!].flatMap(f =>
      f.status !== 'unknown' && f.alternative
        ? [words.notes.disagreement(t.country(r.country.country).name, t.f.number(f.value), publishers(f.sources), t.fromData(f.alternative.note, `data/vaccines.ts (${r.country.country}, alternative.note)`))]
        : []))
    const passedOn = thirdCountryShipments().map(s => words.notes.passedOn(
      t.fromData(s.from, 'data/vaccines.ts (shipment from)'),
      s.doses === null ? words.notes.someDoses : t.f.number(s.doses),
      t.country(s.to).name,
    ))
    return {
      kind: 'bars',
      title: words.title,
      subtitle: words.subtitle,
      unit: words.unit.label,
      notes: [words.notes.lowerBound, ...disagreements, words.notes.notCounted(passedOn.join('; '))],
      model: {
        categories: countryRows(),
        series: [
          { id: 'bought', label: words.series.bought, color: 'vermillion', values: purchased },
          { id: 'donated', label: words.series.donated, color: 'orange', values: donated },
        ],
        stacked: true,
        format: 'count',
        unit: words.unit,
        measure: words.measure,
      },
    }
  },
})
