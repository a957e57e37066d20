/**
 * The bad-data battery: small, realistic mistakes in the data modules. For each, `npm run check` and
 * `npm run export` (the real scripts, in a copy of the project) exit non-zero with a message naming the file,
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
    file: 'data/vaccines.ts',
    find: '{ date: \'2021-03-25\', doses: 192_000,',
    replace: '{ date: \'2021-03-25\', doses: -192_000,',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country AL (Albania)', 'field chinese.shipments[0].doses', 'must not be negative'],
  },
  {
    name: 'a non-finite value',
    file: 'data/countries.ts',
    find: 'value: 628_062,',
    replace: 'value: Number.POSITIVE_INFINITY,',
    expect: ['data/countries.ts', 'dataset "countries"', 'country ME (Montenegro)', 'field population.value', 'expected a finite number'],
  },
  {
    name: 'a number given as a string',
    file: 'data/vaccines.ts',
    find: 'value: 4_200_000,',
    replace: 'value: \'4,200,000\' as unknown as number,',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country RS (Serbia)', 'field chinese.purchased.figure.value', 'expected a finite number'],
  },
  {
    name: 'a missing source',
    file: 'data/vaccines.ts',
    find: 'sources: [sources.apNorthMacedonia]',
    replace: 'sources: [] as never',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country MK (North Macedonia)', 'field chinese.shipments[0].sources', 'needs at least one source'],
  },
  {
    name: 'a source without a URL',
    file: 'data/sources.ts',
    find: 'url: \'https://zenicainfo.ba/2021/08/06/stiglo-pola-miliona-doza-vakcine-sinopharm\', ',
    replace: '',
    // Named where it is written (data/sources.ts and the source's key), then every place that cites it.
    expect: ['data/sources.ts: source "zenicaFederation", field url: expected an https:// URL', 'cited at:', 'data/vaccines.ts: dataset "vaccines", country BA (Bosnia & Herzegovina), field chinese.shipments[3].sources[0].url'],
  },
  {
    name: 'a figure without the date of the fact',
    file: 'data/countries.ts',
    find: 'population: { status: \'exact\', value: 3_280_815, date: JHU_DATE,',
    replace: 'population: { status: \'exact\', value: 3_280_815,',
    expect: ['data/countries.ts', 'dataset "countries"', 'country BA (Bosnia & Herzegovina)', 'field population.date', 'expected an ISO 8601 date'],
  },
  {
    name: 'a malformed date',
    file: 'data/vaccines.ts',
    find: '{ date: \'2021-03-03\', doses: 30_000,',
    replace: '{ date: \'03/03/2021\', doses: 30_000,',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country ME (Montenegro)', 'field chinese.shipments[0].date', 'expected an ISO 8601 date'],
  },
  {
    name: 'a date that does not exist on the calendar',
    file: 'data/vaccines.ts',
    find: '{ date: \'2021-01-16\', doses: 1_000_000,',
    replace: '{ date: \'2021-02-30\', doses: 1_000_000,',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country RS (Serbia)', 'field chinese.shipments[0].date', 'expected an ISO 8601 date'],
  },
  {
    name: 'an unknown country code (KS for Kosovo)',
    file: 'data/tech-presence.ts',
    find: '      country: \'XK\',',
    replace: '      country: \'KS\' as \'XK\',',
    expect: ['data/tech-presence.ts', 'dataset "tech-presence"', 'country KS', 'field country', '"XK"'],
  },
  {
    name: 'a duplicate id',
    file: 'data/five-g.ts',
    find: '{ id: \'kosovo-us-memorandum\',',
    replace: '{ id: \'washington-agreement-kosovo\',',
    expect: ['data/five-g.ts', 'dataset "five-g"', 'country XK (Kosovo)', 'field id', 'duplicate id "washington-agreement-kosovo"'],
  },
  {
    name: 'series and labels of different lengths',
    file: 'charts/definitions/vaccination-coverage.ts',
    find: 'categories: countryRows(),',
    replace: 'categories: countryRows().slice(0, 5),',
    expect: ['charts/definitions/vaccination-coverage.ts', 'chart "vaccination-coverage"', 'series 1 ("Fully vaccinated")', '6 values for 5 labels'],
  },
  {
    name: 'a lower bound larger than a total',
    file: 'data/vaccines.ts',
    find: 'value: 4_200_000,',
    replace: 'value: 1_200_000,',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country RS (Serbia)', 'field chinese.purchased.figure.value', 'add up to 1,500,000, more than the reported total of 1,200,000'],
  },
  {
    name: 'a percentage over 100',
    file: 'data/vaccines.ts',
    find: 'coverage: coverage(662_356, 280_901),',
    replace: 'coverage: coverage(662_356, 2_809_010),',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country ME (Montenegro)', 'field coverage.fullyVaccinated.value', 'a share cannot exceed 100 %'],
  },
  {
    name: 'a chart that refers to a dataset that does not exist',
    file: 'charts/definitions/first-deliveries.ts',
    find: 'datasets: [\'vaccines\', \'countries\'],',
    replace: 'datasets: [\'vaccines\', \'country\'],',
    expect: ['charts/definitions/first-deliveries.ts', 'chart "first-deliveries"', 'field datasets', 'dataset "country", which does not exist'],
  },
  {
    name: 'HTML inside a label',
    file: 'data/tech-presence.ts',
    find: 'telecoms: \'Telecoms & 5G\',',
    replace: 'telecoms: \'Telecoms <b>&amp;</b> 5G\',',
    expect: ['data/tech-presence.ts', 'dataset "tech-presence"', 'field dimensions.telecoms', 'must be plain text'],
  },
  {
    name: 'HTML inside a chart\'s title (the chart\'s own words, not its data)',
    // A chart's English words live in charts/words/en.ts.
    file: 'charts/words/en.ts',
    find: 'title: \'Who came first: Chinese vaccines or COVAX\',',
    replace: 'title: \'Who came first: <em>Chinese</em> vaccines or COVAX\',',
    expect: ['charts/definitions/first-deliveries.ts', 'chart "first-deliveries"', 'field title', 'charts/words/en.ts', 'must be plain text'],
  },
  {
    name: 'a script inside a note',
    file: 'data/vaccines.ts',
    find: 'note: \'Arrived by truck via Serbia.\'',
    replace: 'note: \'Arrived by truck via Serbia.<script>fetch("https://example.org")</script>\'',
    expect: ['data/vaccines.ts', 'dataset "vaccines"', 'country MK (North Macedonia)', 'field chinese.shipments[0].note', 'must be plain text'],
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
