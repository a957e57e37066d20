/**
 * The bad-data battery: small, realistic mistakes in the data modules and chart words of a copy of the fixture deck
 * (the engine's own data rules: schemas, sources, dates, plain text, charts against datasets). For each,
 * `npm run check` and `npm run export` (the real scripts, in the copy) exit non-zero with a message naming the file,
 * dataset, country and field, before any output is touched: the earlier exports stay byte-identical.
 */
import type { Mistake } from '../support/mistakes'
import type { ProjectCopy } from '../support/project-copy'
import { afterEach, describe, expect, it } from 'vitest'
import { expectStopsBeforeOutput } from '../support/mistakes'
import { copyProject } from '../support/project-copy'
import { unexplained } from '../support/stderr'

const mistakes: Mistake[] = [
  {
    name: 'a negative value',
    file: 'data/visits.ts',
    find: 'free: { status: \'exact\', value: 50_000,',
    replace: 'free: { status: \'exact\', value: -50_000,',
    expect: ['data/visits.ts', 'dataset "visits"', 'country EE (Estonia)', 'field free.value', 'must not be negative'],
  },
  {
    name: 'a non-finite value',
    file: 'data/countries.ts',
    find: 'value: 1_900_000,',
    replace: 'value: Number.POSITIVE_INFINITY,',
    expect: ['data/countries.ts', 'dataset "countries"', 'country LV (Latvia)', 'field population.value', 'expected a finite number'],
  },
  {
    name: 'a number given as a string',
    file: 'data/visits.ts',
    find: 'value: 4_200_000,',
    replace: 'value: \'4,200,000\' as unknown as number,',
    expect: ['data/visits.ts', 'dataset "visits"', 'country DK (Denmark)', 'field paid.value', 'expected a finite number'],
  },
  {
    name: 'a missing source',
    file: 'data/firsts.ts',
    find: 'train: { status: \'on\', date: \'2021-03-12\', sources: [sources.railDiary] }',
    replace: 'train: { status: \'on\', date: \'2021-03-12\', sources: [] as never }',
    expect: ['data/firsts.ts', 'dataset "firsts"', 'country LT (Lithuania)', 'field train.sources', 'needs at least one source'],
  },
  {
    name: 'a source without a URL',
    file: 'data/sources.ts',
    find: 'url: \'https://example.org/bulletin/2021/08/06/visits-estonia-latvia\', ',
    replace: '',
    // Named where it is written (data/sources.ts and the source's key), then every place that cites it.
    expect: ['data/sources.ts: source "harbourBulletin", field url: expected an https:// URL', 'cited at:', 'data/visits.ts: dataset "visits", country EE (Estonia), field paid.sources[0].url'],
  },
  {
    name: 'a figure without the date of the fact',
    file: 'data/countries.ts',
    find: 'value: 1_300_000, date: CENSUS,',
    replace: 'value: 1_300_000,',
    expect: ['data/countries.ts', 'dataset "countries"', 'country EE (Estonia)', 'field population.date', 'expected an ISO 8601 date'],
  },
  {
    name: 'a malformed date',
    file: 'data/firsts.ts',
    find: 'ferry: { status: \'on\', date: \'2021-03-03\',',
    replace: 'ferry: { status: \'on\', date: \'03/03/2021\',',
    expect: ['data/firsts.ts', 'dataset "firsts"', 'country LV (Latvia)', 'field ferry.date', 'expected an ISO 8601 date'],
  },
  {
    name: 'a date that does not exist on the calendar',
    file: 'data/firsts.ts',
    find: 'ferry: { status: \'on\', date: \'2021-01-16\',',
    replace: 'ferry: { status: \'on\', date: \'2021-02-30\',',
    expect: ['data/firsts.ts', 'dataset "firsts"', 'country DK (Denmark)', 'field ferry.date', 'expected an ISO 8601 date'],
  },
  {
    name: 'a country the launch does not compare (LI for LT)',
    file: 'data/services.ts',
    find: '{ country: \'LT\', cells:',
    replace: '{ country: \'LI\', cells:',
    expect: ['data/services.ts', 'dataset "services"', 'country LI', 'field country', 'LI is not one of the countries this launch compares (DK, EE, LV, LT, PL in data/countries.ts)'],
  },
  {
    name: 'series and labels of different lengths',
    file: 'charts/definitions/harbour-visits.ts',
    find: 'categories: t.countryRows(),',
    replace: 'categories: t.countryRows().slice(0, 4),',
    expect: ['charts/definitions/harbour-visits.ts', 'chart "harbour-visits"', 'series 1 ("Paid visits")', '5 values for 4 labels'],
  },
  {
    name: 'a chart that refers to a dataset that does not exist',
    file: 'charts/definitions/first-crossings.ts',
    find: 'datasets: [\'firsts\', \'countries\'],',
    replace: 'datasets: [\'firsts\', \'country\'],',
    expect: ['charts/definitions/first-crossings.ts', 'chart "first-crossings"', 'field datasets', 'dataset "country", which does not exist'],
  },
  {
    name: 'HTML inside a text of the data',
    file: 'data/services.ts',
    find: 'export const SUMMARY = \'Fictional test data: as the fixture assesses it.\'',
    replace: 'export const SUMMARY = \'Fictional test data: as the <b>fixture</b> assesses it.\'',
    expect: ['data/services.ts', 'dataset "services"', 'country DK (Denmark)', 'field cells.cargo.summary', 'must be plain text'],
  },
  {
    name: 'HTML inside a chart\'s title (the chart\'s own words, not its data)',
    // A chart's English words live in charts/words/en.ts.
    file: 'charts/words/en.ts',
    find: 'title: \'Who came first: the ferry or the night train (fictional)\',',
    replace: 'title: \'Who came first: the <em>ferry</em> or the night train (fictional)\',',
    expect: ['charts/definitions/first-crossings.ts', 'chart "first-crossings"', 'field title', 'charts/words/en.ts', 'must be plain text'],
  },
  {
    name: 'a script inside a note',
    file: 'data/visits.ts',
    find: 'note: \'A sourced zero: no harbour was open to visitors (fictional).\'',
    replace: 'note: \'A sourced zero: no harbour was open to visitors (fictional).<script>fetch("https://example.org")</script>\'',
    expect: ['data/visits.ts', 'dataset "visits"', 'country PL (Poland)', 'field paid.note', 'must be plain text'],
  },
]

describe('bad data stops check and export before any output is touched', () => {
  let copy: ProjectCopy | undefined

  afterEach(async () => {
    await copy?.remove()
    copy = undefined
  })

  it('the untouched copy passes the check (so every failure below is the mistake\'s)', async () => {
    copy = await copyProject()
    const result = await copy.run('check')
    expect(unexplained(result.stderr)).toEqual([])
    expect(result.code).toBe(0)
  })

  it.each(mistakes.map(m => [m.name, m] as const))('%s', async (_name, mistake) => {
    copy = await copyProject()
    await copy.edit(mistake.file, mistake.find, mistake.replace)
    await expectStopsBeforeOutput(copy, mistake.expect, mistake.absent)
  })
})
