/**
 * The chart languages (charts/i18n): every language file has English's keys and frames, every chart builds in every
 * language with every data text translated, formats are the locale's own (from Intl), the alt text is written in
 * the language with its own country names and sentence frames, and unreviewed translations say so.
 */
import type { Lang } from 'launch-kit/charts/i18n/languages'
import { languageFileProblems, shapeProblems, translationProblems } from 'launch-kit/charts/i18n/check'
import { chartLanguageSetting } from 'launch-kit/charts/i18n/deck'
import { langs } from 'launch-kit/charts/i18n/languages'
import { translation } from 'launch-kit/charts/i18n/translation'
import { en } from 'launch-kit/charts/i18n/words/en'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { profiles } from 'launch-kit/charts/types'
import { describe, expect, it } from 'vitest'
import { countries } from '../../fixtures/atlas/data/countries'
import { wordsOf } from '../../support/launch'

const TRANSLATED = langs().filter(l => l !== 'en')
const NBSP = '\u00A0'

describe('the language files', () => {
  it('have exactly English\'s keys, and every chart builds in every language with its data texts translated', () => {
    expect(languageFileProblems()).toEqual([])
    expect(translationProblems(chartsIn)).toEqual([])
  })

  it('are told apart: a missing key, an extra key and a frame expecting more than it is given are each named', () => {
    const broken = { ...en, words: { ...en.words, total: undefined, grandTotal: 'Total' }, kinds: { ...en.kinds, bars: { ...en.kinds.bars, rest: (a: string, b: string) => a + b } } }
    const problems = shapeProblems(en, broken, [], { file: 'charts/words/sq.ts', reference: 'charts/words/en.ts' })
    expect(problems).toContain('charts/words/sq.ts: key words.grandTotal is not in charts/words/en.ts: remove it, or add it there first')
    expect(problems.some(p => p.includes('key words.total: expected string'))).toBe(true)
    expect(problems.some(p => p.includes('key kinds.bars.rest: the frame takes 2 arguments; it is given 1'))).toBe(true)
  })

  it('mark the translations written here as not reviewed, and say who should review them', () => {
    expect(wordsOf('en').meta.reviewed).toBe(true)
    for (const lang of TRANSLATED) {
      expect(wordsOf(lang).meta.reviewed, lang).toBe(false)
      expect(wordsOf(lang).meta.provenance, lang).toMatch(/review/i)
      expect(getChart('harbour-visits', lang).reviewed).toBe(false)
    }
  })

  it('name the place of a data text that has no translation', () => {
    expect(() => translation('sq').fromData('A note nobody translated.', 'data/visits.ts (XX, note)'))
      .toThrow('charts/words/sq.ts: no translation for this text from data/visits.ts (XX, note): "A note nobody translated."')
  })
})

describe('formats from Intl, in the chart\'s locale', () => {
  const f = (lang: Lang) => translation(lang).f
  it('write numbers, decimals and percentages the locale\'s way', () => {
    expect(f('en').number(4_200_000)).toBe('4,200,000')
    expect(f('sq').number(4_200_000)).toBe(`4${NBSP}200${NBSP}000`)
    expect(f('sr-Latn').number(4_200_000)).toBe('4.200.000')
    expect(f('sq').number(50.43, 'rate')).toBe('50,4')
    expect(f('sr-Latn').number(45.2, 'percent')).toBe('45,2%')
    expect(f('sq').compact(4_400_000)).toBe(`4,4${NBSP}mln`)
    expect(f('sr-Latn').compact(252_000)).toBe(`252${NBSP}hilj.`)
  })

  it('write dates and months in the language', () => {
    expect(f('en').date('2021-03-28')).toBe('28 Mar 2021')
    expect(f('sq').date('2021-03-28', 'long')).toBe('28 mars 2021')
    expect(f('sr-Latn').date('2021-03-28')).toBe('28. mar 2021.')
    expect(f('sq').date('2020-08')).toBe('gush 2020')
    expect(f('sr-Latn').date('2020-08', 'long')).toBe('avgust 2020.')
  })

  it('join lists and choose word forms after numbers as the language does', () => {
    expect(f('sq').list(['A', 'B', 'C'])).toBe('A, B dhe C')
    expect(f('sr-Latn').list(['A', 'B', 'C'])).toBe('A, B i C')
    const visits = wordsOf('sr-Latn').charts['harbour-visits'].unit.value
    expect(visits('2', f('sr-Latn').pluralOf(2))).toBe('2 posete')
    expect(visits('5', f('sr-Latn').pluralOf(5))).toBe('5 poseta')
    expect(visits('50,4', f('sr-Latn').pluralOf(50.4, 'rate'))).toBe('50,4 posete')
  })
})

describe('every chart in every language', () => {
  it.each(TRANSLATED)('in %s names the countries in the language, in labels, tables and alt text', (lang) => {
    const names = wordsOf(lang).countries
    for (const chart of chartsIn(lang)) {
      expect(chart.table.rows.map(r => r.label), chart.id).toEqual(countries.map(c => names[c.country]!.name))
      expect(chart.altText, chart.id).toContain(names.DK!.name)
      const english = countries.map(c => c.name).filter(name => !Object.values(names).some(n => n.name === name))
      for (const name of english)
        expect(chart.altText, `${chart.id} (${lang})`).not.toContain(name)
    }
  })

  it('builds its alt text on the language\'s own sentence frames, with the locale\'s numbers', () => {
    expect(getChart('harbour-visits', 'sq').altText).toContain(`Vlerën më të lartë e ka Danimarka, me 4${NBSP}400${NBSP}000 vizita`)
    expect(getChart('harbour-visits', 'sr-Latn').altText).toContain('Najviša vrednost: Danska, 4.400.000 poseta, zatim Litvanija (najmanje 700.000).')
    expect(getChart('visits-map', 'sr-Latn').altText).toContain('Najviša vrednost: Danska, 75,9; najniža: Poljska, 0.')
    expect(getChart('first-crossings', 'sr-Latn').altText).toContain('u ovim zemljama: Danska (16. jan 2021.; Voz: nema do 1. apr 2021.)')
    expect(getChart('harbour-services', 'sq').altText).toContain('Danimarka: e gjerë në të 4 fushat.')
    expect(getChart('harbour-services', 'sr-Latn').altText).toContain('5 zemalja × 4 oblasti')
    // A Serbian date ends in a full stop; the sentence does not add a second one.
    for (const chart of chartsIn('sr-Latn'))
      expect(chart.altText, chart.id).not.toContain('..')
  })

  it('draws value labels in the locale\'s compact numbers and its own words for gaps', () => {
    const labels = (lang: Lang) => (getChart('harbour-visits', lang).config(profiles.print).options?.plugins as { valueLabels: { labels: string[] } }).valueLabels.labels
    expect(labels('sq')).toEqual([`4,4${NBSP}mln`, `≥ 550${NBSP}mijë`, 'pa të dhëna', `≥ 700${NBSP}mijë (falas: pa të dhëna)`, 'asnjë'])
    expect(labels('sr-Latn')[3]).toBe(`≥ 700${NBSP}hilj. (besplatne posete: nema podataka)`)
  })

  it.each(TRANSLATED)('leaves no English word on the maps in %s: title, legend, labels, notes, table and alt text', (lang) => {
    const words = (text: string) => (text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? []).map(w => w.toLowerCase())
    const shown = (id: string, l: Lang) => {
      const chart = getChart(id, l)
      const plugins = chart.config(profiles.print).options!.plugins as { legend: { labels: { generateLabels: () => { text: string }[] } }, mapLayer: { areas: { label: string, value: string }[] } }
      return [
        chart.title,
        chart.subtitle,
        // 'level' is a unit code, not a word: tables name no unit for it, CSV headers say it in the language.
        chart.unit === 'level' ? '' : chart.unit,
        chart.altText,
        ...chart.notes,
        ...chart.table.columns.map(c => c.label),
        ...chart.table.rows.flatMap(r => r.cells.map(c => c.text)),
        ...plugins.legend.labels.generateLabels().map(i => i.text),
        ...plugins.mapLayer.areas.flatMap(a => [a.label, a.value]),
      ].join(' ')
    }
    // Names of things that are the same in every language: the boundaries' publisher, the countries.
    const proper = new Set(['natural', 'earth', ...Object.values(wordsOf(lang).countries).flatMap(c => words(`${c.name} ${c.short}`))])
    for (const id of ['visits-map']) {
      const english = new Set(words(shown(id, 'en')))
      const left = words(shown(id, lang)).filter(w => w.length >= 3 && english.has(w) && !proper.has(w))
      expect(left, `${id} (${lang})`).toEqual([])
    }
  })

  it('keeps sources as published in every language', () => {
    for (const lang of TRANSLATED) {
      for (const chart of chartsIn(lang))
        expect(chart.sources, chart.id).toEqual(getChart(chart.id).sources)
    }
  })
})

describe('the deck\'s chart language', () => {
  it('comes from the headmatter, VITE_CHART_LANG wins, and an unknown code is a problem', () => {
    expect(chartLanguageSetting(undefined)).toEqual({ lang: 'en' })
    expect(chartLanguageSetting('sq')).toEqual({ lang: 'sq' })
    expect(chartLanguageSetting('sq', 'sr-Latn')).toEqual({ lang: 'sr-Latn' })
    expect(chartLanguageSetting('de').problem).toBe('chartLanguage: in the headmatter of slides.md: "de" is not a chart language; use one of en, sq, sr-Latn')
  })
})
