/**
 * This launch's words in its three chart languages (charts/words/): every file has English's keys, every chart builds
 * in every language with its data texts translated, the translations say they are not reviewed, and the charts speak
 * each language: country names, sentence frames with the locale's numbers, value labels, and no English word left
 * on the maps. The i18n machinery itself is the engine's to test, on its fixture decks.
 */
import type { Lang } from 'launch-kit/charts/i18n/languages'
import { languageFileProblems, translationProblems } from 'launch-kit/charts/i18n/check'
import { langs } from 'launch-kit/charts/i18n/languages'
import { translation } from 'launch-kit/charts/i18n/translation'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { profiles } from 'launch-kit/charts/types'
import { describe, expect, it } from 'vitest'
import { countries } from '../../../data/countries'
import { wordsOf } from '../../support/launch'

const TRANSLATED = langs().filter(l => l !== 'en')
const NBSP = '\u00A0'

describe('the language files', () => {
  it('have exactly English\'s keys, and every chart builds in every language with its data texts translated', () => {
    expect(languageFileProblems()).toEqual([])
    expect(translationProblems(chartsIn)).toEqual([])
  })

  it('mark the translations written here as not reviewed, and say who should review them', () => {
    expect(wordsOf('en').meta.reviewed).toBe(true)
    for (const lang of TRANSLATED) {
      expect(wordsOf(lang).meta.reviewed, lang).toBe(false)
      expect(wordsOf(lang).meta.provenance, lang).toMatch(/review/i)
      expect(getChart('chinese-vaccine-doses', lang).reviewed).toBe(false)
    }
  })

  it('choose the Serbian word form after a number as the language does', () => {
    const f = translation('sr-Latn').f
    const doses = wordsOf('sr-Latn').charts['chinese-vaccine-doses'].unit.value
    expect(doses('2', f.pluralOf(2))).toBe('2 doze')
    expect(doses('5', f.pluralOf(5))).toBe('5 doza')
    expect(doses('50,4', f.pluralOf(50.4, 'rate'))).toBe('50,4 doze')
  })
})

describe('every chart in every language', () => {
  it.each(TRANSLATED)('in %s names the countries in the language, in labels, tables and alt text', (lang) => {
    const names = wordsOf(lang).countries
    for (const chart of chartsIn(lang)) {
      expect(chart.table.rows.map(r => r.label), chart.id).toEqual(countries.map(c => names[c.country].name))
      expect(chart.altText, chart.id).toContain(names.XK.name)
      const english = countries.map(c => c.name).filter(name => !Object.values(names).some(n => n.name === name))
      for (const name of english)
        expect(chart.altText, `${chart.id} (${lang})`).not.toContain(name)
    }
  })

  it('builds its alt text on the language\'s own sentence frames, with the locale\'s numbers', () => {
    expect(getChart('chinese-vaccine-doses', 'sq').altText).toContain(`Vlerën më të lartë e ka Serbia, me 4${NBSP}400${NBSP}000 doza`)
    expect(getChart('chinese-vaccine-doses', 'sr-Latn').altText).toContain('Najviša vrednost: Srbija, 4.400.000 doza, zatim Severna Makedonija (najmanje 800.000).')
    expect(getChart('vaccination-coverage', 'sr-Latn').altText).toContain('Najviša vrednost: Kosovo, 45,2%')
    expect(getChart('first-deliveries', 'sr-Latn').altText).toContain('Prva kineska isporuka stigla je ranije u ovim zemljama: Srbija (16. jan 2021.; COVAX: nema do 1. apr 2021.)')
    expect(getChart('tech-presence-matrix', 'sq').altText).toContain('Serbia: e gjerë në të 4 fushat.')
    expect(getChart('tech-presence-matrix', 'sr-Latn').altText).toContain('6 zemalja × 4 oblasti')
    // A Serbian date ends in a full stop; the sentence does not add a second one.
    for (const chart of chartsIn('sr-Latn'))
      expect(chart.altText, chart.id).not.toContain('..')
  })

  it('draws value labels in the locale\'s compact numbers and its own words for gaps', () => {
    const labels = (lang: Lang) => (getChart('chinese-vaccine-doses', lang).config(profiles.print).options?.plugins as { valueLabels: { labels: string[] } }).valueLabels.labels
    expect(labels('sq')).toEqual([`4,4${NBSP}mln`, `≥ 550${NBSP}mijë`, `≥ 30${NBSP}mijë (të blera: pa të dhëna)`, `≥ 800${NBSP}mijë`, `≥ 252${NBSP}mijë (të dhuruara nga Kina: pa të dhëna)`, 'asnjë'])
    expect(labels('sr-Latn')[2]).toBe(`≥ 30${NBSP}hilj. (kupovina: nema podataka)`)
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
    // Names of things that are the same in every language: the boundaries' publisher, the virus, the data's publishers.
    const proper = new Set(['natural', 'earth', 'covid', 'jhu', 'csse', 'efe', ...Object.values(wordsOf(lang).countries).flatMap(c => words(`${c.name} ${c.short}`))])
    for (const id of ['chinese-doses-map', 'tech-presence-map']) {
      const english = new Set(words(shown(id, 'en')))
      const left = words(shown(id, lang)).filter(w => w.length >= 3 && english.has(w) && !proper.has(w))
      expect(left, `${id} (${lang})`).toEqual([])
    }
  })
})
