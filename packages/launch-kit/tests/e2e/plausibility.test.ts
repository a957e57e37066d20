/**
 * The plausibility battery: well-typed values a tired analyst could type that cannot be true (the engine's rules,
 * data/plausibility.ts, and a launch's own, here the fixture's), and problems in a source named where the source is
 * written (data/source-check.ts). For each, in a copy of the fixture deck, `npm run check` and `npm run export` exit
 * non-zero with the message, and the earlier export stays byte-identical.
 */
import type { Mistake } from '../support/mistakes'
import type { ProjectCopy } from '../support/project-copy'
import { afterEach, describe, it } from 'vitest'
import { expectStopsBeforeOutput } from '../support/mistakes'
import { copyProject } from '../support/project-copy'

const mistakes: Mistake[] = [
  // Dates
  {
    name: 'a fact dated after the data-review date',
    file: 'data/countries.ts',
    find: 'value: 5_800_000, date: CENSUS,',
    replace: 'value: 5_800_000, date: \'2027\',',
    expect: ['data/countries.ts: dataset "countries", country DK (Denmark), field population.date: dated 2027, after the data were last reviewed (plan.dataReviewed in data/event.ts: 2026-11-28)'],
  },
  {
    name: 'a data-review date in the future',
    file: 'data/event.ts',
    find: 'dataReviewed: \'2026-11-28\',',
    replace: 'dataReviewed: \'2099-11-28\',',
    expect: ['data/event.ts: dataset "event", field plan.dataReviewed: the data are marked as reviewed on 2099-11-28, a day that has not come yet'],
  },
  {
    name: 'a fact dated after the article that reports it',
    file: 'data/firsts.ts',
    find: 'ferry: { status: \'on\', date: \'2021-04-29\',',
    replace: 'ferry: { status: \'on\', date: \'2021-05-29\',',
    expect: ['data/firsts.ts: dataset "firsts", country EE (Estonia), field ferry.date: dated 2021-05-29, after its source was published (ferryLog 2021-05-01'],
  },
  // Sources
  {
    name: 'a bad URL, named where the source is written',
    file: 'data/sources.ts',
    find: 'url: \'https://example.org/bulletin/2021/08/06/visits-estonia-latvia\'',
    replace: 'url: \'http://example.org/bulletin/2021/08/06/visits-estonia-latvia\'',
    expect: ['• data/sources.ts: source "harbourBulletin", field url: expected an https:// URL\n    cited at:\n      data/visits.ts: dataset "visits", country EE (Estonia), field paid.sources[0].url'],
    absent: ['• data/visits.ts'],
  },
  {
    name: 'a bad URL in a source whose address the event copies',
    file: 'data/sources.ts',
    find: 'url: \'https://example.org/atlas/report\'',
    replace: 'url: \'example.org/atlas/report\'',
    expect: ['1 problem in the data', '• data/sources.ts: source "atlasReport", field url: expected an https:// URL', 'data/event.ts: dataset "event", field report.url', 'data/event.ts: dataset "event", field report.sources[0].url', 'data/event.ts: dataset "event", field plan.qrUrl'],
    absent: ['• data/event.ts'],
  },
  {
    name: 'one address under two publishers',
    file: 'data/sources.ts',
    find: 'url: \'https://example.org/pier/2021/04/05/no-visits-poland\'',
    replace: 'url: \'https://example.org/quay/2021-07-08/visits-lithuania\'',
    expect: ['data/sources.ts: source "pierRecord", field url: the same address as source "quayNotes" (by "Example Quay Notes" there and "Example Pier Record" here)', 'cited at:\n      data/visits.ts: dataset "visits", country PL (Poland), field paid.sources[0]'],
  },
  {
    name: 'a source whose address is dated after the review',
    file: 'data/sources.ts',
    find: 'https://example.org/dock/2021/03/08/',
    replace: 'https://example.org/dock/2027/03/08/',
    expect: ['data/sources.ts: source "dockWatch", field url: its address is dated 2027-03-08, after the data were last reviewed'],
  },
  {
    name: 'the same source twice in one list',
    file: 'data/firsts.ts',
    find: 'train: { status: \'on\', date: \'2021-03-12\', sources: [sources.railDiary] }',
    replace: 'train: { status: \'on\', date: \'2021-03-12\', sources: [sources.railDiary, sources.railDiary] }',
    expect: ['data/firsts.ts: dataset "firsts", country LT (Lithuania), field train.sources[1]: cites the same source twice (sources[0] and sources[1], "railDiary")'],
  },
  // Countries
  {
    name: 'a population of zero',
    file: 'data/countries.ts',
    find: 'value: 1_900_000,',
    replace: 'value: 0,',
    expect: ['data/countries.ts: dataset "countries", country LV (Latvia), field population.value: a population of 0 cannot be right'],
    absent: ['Infinity'],
  },
  {
    name: 'a population typed in thousands',
    file: 'data/countries.ts',
    find: 'value: 5_800_000,',
    replace: 'value: 5_800,',
    expect: ['country DK (Denmark), field population.value: a population of 5,800 is below 100,000 (bounds.population in data/plausibility.ts): was it typed in thousands?'],
  },
  {
    name: 'two countries with one name',
    file: 'data/countries.ts',
    find: 'name: \'Poland\', shortName: \'Poland\'',
    replace: 'name: \'Latvia\', shortName: \'Poland\'',
    expect: ['data/countries.ts: dataset "countries", country PL (Poland), field name: "Latvia" is also the name of LV (Latvia)'],
  },
  {
    name: 'two countries with one code',
    file: 'data/countries.ts',
    find: '{ country: \'PL\', name:',
    replace: '{ country: \'LV\', name:',
    expect: ['data/countries.ts: dataset "countries", country LV (Latvia), field country: LV is listed twice'],
  },
  // Figures
  {
    name: 'a lower bound marked exact',
    file: 'data/visits.ts',
    find: 'paid: { status: \'atLeast\', value: 700_000,',
    replace: 'paid: { status: \'exact\', value: 700_000,',
    expect: ['data/visits.ts: dataset "visits", country LT (Lithuania), field paid.status: marked exact, but its note says "at least": that is a lower bound'],
  },
  // A launch's own rule (the fixture's data/plausibility.ts), run beside the engine's
  {
    name: 'more visits per person than the launch\'s bound',
    file: 'data/visits.ts',
    find: 'value: 4_200_000,',
    replace: 'value: 42_000_000,',
    expect: ['country DK (Denmark), field paid.value: 42,200,000 harbour visits is 7.28 per person (population 5,800,000), more than 5 (BOUNDS.visitsPerPerson in data/plausibility.ts)'],
  },
]

describe('implausible data stops check and export before any output is touched', () => {
  let copy: ProjectCopy | undefined

  afterEach(async () => {
    await copy?.remove()
    copy = undefined
  })

  it.each(mistakes.map(m => [m.name, m] as const))('%s', async (_name, mistake) => {
    copy = await copyProject()
    await copy.edit(mistake.file, mistake.find, mistake.replace)
    await expectStopsBeforeOutput(copy, mistake.expect, mistake.absent)
  })
})
