import type { MatrixLevel } from '../matrix'
import { mergeSources } from '../../data/derive'
import { sources } from '../../data/sources'
import { TECH_DIMENSIONS, techPresence } from '../../data/tech-presence'
import { countryRows, defineChart } from '../define'

const rows = countryRows()
const entries = rows.map((r) => {
  const entry = techPresence.countries.find(c => c.country === r.key)
  if (!entry)
    throw new Error(`data/tech-presence.ts: no entry for country ${r.key}`)
  return entry
})

const levels: MatrixLevel[] = [
  { key: 'extensive', label: 'Extensive', legend: techPresence.levels.extensive, fill: 'levelExtensive', ink: 'paper', outline: false },
  { key: 'present', label: 'Present', legend: techPresence.levels.present, fill: 'levelPresent', ink: 'paper', outline: false },
  { key: 'limited', label: 'Limited', legend: techPresence.levels.limited, fill: 'levelLimited', ink: 'ink', outline: false },
  { key: 'undecided', label: 'Undecided', legend: techPresence.levels.undecided, fill: 'levelUndecided', ink: 'ink', outline: true },
  { key: 'notFound', label: 'Not found', legend: techPresence.levels.notFound, fill: 'noData', ink: 'inkMuted', outline: false },
]

export const techPresenceMatrix = defineChart({
  id: 'tech-presence-matrix',
  kind: 'matrix',
  title: 'Chinese technology presence, as the report assesses it',
  subtitle: 'By country and field, in the report\'s terms',
  unit: 'level',
  datasets: ['tech-presence', 'countries'],
  sources: mergeSources([sources.sbunkerReport], ...entries.flatMap(e => TECH_DIMENSIONS.map(d => e.cells[d].sources))),
  notes: [
    '"Not found": nothing in the report or in the sources checked; not proof of absence.',
    '"Limited or none": the report\'s words for Kosovo, North Macedonia and Albania, "mainly due to their stronger alignment with the US and EU".',
  ],
  model: {
    rows,
    columns: TECH_DIMENSIONS.map(d => ({ key: d, label: techPresence.dimensions[d] })),
    cells: entries.map(e => TECH_DIMENSIONS.map(d => ({ level: e.cells[d].level, summary: e.cells[d].summary }))),
    levels,
    measure: 'Chinese technology presence',
  },
})
