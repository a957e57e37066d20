import type { TimelinePoint } from 'launch-kit/charts/timeline'
import type { Milestone } from 'launch-kit/data/schema'
import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { firstChineseDelivery, mergeSources } from '../../data/derive'
import { vaccineRows } from './vaccine-figures'

function point(m: Milestone): TimelinePoint {
  return m.status === 'on' ? { status: 'on', date: m.date, sources: m.sources } : m.status === 'notBy' ? { status: 'notBy', date: m.date } : { status: m.status }
}

const chinese = vaccineRows.map(r => firstChineseDelivery(r.vaccines))
const covax = vaccineRows.map(r => r.vaccines.firstCovaxDelivery)

export const firstDeliveries = defineChart<Words>({
  id: 'first-deliveries',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...chinese, ...covax].flatMap(m => (m.sources ? [m.sources] : []))),
  build: (t) => {
    const words = t.s.charts['first-deliveries']
    const milestoneNotes = vaccineRows.flatMap((r, i) => [covax[i]!].flatMap(m => (m.status === 'notBy'
      ? [`${t.country(r.country.country).name}: ${t.fromData(m.note, `data/vaccines.ts (${r.country.country}, firstCovaxDelivery.note)`)}`]
      : [])))
    return {
      kind: 'timeline',
      title: words.title,
      subtitle: words.subtitle,
      unit: 'date',
      notes: [words.notes.definition, ...milestoneNotes],
      model: {
        rows: t.countryRows(),
        series: [
          { id: 'first-chinese', label: words.series.chinese.label, short: words.series.chinese.short, color: 'vermillion', pointStyle: 'circle', points: chinese.map(point), neverText: words.series.chinese.never },
          { id: 'first-covax', label: words.series.covax.label, short: words.series.covax.short, color: 'blue', pointStyle: 'rectRot', points: covax.map(point), neverText: words.series.covax.never },
        ],
        connect: true,
        stagger: false,
        measure: words.measure,
      },
    }
  },
})
