/**
 * One figure changed in data/ reaches every language: in a copy of the fixture deck (tests/support/
 * project-copy.ts), Denmark's paid visits go from 4,200,000 to 4,300,000; `npm run charts` then writes the new
 * figure, and the new total, in English, Albanian and Serbian: in the CSV as data, in the drawn labels and notes
 * (SVG text) and in the alt text, each in its locale's format. The visits map follows: Denmark's visits per 100
 * people go from 75.9 to 77.6 (4,500,000 of 5,800,000 people) on its label, in its CSV and its alt text.
 */
import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { ProjectCopy } from '../support/project-copy'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { langs } from 'launch-kit/charts/i18n/languages'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wordsOf } from '../support/launch'
import { copyProject } from '../support/project-copy'

const NBSP = '\u00A0'
const ID = 'harbour-visits'
const MAP = 'visits-map'

/** The new purchase, the new total as a compact label, and the new total in full, as each locale writes them. */
const EXPECTED: Record<Lang, { purchase: string, total: string, label: string, per100: string, per100Before: string }> = {
  'en': { purchase: '4,300,000', total: '4,500,000', label: '4.5m', per100: '77.6', per100Before: '75.9' },
  'sq': { purchase: `4${NBSP}300${NBSP}000`, total: `4${NBSP}500${NBSP}000`, label: `4,5${NBSP}mln`, per100: '77,6', per100Before: '75,9' },
  'sr-Latn': { purchase: '4.300.000', total: '4.500.000', label: `4,5${NBSP}mil.`, per100: '77,6', per100Before: '75,9' },
}

let copy: ProjectCopy
let result: { code: number, stdout: string, stderr: string }
const file = (lang: Lang, name: string, id = ID) => join(copy.root, 'exports', 'charts', id, lang === 'en' ? '' : lang, name)

beforeAll(async () => {
  copy = await copyProject()
  await copy.edit('data/visits.ts', 'value: 4_200_000,', 'value: 4_300_000,')
  result = await copy.run('charts', ['--only', ID, '--only', MAP, '--preset', 'social'])
})

afterAll(async () => {
  await copy?.remove()
})

describe('a figure changed once in data/', () => {
  it('is written by npm run charts', () => {
    expect(result.code, result.stdout + result.stderr).toBe(0)
  })

  it.each(langs())('reaches the %s CSV as data, the drawn labels and notes, and the alt text', async (lang) => {
    const expected = EXPECTED[lang]!
    const words = wordsOf(lang)
    const rows = parse(await readFile(file(lang, `${ID}.csv`), 'utf8'), { columns: true, comment: '#' }) as Record<string, string>[]
    const serbia = rows.find(r => r[words.words.countryCode] === 'DK')!
    const unit = words.charts[ID].unit.label
    expect(serbia[`${words.charts[ID].series.paid} (${unit})`]).toBe('4300000')
    expect(serbia[`${words.words.total} (${unit})`]).toBe('4500000')

    const svg = await readFile(file(lang, `${ID}.svg`), 'utf8')
    const drawn = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map(m => m[1]).join(' ')
    expect(drawn).toContain(expected.label)
    expect(drawn).toContain(expected.purchase)
    expect(drawn).not.toContain(lang === 'en' ? '4.4m' : lang === 'sq' ? `4,4${NBSP}mln` : `4,4${NBSP}mil.`)

    const meta = JSON.parse(await readFile(file(lang, `${ID}.json`), 'utf8')) as { altText: string, notes: string[] }
    expect(meta.altText).toContain(expected.total)
    expect(meta.notes.join(' ')).toContain(expected.purchase)
  })

  it.each(langs())('reaches the visits map in %s: Denmark\'s label, its CSV row and the alt text', async (lang) => {
    const expected = EXPECTED[lang]!
    const words = wordsOf(lang)
    const svg = await readFile(file(lang, `${MAP}.svg`, MAP), 'utf8')
    const drawn = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map(m => m[1])
    expect(drawn).toContain(expected.per100)
    expect(drawn).not.toContain(expected.per100Before)
    const rows = parse(await readFile(file(lang, `${MAP}.csv`, MAP), 'utf8'), { columns: true, comment: '#' }) as Record<string, string>[]
    const serbia = rows.find(r => r[words.words.countryCode] === 'DK')!
    expect(serbia[`${words.charts[MAP].columns.total} (${words.charts[MAP].unit})`]).toBe('77.586')
    const meta = JSON.parse(await readFile(file(lang, `${MAP}.json`, MAP), 'utf8')) as { altText: string }
    expect(meta.altText).toContain(`${words.countries.DK!.name} (${expected.per100})`)
  })
})
