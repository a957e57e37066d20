import type { PointStyle } from 'chart.js'
import type { PaletteToken } from 'launch-kit/charts/theme'
import type { TimelinePoint } from 'launch-kit/charts/timeline'
import type { CountryCode } from '../../data/codes'
import type { Instrument } from '../../data/five-g'
import type { Words } from '../words/en'
import { defineChart } from 'launch-kit/charts/define'
import { COUNTRY_CODES } from '../../data/codes'
import { mergeSources } from '../../data/derive'
import { fiveG, INSTRUMENTS } from '../../data/five-g'

const style: Record<Instrument, { color: PaletteToken, pointStyle: PointStyle }> = {
  'clean-network': { color: 'green', pointStyle: 'rect' },
  'washington-agreement': { color: 'purple', pointStyle: 'triangle' },
  'government-pledge': { color: 'skyBlue', pointStyle: 'rectRot' },
  'us-memorandum': { color: 'blue', pointStyle: 'circle' },
  'wb6-roadmap': { color: 'inkMuted', pointStyle: 'rectRounded' },
}

const US_INSTRUMENTS: readonly Instrument[] = ['clean-network', 'washington-agreement', 'us-memorandum']

function pointFor(country: string, instrument: Instrument): TimelinePoint {
  const found = fiveG.commitments.find(c => c.instrument === instrument && c.countries.includes(country as CountryCode))
  return found ? { status: 'on', date: found.date, sources: found.sources } : { status: 'none' }
}

/** Countries with no US commitment found, in the deck's order. */
const noUs = new Set<string>(COUNTRY_CODES.filter(code => !fiveG.commitments.some(c => US_INSTRUMENTS.includes(c.instrument) && c.countries.includes(code))))
const monthOnly = fiveG.commitments.filter(c => c.date.length === 7)

export const fiveGCommitments = defineChart<Words>({
  id: 'five-g-commitments',
  datasets: ['five-g', 'countries'],
  sources: mergeSources(...fiveG.commitments.map(c => c.sources), ...fiveG.standing.filter(s => noUs.has(s.country)).map(s => s.sources)),
  build: (t) => {
    const words = t.s.charts['five-g-commitments']
    const rows = t.countryRows()
    const withoutUs = rows.filter(r => noUs.has(r.key))
    return {
      kind: 'timeline',
      title: words.title,
      subtitle: words.subtitle,
      unit: 'date',
      notes: [
        ...monthOnly.map(c => words.notes.monthOnly(t.fromData(c.title, `data/five-g.ts (${c.id}, title)`), c.note ? t.fromData(c.note, `data/five-g.ts (${c.id}, note)`) : '')),
        ...(withoutUs.length > 0 ? [words.notes.noUs(t.f.list(withoutUs.map(r => r.name)))] : []),
      ],
      model: {
        rows,
        series: INSTRUMENTS.map(instrument => ({
          id: instrument,
          label: t.s.data.instruments[instrument],
          short: t.s.data.instruments[instrument],
          ...style[instrument],
          points: rows.map(r => pointFor(r.key, instrument)),
          neverText: t.s.words.none,
        })),
        connect: false,
        stagger: true,
        measure: words.measure,
        rowText: rows.map(r => (noUs.has(r.key) ? words.noUs : undefined)),
      },
    }
  },
})
