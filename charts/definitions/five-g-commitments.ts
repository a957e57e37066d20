import type { PointStyle } from 'chart.js'
import type { Instrument } from '../../data/five-g'
import type { PaletteToken } from '../theme'
import type { TimelinePoint } from '../timeline'
import { mergeSources } from '../../data/derive'
import { fiveG, INSTRUMENTS } from '../../data/five-g'
import { countryRows, defineChart } from '../define'

const style: Record<Instrument, { color: PaletteToken, pointStyle: PointStyle }> = {
  'clean-network': { color: 'green', pointStyle: 'rect' },
  'washington-agreement': { color: 'purple', pointStyle: 'triangle' },
  'government-pledge': { color: 'westLight', pointStyle: 'rectRot' },
  'us-memorandum': { color: 'west', pointStyle: 'circle' },
  'wb6-roadmap': { color: 'inkMuted', pointStyle: 'rectRounded' },
}

const rows = countryRows()
const US_INSTRUMENTS: readonly Instrument[] = ['clean-network', 'washington-agreement', 'us-memorandum']

function pointFor(country: string, instrument: Instrument): TimelinePoint {
  const found = fiveG.commitments.find(c => c.instrument === instrument && c.countries.includes(country as never))
  return found ? { status: 'on', date: found.date, sources: found.sources } : { status: 'none' }
}

const noUs = rows.map(r => (fiveG.commitments.some(c => US_INSTRUMENTS.includes(c.instrument) && c.countries.includes(r.key as never)) ? undefined : 'no US commitment found'))
const monthOnly = fiveG.commitments.filter(c => c.date.length === 7).map(c => `${c.title}: month only${c.note ? `. ${c.note}` : ''}`)

export const fiveGCommitments = defineChart({
  id: 'five-g-commitments',
  kind: 'timeline',
  title: 'Who signed up against "untrusted" 5G vendors',
  subtitle: '5G security commitments with the US, and the regional 5G Roadmap, by country',
  unit: 'date',
  datasets: ['five-g', 'countries'],
  sources: mergeSources(...fiveG.commitments.map(c => c.sources), ...fiveG.standing.filter(s => noUs[rows.findIndex(r => r.key === s.country)]).map(s => s.sources)),
  notes: [
    ...monthOnly,
    `${rows.filter((_r, i) => noUs[i]).map(r => r.name).join(' and ')}: no Clean Network membership or US memorandum found in the sources checked.`,
  ],
  model: {
    rows,
    series: INSTRUMENTS.map(instrument => ({
      id: instrument,
      label: fiveG.instruments[instrument],
      short: fiveG.instruments[instrument],
      ...style[instrument],
      points: rows.map(r => pointFor(r.key, instrument)),
      neverText: 'none',
    })),
    connect: false,
    stagger: true,
    measure: '5G security commitments',
    rowText: noUs,
  },
})
