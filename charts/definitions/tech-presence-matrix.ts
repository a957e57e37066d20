import type { MatrixLevel } from 'launch-kit/charts/matrix'
import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { countries } from '../../data/countries'
import { mergeSources } from '../../data/derive'
import { sources } from '../../data/sources'
import { TECH_DIMENSIONS, techPresence } from '../../data/tech-presence'

const entries = countries.map(({ country: code }) => {
  const entry = techPresence.countries.find(c => c.country === code)
  if (!entry)
    throw new Error(`data/tech-presence.ts: no entry for country ${code}`)
  return entry
})

export const techPresenceMatrix = defineChart<Words>({
  id: 'tech-presence-matrix',
  datasets: ['tech-presence', 'countries'],
  sources: mergeSources([sources.sbunkerReport], ...entries.flatMap(e => TECH_DIMENSIONS.map(d => e.cells[d].sources))),
  build: (t) => {
    const words = t.s.charts['tech-presence-matrix']
    const legend = t.s.data.levels
    const levels: MatrixLevel[] = [
      { key: 'extensive', label: words.cells.extensive, legend: legend.extensive, fill: 'levelHigh', ink: 'paper', outline: false },
      { key: 'present', label: words.cells.present, legend: legend.present, fill: 'levelMid', ink: 'paper', outline: false },
      { key: 'limited', label: words.cells.limited, legend: legend.limited, fill: 'levelLow', ink: 'ink', outline: false },
      { key: 'undecided', label: words.cells.undecided, legend: legend.undecided, fill: 'levelOpen', ink: 'ink', outline: true },
      { key: 'notFound', label: words.cells.notFound, legend: legend.notFound, fill: 'noData', ink: 'inkMuted', outline: false },
    ]
    return {
      kind: 'matrix',
      title: words.title,
      subtitle: words.subtitle,
      unit: 'level',
      notes: [words.notes.notFound, words.notes.limited],
      model: {
        rows: t.countryRows(),
        columns: TECH_DIMENSIONS.map(d => ({ key: d, label: t.s.data.dimensions[d] })),
        cells: entries.map(e => TECH_DIMENSIONS.map(d => ({ level: e.cells[d].level, summary: t.fromData(e.cells[d].summary, `data/tech-presence.ts (${e.country}, ${d}, summary)`) }))),
        levels,
        measure: words.measure,
      },
    }
  },
})
