import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { MapLayerOptions } from 'launch-kit/charts/map-layer'
import type { ChartDefinition } from 'launch-kit/charts/types'
import type { ProjectCopy } from 'launch-kit/tests/support/project-copy'
/**
 * The Montenegro change on this launch's two maps, in plain Node: in a copy of the project (project-copy.ts) one
 * country's data changes (Montenegro: its 5G level from undecided to present; the size of China's donation to it
 * unknown, which leaves its total of Chinese doses unknown), and the copy's charts are read against this launch's.
 * Montenegro's fill, label and alt text change, in English, Albanian and Serbian; what the maps say of the other five
 * stays; and the kit's CSV changes Montenegro's row only. (The engine's tests prove, on a fixture deck, that such a
 * change reaches the drawn map, the kit and the PDFs and moves no pixel outside the country.)
 */
import { palette } from 'launch-kit/charts/theme'
import { profiles } from 'launch-kit/charts/types'
import { chartCsv } from 'launch-kit/scripts/kit/files'
import { copyProject } from 'launch-kit/tests/support/project-copy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chartsAt } from '../../support/launch'

const MAPS = ['tech-presence-map', 'chinese-doses-map'] as const
type MapId = typeof MAPS[number]

/** What the change does to Montenegro on each map. */
const EXPECTED: Record<MapId, { before: { fill: string, value: string }, after: { fill: string, value: string }, altAfter: string }> = {
  'tech-presence-map': { before: { fill: palette.levelOpen, value: 'Undecided' }, after: { fill: palette.levelMid, value: 'Present' }, altAfter: 'and Montenegro (telecoms & 5G)' },
  'chinese-doses-map': { before: { fill: palette.rate1, value: '≥ 4.8' }, after: { fill: palette.noData, value: 'no data' }, altAfter: 'Montenegro: not known.' },
}

/** The same change in the translated charts: Montenegro's value before and after on its label, and what the alt text says after. */
const TRANSLATED: Record<MapId, Record<'sq' | 'sr-Latn', { before: string, after: string, alt: string }>> = {
  'tech-presence-map': {
    'sq': { before: 'E pavendosur', after: 'E pranishme', alt: 'dhe Mali i Zi (telekomunikacion & 5G)' },
    'sr-Latn': { before: 'Neodlučeno', after: 'Prisutno', alt: 'i Crna Gora (telekomunikacije & 5G)' },
  },
  'chinese-doses-map': {
    'sq': { before: '≥ 4,8', after: 'pa të dhëna', alt: 'Mali i Zi: nuk dihet.' },
    'sr-Latn': { before: '≥ 4,8', after: 'nema podataka', alt: 'Crna Gora: nije poznato.' },
  },
}

let copy: ProjectCopy
/** This launch's charts, and the edited copy's. */
let before: (id: string, lang?: Lang) => ChartDefinition
let after: (id: string, lang?: Lang) => ChartDefinition

beforeAll(async () => {
  copy = await copyProject()
  await copy.edit('data/tech-presence.ts', '          level: \'undecided\',', '          level: \'present\',')
  await copy.edit('data/vaccines.ts', '{ date: \'2021-03-03\', doses: 30_000,', '{ date: \'2021-03-03\', doses: null,')
  // A shipment without a size makes the donations' sum a lower bound (the plausibility check says so otherwise).
  await copy.edit('data/vaccines.ts', 'complete: true, note: \'The one donation by the People\\\'s Republic reported: 30,000 Sinopharm', 'complete: false, note: \'The one donation by the People\\\'s Republic reported: 30,000 Sinopharm')
  before = await chartsAt(process.env.LAUNCH_KIT_PROJECT!)
  after = await chartsAt(copy.root)
})

afterAll(async () => {
  await copy?.remove()
})

function layer(chart: ChartDefinition): MapLayerOptions {
  return chart.config(profiles.print).options!.plugins!.mapLayer as MapLayerOptions
}

/** Fill of each of the six, by country code (the neighbours drawn around them left out). */
function fills(chart: ChartDefinition): Record<string, string> {
  const dataset = chart.config(profiles.print).data.datasets[0] as unknown as { data: { feature: { id: string } }[], backgroundColor: string[] }
  return Object.fromEntries(dataset.data.map((d, i) => [d.feature.id, dataset.backgroundColor[i]!]).filter(([id]) => !String(id).startsWith('context-')))
}

describe.each(MAPS.map(id => [id] as const))('%s', (id) => {
  it('fills Montenegro with the colour of its new category, and every other country as before', () => {
    const [was, now] = [fills(before(id)), fills(after(id))]
    expect(was.ME).toBe(EXPECTED[id].before.fill)
    expect(now.ME).toBe(EXPECTED[id].after.fill)
    expect({ ...now, ME: '' }).toEqual({ ...was, ME: '' })
  })

  it('changes Montenegro\'s label, and no other', () => {
    const values = (chart: ChartDefinition) => Object.fromEntries(layer(chart).areas.map(a => [a.key, a.value]))
    const [was, now] = [values(before(id)), values(after(id))]
    expect(was.ME).toBe(EXPECTED[id].before.value)
    expect(now.ME).toBe(EXPECTED[id].after.value)
    expect({ ...now, ME: '' }).toEqual({ ...was, ME: '' })
  })

  it('changes Montenegro in the alt text and leaves what it says of the others', () => {
    const [was, now] = [before(id).altText, after(id).altText]
    expect(was).not.toContain(EXPECTED[id].altAfter)
    expect(now).toContain(EXPECTED[id].altAfter)
    const sentences = (text: string) => text.split(/(?<=\.) /)
    const others = sentences(was).filter(s => !s.includes('Montenegro') && !s.startsWith('Present:'))
    for (const sentence of others)
      expect(sentences(now), sentence).toContain(sentence)
  })

  it.each(['sq', 'sr-Latn'] as const)('says the same change in %s: Montenegro\'s label and alt text', (lang) => {
    const expected = TRANSLATED[id][lang]
    const me = (chart: ChartDefinition) => layer(chart).areas.find(a => a.key === 'ME')!.value
    expect(me(before(id, lang))).toBe(expected.before)
    expect(me(after(id, lang))).toBe(expected.after)
    expect(before(id, lang).altText).not.toContain(expected.alt)
    expect(after(id, lang).altText).toContain(expected.alt)
  })

  it('changes Montenegro\'s row of the kit\'s CSV and only that row', () => {
    const rows = (chart: ChartDefinition) => chartCsv(chart, 'v').split('\n').filter(l => /^[A-Z]{2},/.test(l))
    const [was, now] = [rows(before(id)), rows(after(id))]
    expect(was).toHaveLength(6)
    expect(now.filter(r => !was.includes(r)).map(r => r.slice(0, 2))).toEqual(['ME'])
  })
})
