import type { Milestone } from '../../data/schema'
import type { TimelinePoint } from '../timeline'
import { firstChineseDelivery, mergeSources } from '../../data/derive'
import { countryRows, defineChart } from '../define'
import { vaccineRows } from './vaccine-figures'

function point(m: Milestone): TimelinePoint {
  return m.status === 'on' ? { status: 'on', date: m.date, sources: m.sources } : m.status === 'notBy' ? { status: 'notBy', date: m.date } : { status: m.status }
}

const chinese = vaccineRows.map(r => firstChineseDelivery(r.vaccines))
const covax = vaccineRows.map(r => r.vaccines.firstCovaxDelivery)
const milestoneNotes = vaccineRows.flatMap((r, i) => [covax[i]!].flatMap(m => (m.status === 'notBy' ? [`${r.country.name}: ${m.note}`] : [])))

export const firstDeliveries = defineChart({
  id: 'first-deliveries',
  kind: 'timeline',
  title: 'Who came first: Chinese vaccines or COVAX',
  subtitle: 'Date of the first Chinese vaccine delivery and of the first COVAX delivery, by country',
  unit: 'date',
  datasets: ['vaccines', 'countries'],
  sources: mergeSources(...[...chinese, ...covax].flatMap(m => ('sources' in m ? [m.sources] : []))),
  notes: [
    'A Chinese delivery is bought or donated doses from China; Chinese-made doses passed on by third countries are not counted.',
    ...milestoneNotes,
  ],
  model: {
    rows: countryRows(),
    series: [
      { id: 'first-chinese', label: 'First Chinese delivery', short: 'China', color: 'china', pointStyle: 'circle', points: chinese.map(point), neverText: 'no Chinese vaccines' },
      { id: 'first-covax', label: 'First COVAX delivery', short: 'COVAX', color: 'west', pointStyle: 'rectRot', points: covax.map(point), neverText: 'no COVAX doses' },
    ],
    connect: true,
    stagger: false,
    measure: 'the first Chinese and the first COVAX vaccine deliveries',
  },
})
