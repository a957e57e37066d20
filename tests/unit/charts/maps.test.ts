/**
 * The two maps as registry charts, in plain Node: what each country is filled with, what its label says and what
 * the alt text says, checked against the data and against the charts they summarise (the per-100 bars' totals,
 * the matrix's cells); the legend's colours under the Zoom lint's own colour-vision rule; and the alt text rules
 * on small made-up models (an unknown, a zero, a lower bound).
 */
import type { LegendItem } from 'chart.js'
import type { MapModel } from '../../../charts/map'
import type { MapLayerOptions } from '../../../charts/map-layer'
import { describe, expect, it } from 'vitest'
import { strongestLevel } from '../../../charts/definitions/tech-presence-map'
import { describeMap } from '../../../charts/map'
import { stack } from '../../../charts/map-layer'
import { getChart } from '../../../charts/registry'
import { palette } from '../../../charts/theme'
import { profiles } from '../../../charts/types'
import { techPresence } from '../../../data/tech-presence'
import { RULES, seriesDifference } from '../../../scripts/lint/rules'

const doses = getChart('chinese-doses-map')
const tech = getChart('tech-presence-map')

function layer(id: string): MapLayerOptions {
  return getChart(id).config(profiles.print).options!.plugins!.mapLayer as MapLayerOptions
}

function legend(id: string): LegendItem[] {
  const labels = getChart(id).config(profiles.print).options!.plugins!.legend!.labels as { generateLabels: () => LegendItem[] }
  return labels.generateLabels()
}

/** Fill of each labelled country in the dataset, by country code. */
function fills(id: string): Record<string, string> {
  const config = getChart(id).config(profiles.print)
  const dataset = config.data.datasets[0] as unknown as { data: { feature: { id: string } }[], backgroundColor: string[] }
  return Object.fromEntries(dataset.data.map((d, i) => [d.feature.id, dataset.backgroundColor[i]!]).filter(([id]) => !String(id).startsWith('context-')))
}

describe('the doses map', () => {
  it('shades the totals the per-100 bars end at, with their status', () => {
    const bars = getChart('chinese-doses-per-100').table
    const total = bars.columns.findIndex(c => c.key === 'total') - 1
    for (const row of doses.table.rows) {
      const bar = bars.rows.find(r => r.key === row.key)!.cells[total]!
      expect({ value: row.cells[0]!.value, status: row.cells[0]!.status }, row.label).toEqual({ value: bar.value, status: bar.status })
    }
  })

  it('labels each country with "≥" for a lower bound and a plain 0 for Kosovo, and hatches exactly the lower bounds', () => {
    const areas = Object.fromEntries(layer('chinese-doses-map').areas.map(a => [a.key, a]))
    expect(Object.fromEntries(Object.entries(areas).map(([k, a]) => [k, a.value]))).toEqual({ RS: '50.4', BA: '≥ 16.8', ME: '≥ 4.8', MK: '≥ 38.4', AL: '≥ 8.8', XK: '0' })
    for (const row of doses.table.rows)
      expect(areas[row.key]!.hatch !== null, row.label).toBe(row.cells[0]!.status === 'atLeast')
    expect(Object.fromEntries(Object.entries(areas).map(([k, a]) => [k, a.label]))).toEqual({ RS: 'Serbia', BA: 'Bosnia & Herz.', ME: 'Montenegro', MK: 'N. Macedonia', AL: 'Albania', XK: 'Kosovo' })
  })

  it('fills Kosovo\'s sourced zero with the zero class, never the no-data grey, and the rest by class', () => {
    const f = fills('chinese-doses-map')
    expect(f).toEqual({ RS: palette.rate4, MK: palette.rate3, BA: palette.rate2, AL: palette.rate1, ME: palette.rate1, XK: palette.rate0 })
    expect(palette.rate0).not.toBe(palette.noData)
  })

  it('says each class, the highest and lowest figures, the bounds and the unknown parts in words', () => {
    const text = doses.altText
    expect(text).toMatch(/^Map of the 6 countries, shaded by Chinese COVID-19 vaccine doses per 100 people/)
    expect(text).toContain('40 or more: Serbia (50.4).')
    expect(text).toContain('Under 10: Albania (at least 8.8; doses donated by China not known) and Montenegro (at least 4.8; doses bought not known).')
    expect(text).toContain('None (0): Kosovo (a sourced zero).')
    expect(text).toContain('Highest figure: Serbia, 50.4; lowest: Kosovo, 0.')
    expect(text).toContain('Lower bounds, hatched: Bosnia and Herzegovina, Montenegro, North Macedonia and Albania')
  })

  it('credits the boundaries in its sources and keeps the bars\' sources', () => {
    expect(doses.sources.map(s => s.publisher)).toContain('Natural Earth')
    expect(doses.sources.find(s => s.publisher === 'Natural Earth')!.url).toMatch(/^https:\/\/www\.naturalearthdata\.com\//)
    for (const source of getChart('chinese-doses-per-100').sources)
      expect(doses.sources.map(s => s.url)).toContain(source.url)
  })
})

describe('the technology map', () => {
  it('takes each country\'s strongest level, keeping Montenegro\'s undecided 5G apart', () => {
    const levels = Object.fromEntries(techPresence.countries.map(c => [c.country, strongestLevel(c).level]))
    expect(levels).toEqual({ RS: 'extensive', BA: 'present', ME: 'undecided', MK: 'limited', AL: 'limited', XK: 'limited' })
    expect(strongestLevel(techPresence.countries.find(c => c.country === 'ME')!).fields).toEqual(['telecoms'])
  })

  it('uses the matrix\'s colours and legend words', () => {
    const matrixLegend = (getChart('tech-presence-matrix').config(profiles.print).options!.plugins!.legend!.labels as { generateLabels: () => LegendItem[] }).generateLabels()
    expect(legend('tech-presence-map').map(i => [i.text, i.fillStyle, i.lineWidth])).toEqual(matrixLegend.map(i => [i.text, i.fillStyle, i.lineWidth]))
    expect(fills('tech-presence-map')).toEqual({ RS: palette.levelExtensive, BA: palette.levelPresent, ME: palette.levelUndecided, MK: palette.levelLimited, AL: palette.levelLimited, XK: palette.levelLimited })
  })

  it('labels each country with the matrix\'s cell words and says how the level was derived', () => {
    expect(Object.fromEntries(layer('tech-presence-map').areas.map(a => [a.key, a.value]))).toEqual({ RS: 'Extensive', BA: 'Present', ME: 'Undecided', MK: 'Limited', AL: 'Limited', XK: 'Limited' })
    expect(tech.notes[0]).toMatch(/strongest of a country's levels in the four fields/)
    expect(tech.altText).toContain('Undecided: Montenegro (telecoms & 5G; not found in the other 3 fields).')
    expect(tech.altText).toContain('Limited or none: North Macedonia, Albania and Kosovo (all 4 fields, each).')
  })
})

describe.each([['chinese-doses-map'], ['tech-presence-map']])('%s', (id) => {
  it('has legend colours the Zoom lint tells apart under simulated colour-vision deficiencies', () => {
    const items = legend(id).filter(i => !(i.lineWidth && i.strokeStyle !== i.fillStyle))
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1))
        expect(seriesDifference(String(a.fillStyle), String(b.fillStyle)).difference, `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(RULES.minSeriesDifference)
    }
  })

  it('labels all six at slide scale with text of at least the lint\'s minimum', () => {
    const options = layer(id)
    expect(options.areas).toHaveLength(6)
    expect(options.style.size).toBeGreaterThanOrEqual(RULES.minChartText)
  })

  it('credits Natural Earth for the boundaries', () => {
    expect(getChart(id).sources.some(s => s.publisher === 'Natural Earth')).toBe(true)
    expect(getChart(id).notes).toContain('Boundaries: Natural Earth (public domain).')
  })
})

describe('map alt text rules, on a made-up model', () => {
  const area = (key: 'RS' | 'BA' | 'ME', name: string, category: string, detail: string, figure?: MapModel['areas'][number]['figure']) =>
    ({ key, name, label: name, category, value: '', detail, bound: figure?.status === 'atLeast', cells: [], figure })
  const source = [{ publisher: 'Test', title: 'Test', url: 'https://example.org/', confidence: 'high' }] as const
  const model: MapModel = {
    measure: 'things per 100 people',
    columns: [],
    categories: [
      { key: 'zero', legend: 'None (0)', fill: 'rate0', outline: false },
      { key: 'some', legend: 'Some', fill: 'rate2', outline: false },
      { key: 'unknown', legend: 'No data', fill: 'noData', outline: false, missing: true },
    ],
    areas: [
      area('RS', 'Alphaland', 'some', 'at least 8.8', { status: 'atLeast', value: 8.8, date: '2021', sources: [...source] }),
      area('BA', 'Betaland', 'zero', 'a sourced zero', { status: 'exact', value: 0, date: '2021', sources: [...source] }),
      area('ME', 'Gammaland', 'unknown', 'not known', { status: 'unknown', reason: 'none found' }),
    ],
    formatFigure: f => String(f.value),
  }

  it('says an unknown as "not known", never as a class or a zero, and a lower bound as "at least"', () => {
    const text = describeMap(model)
    expect(text).toContain('Gammaland: not known.')
    expect(text).not.toContain('No data:')
    expect(text).toContain('Some: Alphaland (at least 8.8).')
    expect(text).toContain('Highest figure: Alphaland, at least 8.8; lowest: Betaland, 0.')
    expect(text).toContain('Lower bounds, hatched: Alphaland')
  })
})

describe('label stacking', () => {
  it('keeps each label at its country\'s height when there is room, and never lets two overlap or leave the area', () => {
    expect(stack([100, 300], 40, 5, 0, 400)).toEqual([100, 300])
    const ys = stack([100, 110, 115, 390], 40, 5, 0, 400)
    for (let i = 1; i < ys.length; i++)
      expect(ys[i]! - ys[i - 1]!, `labels ${i - 1} and ${i}`).toBeGreaterThanOrEqual(45)
    expect(ys[0]).toBeGreaterThanOrEqual(20)
    expect(ys.at(-1)).toBeLessThanOrEqual(380)
  })
})
