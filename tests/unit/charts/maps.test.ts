/**
 * This launch's two maps as registry charts, in plain Node: what each country is filled with, what its label says
 * and what the alt text says, checked against the data and against the charts they summarise (the per-100 bars'
 * totals, the matrix's cells); the legend's colours under the Zoom lint's own colour-vision rule; the same in
 * Albanian and Serbian; and the shapes they are drawn from (charts/map-shapes.ts), as npm run map-shapes makes them.
 * How maps are drawn and described is the engine's to test, on its fixture decks.
 */
import type { LegendItem } from 'chart.js'
import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { MapLayerOptions } from 'launch-kit/charts/map-layer'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { getChart } from 'launch-kit/charts/registry'
import { palette } from 'launch-kit/charts/theme'
import { profiles } from 'launch-kit/charts/types'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { RULES, seriesDifference } from 'launch-kit/scripts/lint/rules'
import { makeMapShapes, mapShapesModule } from 'launch-kit/scripts/maps/shapes'
import { describe, expect, it } from 'vitest'
import { strongestLevel } from '../../../charts/definitions/tech-presence-map'
import mapArea from '../../../charts/map-area'
import { mapShapes } from '../../../charts/map-shapes'
import { countries } from '../../../data/countries'
import { techPresence } from '../../../data/tech-presence'

const doses = getChart('chinese-doses-map')
const tech = getChart('tech-presence-map')

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
    expect(fills('tech-presence-map')).toEqual({ RS: palette.levelHigh, BA: palette.levelMid, ME: palette.levelOpen, MK: palette.levelLow, AL: palette.levelLow, XK: palette.levelLow })
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

/** What each translated map must say, written out here (not taken from the strings files it checks). */
const IN: Record<'sq' | 'sr-Latn', { classes: string[], boundaries: string, alt: { doses: string[], tech: string[] } }> = {
  'sq': {
    classes: ['Asnjë (0)', 'Nën 10', '10–19,9', '20–39,9', '40 e më shumë', 'Pa të dhëna', 'Me vija: të paktën'],
    boundaries: 'Kufijtë: Natural Earth (domen publik).',
    alt: {
      doses: [
        'Hartë e 6 vendeve. Ngjyra e secilit vend tregon: dozat e vaksinave kineze kundër COVID-19 për 100 banorë',
        '40 e më shumë: Serbia (50,4).',
        'Nën 10: Shqipëria (të paktën 8,8; dozat e dhuruara nga Kina: nuk dihet) dhe Mali i Zi (të paktën 4,8; dozat e blera: nuk dihet).',
        'Asnjë (0): Kosova (asnjë dozë, sipas burimit).',
        'Shifra më e lartë: Serbia, 50,4; shifra më e ulët: Kosova, 0.',
        'Kufij të poshtëm, me vija të pjerrëta: Bosnja dhe Hercegovina, Mali i Zi, Maqedonia e Veriut dhe Shqipëria',
      ],
      tech: [
        'E gjerë: Serbia (të 4 fushat).',
        'E kufizuar ose aspak: Maqedonia e Veriut, Shqipëria dhe Kosova (secili vend: të 4 fushat).',
        'E pavendosur: Mali i Zi (telekomunikacion & 5G; nuk u gjet në 3 fushat e tjera).',
      ],
    },
  },
  'sr-Latn': {
    classes: ['Nijedna (0)', 'Manje od 10', '10–19,9', '20–39,9', '40 i više', 'Nema podataka', 'Šrafirano: najmanje'],
    boundaries: 'Granice: Natural Earth (javno dobro).',
    alt: {
      doses: [
        'Mapa 6 zemalja. Boja svake zemlje pokazuje: kineske doze vakcina protiv COVID-19 na 100 stanovnika',
        '40 i više: Srbija (50,4).',
        'Manje od 10: Albanija (najmanje 8,8; doze koje je donirala Kina: nije poznato) i Crna Gora (najmanje 4,8; kupljene doze: nije poznato).',
        'Nijedna (0): Kosovo (nula prema izvoru).',
        'Najviša vrednost: Srbija, 50,4; najniža: Kosovo, 0.',
        'Donje granice, šrafirano: Bosna i Hercegovina, Crna Gora, Severna Makedonija i Albanija',
      ],
      tech: [
        'Opsežno: Srbija (sve 4 oblasti).',
        'Ograničeno ili nimalo: Severna Makedonija, Albanija i Kosovo (svaka zemlja: sve 4 oblasti).',
        'Neodlučeno: Crna Gora (telekomunikacije & 5G; ostale 3 oblasti: nije pronađeno).',
      ],
    },
  },
}

describe.each(Object.keys(IN) as ('sq' | 'sr-Latn')[])('the maps in %s', (lang) => {
  const words = stringsOf(lang)

  it('label each country with the short name the other charts use and its value in the locale\'s format, "≥" kept', () => {
    const areas = layer('chinese-doses-map', lang).areas
    expect(Object.fromEntries(areas.map(a => [a.key, a.value]))).toEqual({ RS: '50,4', BA: '≥ 16,8', ME: '≥ 4,8', MK: '≥ 38,4', AL: '≥ 8,8', XK: '0' })
    // The per-100 bars' axis names the same six the same way.
    const bars = getChart('chinese-doses-per-100', lang).config(profiles.print).data.labels as string[]
    for (const id of ['chinese-doses-map', 'tech-presence-map']) {
      for (const area of layer(id, lang).areas)
        expect(area.label, `${id} ${area.key}`).toBe(words.countries[area.key]!.short)
      expect(layer(id, lang).areas.map(a => a.label).sort(), id).toEqual([...bars].sort())
    }
  })

  it('fill and hatch exactly as in English: a language changes words, never colours', () => {
    for (const id of ['chinese-doses-map', 'tech-presence-map']) {
      expect(fills(id, lang), id).toEqual(fills(id))
      expect(layer(id, lang).areas.map(a => [a.key, a.hatch]), id).toEqual(layer(id).areas.map(a => [a.key, a.hatch]))
      expect(legend(id, lang).map(i => [i.fillStyle, i.lineWidth]), id).toEqual(legend(id).map(i => [i.fillStyle, i.lineWidth]))
    }
  })

  it('write the legend classes with the locale\'s decimals, and the matrix\'s words on the technology map', () => {
    expect(legend('chinese-doses-map', lang).map(i => i.text)).toEqual(IN[lang].classes)
    const matrix = getChart('tech-presence-matrix', lang)
    const matrixLegend = (matrix.config(profiles.print).options!.plugins!.legend!.labels as { generateLabels: () => LegendItem[] }).generateLabels()
    expect(legend('tech-presence-map', lang).map(i => i.text)).toEqual(matrixLegend.map(i => i.text))
    const cells = Object.fromEntries(matrix.table.rows.map(r => [r.key, r.cells.map(c => c.text)]))
    for (const area of layer('tech-presence-map', lang).areas)
      expect(cells[area.key], area.key).toContain(area.value)
  })

  it('credit the boundaries in the language, and say the classes, bounds and unknown parts on its own frames', () => {
    for (const id of ['chinese-doses-map', 'tech-presence-map'])
      expect(getChart(id, lang).notes, id).toContain(IN[lang].boundaries)
    for (const sentence of IN[lang].alt.doses)
      expect(getChart('chinese-doses-map', lang).altText).toContain(sentence)
    for (const sentence of IN[lang].alt.tech)
      expect(getChart('tech-presence-map', lang).altText).toContain(sentence)
  })
})

describe('charts/map-shapes.ts', () => {
  it('is what npm run map-shapes makes from world-atlas (run it and commit the result if this fails)', async () => {
    const committed = await readFile(join(ROOT, 'charts', 'map-shapes.ts'), 'utf8')
    expect(committed === mapShapesModule(makeMapShapes(countries.map(c => c.country), mapArea)), 'charts/map-shapes.ts differs from the generator\'s output').toBe(true)
  })

  it('holds the six countries, Kosovo matched by its name', () => {
    expect(Object.keys(mapShapes.focus).sort()).toEqual(countries.map(c => c.country).sort())
    expect(mapShapes.focus.XK!.name).toBe('Kosovo')
    expect(mapShapes.focus.RS!.name).toBe('Serbia')
  })
})
