/**
 * A map as a registry chart, in plain Node, on the fixture deck's map (FICTIONAL TEST DATA): what each country is
 * filled with, what its label says and what the alt text says, checked against the data (the bars' totals per 100
 * people); the legend's colours under the Zoom lint's own colour-vision rule; the same map in the fixture's other
 * languages; and the alt text rules and label stacking on small made-up models (an unknown, a zero, a lower bound).
 */
import type { LegendItem } from 'chart.js'
import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { MapModel } from 'launch-kit/charts/map'
import type { MapLayerOptions } from 'launch-kit/charts/map-layer'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { translation } from 'launch-kit/charts/i18n/translation'
import { describeMap } from 'launch-kit/charts/map'
import { stack } from 'launch-kit/charts/map-layer'
import { getChart } from 'launch-kit/charts/registry'
import { palette } from 'launch-kit/charts/theme'
import { profiles } from 'launch-kit/charts/types'
import { RULES, seriesDifference } from 'launch-kit/scripts/lint/rules'
import { describe, expect, it } from 'vitest'
import { countries } from '../../fixtures/atlas/data/countries'

const visits = getChart('visits-map')

function layer(id: string, lang: Lang = 'en'): MapLayerOptions {
  return getChart(id, lang).config(profiles.print).options!.plugins!.mapLayer as MapLayerOptions
}

function legend(id: string, lang: Lang = 'en'): LegendItem[] {
  const labels = getChart(id, lang).config(profiles.print).options!.plugins!.legend!.labels as { generateLabels: () => LegendItem[] }
  return labels.generateLabels()
}

/** Fill of each labelled country in the dataset, by country code. */
function fills(id: string, lang: Lang = 'en'): Record<string, string> {
  const config = getChart(id, lang).config(profiles.print)
  const dataset = config.data.datasets[0] as unknown as { data: { feature: { id: string } }[], backgroundColor: string[] }
  return Object.fromEntries(dataset.data.map((d, i) => [d.feature.id, dataset.backgroundColor[i]!]).filter(([id]) => !String(id).startsWith('context-')))
}

describe('the visits map', () => {
  it('shades each country\'s visits per 100 people, the bars\' totals over the population, with their status', () => {
    const bars = getChart('harbour-visits').table
    const total = bars.columns.findIndex(c => c.key === 'total') - 1
    for (const row of visits.table.rows) {
      const bar = bars.rows.find(r => r.key === row.key)!.cells[total]!
      const people = countries.find(c => c.country === row.key)!.population!
      expect(row.cells[0]!.status, row.label).toBe(bar.status)
      if (bar.value === null)
        expect(row.cells[0]!.value, row.label).toBeNull()
      else
        expect(row.cells[0]!.value as number, row.label).toBeCloseTo((bar.value as number) / (people.status === 'unknown' ? Number.NaN : people.value) * 100, 6)
    }
  })

  it('labels each country with "≥" for a lower bound, a plain 0 for Poland and "no data" for Latvia, and hatches exactly the lower bounds', () => {
    const areas = Object.fromEntries(layer('visits-map').areas.map(a => [a.key, a]))
    expect(Object.fromEntries(Object.entries(areas).map(([k, a]) => [k, a.value]))).toEqual({ DK: '75.9', EE: '≥ 42.3', LV: 'no data', LT: '≥ 25.1', PL: '0' })
    for (const row of visits.table.rows)
      expect(areas[row.key]!.hatch !== null, row.label).toBe(row.cells[0]!.status === 'atLeast')
    expect(Object.fromEntries(Object.entries(areas).map(([k, a]) => [k, a.label]))).toEqual({ DK: 'Denmark', EE: 'Estonia', LV: 'Latvia', LT: 'Lithuania', PL: 'Poland' })
  })

  it('fills Poland\'s sourced zero with the zero class and Latvia\'s unknown with the no-data grey, the rest by class', () => {
    const f = fills('visits-map')
    expect(f).toEqual({ DK: palette.rate4, EE: palette.rate4, LV: palette.noData, LT: palette.rate3, PL: palette.rate0 })
    expect(palette.rate0).not.toBe(palette.noData)
  })

  it('says each class, the highest and lowest figures, the bounds and the unknown in words', () => {
    const text = visits.altText
    expect(text).toMatch(/^Map of the 5 countries, shaded by fictional harbour visits per 100 people\./)
    expect(text).toContain('40 or more: Denmark (75.9) and Estonia (at least 42.3).')
    expect(text).toContain('20–39.9: Lithuania (at least 25.1; free visits not known).')
    expect(text).toContain('None (0): Poland (a sourced zero).')
    expect(text).toContain('Highest figure: Denmark, 75.9; lowest: Poland, 0.')
    expect(text).toContain('Lower bounds, hatched: Estonia and Lithuania')
    expect(text).toContain('Latvia: not known.')
  })

  it('credits the boundaries in its sources and notes, and keeps the bars\' sources', () => {
    expect(visits.sources.find(s => s.publisher === 'Natural Earth')!.url).toMatch(/^https:\/\/www\.naturalearthdata\.com\//)
    expect(visits.notes).toContain('Boundaries: Natural Earth (public domain).')
    for (const source of getChart('harbour-visits').sources)
      expect(visits.sources.map(s => s.url)).toContain(source.url)
  })

  it('has legend colours the Zoom lint tells apart under simulated colour-vision deficiencies', () => {
    const items = legend('visits-map').filter(i => !(i.lineWidth && i.strokeStyle !== i.fillStyle))
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1))
        expect(seriesDifference(String(a.fillStyle), String(b.fillStyle)).difference, `${a.text} / ${b.text}`).toBeGreaterThanOrEqual(RULES.minSeriesDifference)
    }
  })

  it('labels all five at slide scale with text of at least the lint\'s minimum', () => {
    const options = layer('visits-map')
    expect(options.areas).toHaveLength(5)
    expect(options.style.size).toBeGreaterThanOrEqual(RULES.minChartText)
  })
})

describe.each(['sq', 'sr-Latn'] as const)('the visits map in %s', (lang) => {
  const words = stringsOf(lang)

  it('labels each country with the short name the other charts use and its value in the locale\'s format, "≥" kept', () => {
    const areas = layer('visits-map', lang).areas
    expect(Object.fromEntries(areas.map(a => [a.key, a.value])).EE).toBe('≥ 42,3')
    const bars = getChart('harbour-visits', lang).config(profiles.print).data.labels as string[]
    for (const area of areas)
      expect(area.label, area.key).toBe(words.countries[area.key]!.short)
    expect(areas.map(a => a.label).sort()).toEqual([...bars].sort())
  })

  it('fills and hatches exactly as in English: a language changes words, never colours', () => {
    expect(fills('visits-map', lang)).toEqual(fills('visits-map'))
    expect(layer('visits-map', lang).areas.map(a => [a.key, a.hatch])).toEqual(layer('visits-map').areas.map(a => [a.key, a.hatch]))
    expect(legend('visits-map', lang).map(i => [i.fillStyle, i.lineWidth])).toEqual(legend('visits-map').map(i => [i.fillStyle, i.lineWidth]))
  })

  it('writes the legend classes with the locale\'s decimals and credits the boundaries in the language', () => {
    expect(legend('visits-map', lang).map(i => i.text)).toContain('20–39,9')
    expect(getChart('visits-map', lang).notes).toContain(translation(lang).s.kinds.map.boundaries)
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
    expect(text).toContain('Lower bound, hatched: Alphaland (at least the figure shown')
  })

  it('says the same on the language\'s frames: an unknown not known, a lower bound at least', () => {
    const text = describeMap(model, translation('sr-Latn'))
    expect(text).toMatch(/^Mapa 3 zemlje\. Boja svake zemlje pokazuje: things per 100 people\./)
    expect(text).toContain('Gammaland: nije poznato.')
    expect(text).not.toContain('No data:')
    expect(text).toContain('Najviša vrednost: Alphaland, najmanje 8.8; najniža: Betaland, 0.')
    expect(text).toContain('Donja granica, šrafirano: Alphaland (')
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
