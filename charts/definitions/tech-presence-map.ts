import type { TechCountry, TechDimension, TechLevel } from '../../data/tech-presence'
import type { MapArea, MapCategory } from '../map'
import { mergeSources } from '../../data/derive'
import { countries } from '../../data/countries'
import { sources } from '../../data/sources'
import { TECH_DIMENSIONS, TECH_LEVELS, techPresence } from '../../data/tech-presence'
import { defineChart } from '../define'

/** The matrix's words for a cell (tech-presence-matrix.ts), so the map and the matrix say the same. */
const SHORT: Record<TechLevel, string> = { extensive: 'Extensive', present: 'Present', limited: 'Limited', undecided: 'Undecided', notFound: 'Not found' }

const lower = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text)

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/**
 * A country's one level for the map: the strongest the report gives it in any of the four fields, in the report's
 * order (extensive, present, limited or none). A country with none of these (Montenegro) is undecided if a field
 * is, and "not found" only when nothing was found in any field. With the fields at that level.
 */
export function strongestLevel(entry: TechCountry): { level: TechLevel, fields: TechDimension[] } {
  for (const level of TECH_LEVELS) {
    const fields = TECH_DIMENSIONS.filter(d => entry.cells[d].level === level)
    if (fields.length > 0)
      return { level, fields }
  }
  throw new Error(`data/tech-presence.ts: country ${entry.country} has no fields`)
}

function fieldsText(fields: readonly TechDimension[]): string {
  return fields.length === TECH_DIMENSIONS.length ? `all ${fields.length} fields` : list(fields.map(d => lower(techPresence.dimensions[d])))
}

const entries = countries.map((c) => {
  const entry = techPresence.countries.find(e => e.country === c.country)
  if (!entry)
    throw new Error(`data/tech-presence.ts: no entry for country ${c.country}`)
  return { country: c, entry, ...strongestLevel(entry) }
})

const categories: MapCategory[] = [
  { key: 'extensive', legend: techPresence.levels.extensive, fill: 'levelExtensive', outline: false },
  { key: 'present', legend: techPresence.levels.present, fill: 'levelPresent', outline: false },
  { key: 'limited', legend: techPresence.levels.limited, fill: 'levelLimited', outline: false },
  { key: 'undecided', legend: techPresence.levels.undecided, fill: 'levelUndecided', outline: true },
  { key: 'notFound', legend: techPresence.levels.notFound, fill: 'noData', outline: false },
]

const areas: MapArea[] = entries.map(({ country, level, fields }) => {
  // An undecided country has nothing stronger anywhere: say what the other fields hold.
  const rest = TECH_DIMENSIONS.filter(d => !fields.includes(d))
  const detail = level === 'undecided' && rest.length > 0
    ? `${fieldsText(fields)}; ${lower(techPresence.levels.notFound)} in the other ${rest.length === 1 ? 'field' : `${rest.length} fields`}`
    : fieldsText(fields)
  return {
    key: country.country,
    name: country.name,
    label: country.shortName,
    category: level,
    value: SHORT[level],
    detail,
    bound: false,
    cells: [
      { text: SHORT[level], value: level, status: 'text' },
      { text: fieldsText(fields), value: fieldsText(fields), status: 'text' },
    ],
  }
})

export const techPresenceMap = defineChart({
  id: 'tech-presence-map',
  kind: 'map',
  title: 'Chinese technology presence across the region, as the report assesses it',
  subtitle: 'Each country at the strongest level the report gives it in any of four fields',
  unit: 'level',
  datasets: ['tech-presence', 'countries'],
  sources: mergeSources([sources.sbunkerReport], ...entries.flatMap(e => TECH_DIMENSIONS.map(d => e.entry.cells[d].sources)), [sources.naturalEarth]),
  notes: [
    'The strongest of a country\'s levels in the four fields of the matrix; undecided where no field is extensive, present or limited.',
    'Boundaries: Natural Earth (public domain).',
    '"Not found": nothing in the report or in the sources checked; not proof of absence.',
  ],
  model: {
    areas,
    categories,
    columns: [
      { key: 'level', label: 'Strongest level', unit: 'level' },
      { key: 'fields', label: 'Fields at that level', unit: 'level' },
    ],
    measure: 'Chinese technology presence as the report assesses it, the strongest level in any of four fields',
  },
})
