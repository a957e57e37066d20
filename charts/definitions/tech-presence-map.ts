import type { Translation } from 'launch-kit/charts/i18n/translation'
import type { MapArea, MapCategory } from 'launch-kit/charts/map'
import type { TechCountry, TechDimension, TechLevel } from '../../data/tech-presence'
import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { lowerFirst } from 'launch-kit/charts/i18n/text'
import { countries } from '../../data/countries'
import { mergeSources } from '../../data/derive'
import { sources } from '../../data/sources'
import { TECH_DIMENSIONS, TECH_LEVELS, techPresence } from '../../data/tech-presence'

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

const entries = countries.map((c) => {
  const entry = techPresence.countries.find(e => e.country === c.country)
  if (!entry)
    throw new Error(`data/tech-presence.ts: no entry for country ${c.country}`)
  return { code: c.country, entry, ...strongestLevel(entry) }
})

/** The map's categories: the matrix's levels, colours and legend words (data.levels), in the language. */
function categories(t: Translation<Words>): MapCategory[] {
  const legend = t.s.data.levels
  return [
    { key: 'extensive', legend: legend.extensive, fill: 'levelHigh', outline: false },
    { key: 'present', legend: legend.present, fill: 'levelMid', outline: false },
    { key: 'limited', legend: legend.limited, fill: 'levelLow', outline: false },
    { key: 'undecided', legend: legend.undecided, fill: 'levelOpen', outline: true },
    { key: 'notFound', legend: legend.notFound, fill: 'noData', outline: false },
  ]
}

function areas(t: Translation<Words>): MapArea[] {
  const words = t.s.charts['tech-presence-map']
  // The matrix's words for a cell, so the map and the matrix say the same in every language.
  const cell = t.s.charts['tech-presence-matrix'].cells
  const fieldsText = (fields: readonly TechDimension[]) =>
    words.fields(t.f.list(fields.map(d => lowerFirst(t.s.data.dimensions[d]))), fields.length, fields.length === TECH_DIMENSIONS.length)
  return entries.map(({ code, level, fields }) => {
    // An undecided country has nothing stronger anywhere: say what the other fields hold.
    const rest = TECH_DIMENSIONS.filter(d => !fields.includes(d))
    const detail = level === 'undecided' && rest.length > 0 ? words.undecided(fieldsText(fields), t.s.data.levels.notFound, rest.length) : fieldsText(fields)
    const country = t.country(code)
    return {
      key: code,
      name: country.name,
      label: country.short,
      category: level,
      value: cell[level],
      detail,
      bound: false,
      cells: [
        { text: cell[level], value: level, status: 'text' },
        { text: fieldsText(fields), value: fieldsText(fields), status: 'text' },
      ],
    }
  })
}

export const techPresenceMap = defineChart<Words>({
  id: 'tech-presence-map',
  datasets: ['tech-presence', 'countries'],
  sources: mergeSources([sources.sbunkerReport], ...entries.flatMap(e => TECH_DIMENSIONS.map(d => e.entry.cells[d].sources)), [sources.naturalEarth]),
  build: (t) => {
    const words = t.s.charts['tech-presence-map']
    return {
      kind: 'map',
      title: words.title,
      subtitle: words.subtitle,
      unit: 'level',
      notes: [words.notes.derived, t.s.kinds.map.boundaries, t.s.charts['tech-presence-matrix'].notes.notFound],
      model: {
        areas: areas(t),
        categories: categories(t),
        columns: [
          { key: 'level', label: words.columns.level, unit: 'level' },
          { key: 'fields', label: words.columns.fields },
        ],
        measure: words.measure,
      },
    }
  },
})
