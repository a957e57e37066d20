/**
 * The engine's plausibility rules (data/plausibility.ts) and source checks (data/source-check.ts), each on a broken
 * copy of the fixture's data (FICTIONAL TEST DATA, tests/fixtures/atlas), and a launch's own rule run beside them:
 * the copy is made in one structuredClone with the fixture's data/sources.ts, so facts still point at the very
 * source objects, as they do in the modules.
 */
import type { Dataset } from 'launch-kit/data/define'
import { addressDate } from 'launch-kit/data/plausibility'
import { formatIssue, validateDatasets } from 'launch-kit/data/validate'
import { describe, expect, it } from 'vitest'
import launch, { datasets, visits } from '../../fixtures/atlas/data/index'
import { BOUNDS } from '../../fixtures/atlas/data/plausibility'
import { sources } from '../../fixtures/atlas/data/sources'

const TODAY = '2026-11-30'

/** Messages for the data after `mutate` has broken a copy of it (data by dataset id, and the sources by key). */
function broken(mutate: (data: Record<string, any>, entries: Record<string, any>) => void, today = TODAY): string[] {
  const copy = structuredClone({ data: Object.fromEntries(datasets.map(d => [d.id, d.data])), entries: sources as Record<string, unknown> })
  mutate(copy.data, copy.entries)
  const list: Dataset[] = datasets.map(d => ({ ...d, data: copy.data[d.id] }))
  return validateDatasets(list, { ...launch, sources: copy.entries }, { today }).map(formatIssue)
}

describe('the fixture\'s data', () => {
  it('passes every rule', () => {
    expect(broken(() => {})).toEqual([])
  })

  it('is the data the rules run on (a broken copy is seen)', () => {
    expect(broken((d) => { d.countries[2].population.value = 0 }).length).toBe(1)
  })
})

describe('dates', () => {
  it('refuses a fact dated after the data-review date', () => {
    expect(broken((d) => { d.countries[0].population.date = '2027' })).toEqual([
      'data/countries.ts: dataset "countries", country DK (Denmark), field population.date: dated 2027, after the data were last reviewed (plan.dataReviewed in data/event.ts: 2026-11-28): nothing can be known of a day after the review. Correct the date, or review the data again and move plan.dataReviewed',
    ])
  })

  it('compares at the precision of the fact: a month is not after a day in that month', () => {
    expect(broken((d) => { d.countries[0].population.date = '2026-11' })).toEqual([])
    expect(broken((d) => { d.countries[0].population.date = '2026-12' })[0]).toContain('dated 2026-12, after the data were last reviewed')
  })

  it('refuses a data-review date in the future', () => {
    expect(broken((d) => { d.event.plan.dataReviewed = '2027-11-28' })).toEqual([
      'data/event.ts: dataset "event", field plan.dataReviewed: the data are marked as reviewed on 2027-11-28, a day that has not come yet (today is 2026-11-30): was the year mistyped?',
    ])
  })

  it('refuses a fact dated after the article that reports it was published', () => {
    expect(broken((d) => { d.firsts.entries[1].ferry.date = '2021-05-29' })).toEqual([
      'data/firsts.ts: dataset "firsts", country EE (Estonia), field ferry.date: dated 2021-05-29, after its source was published (ferryLog 2021-05-01, the date in each address in data/sources.ts): a source cannot report what happened after it. Check the date against the source',
    ])
  })

  it('with several sources, a fact is late only when it is after every one of them', () => {
    // Denmark's free visits cite the Harbour Ledger (2021-05-27) and the Harbour Digest (2021-06-15): between the two is fine.
    expect(broken((d) => { d.visits.entries[0].free.date = '2021-06-01' })).toEqual([])
    expect(broken((d) => { d.visits.entries[0].free.date = '2021-06-16' })[0]).toContain('after all its sources were published (harbourLedger 2021-05-27, harbourDigest 2021-06-15')
  })

  it('reads the publication date news sites put in an address', () => {
    expect(addressDate('https://example.org/news/2021/08/06/half-a-million')).toBe('2021-08-06')
    expect(addressDate('https://example.org/a/60ec6bf3b1b4f2.44017405/3523333/2021-07-08/harbours')).toBe('2021-07-08')
    expect(addressDate('https://example.org/n3/2021/0730/c90000-9878574.html')).toBe('2021-07-30')
    expect(addressDate('https://example.org/lajmi/2021/05/new-supply')).toBe('2021-05')
    expect(addressDate('https://example.org/en/?p=1049')).toBeUndefined()
    expect(addressDate('https://example.org/2021/13/45/not-a-date')).toBeUndefined()
  })
})

describe('sources', () => {
  it('names data/sources.ts and the key for a bad URL, with every place that cites it, and not again at those places', () => {
    expect(broken((_d, s) => { s.harbourBulletin.url = 'http://example.org/bulletin/2021/08/06/visits-estonia-latvia' })).toEqual([
      'data/sources.ts: source "harbourBulletin", field url: expected an https:// URL\n    cited at:\n      data/visits.ts: dataset "visits", country EE (Estonia), field paid.sources[0].url\n      data/visits.ts: dataset "visits", country EE (Estonia), field free.sources[0].url',
    ])
  })

  it('lists the fields that copy a source\'s URL among its uses', () => {
    // event.ts writes `url: sources.atlasReport.url`: in the module the copies change with the source.
    const [message, ...rest] = broken((d, s) => { s.atlasReport.url = d.event.report.url = d.event.plan.qrUrl = 'example.org/atlas/report' })
    expect(rest).toEqual([])
    expect(message).toBe([
      'data/sources.ts: source "atlasReport", field url: expected an https:// URL',
      '    cited at:',
      '      data/event.ts: dataset "event", field report.url',
      '      data/event.ts: dataset "event", field report.sources[0].url',
      '      data/event.ts: dataset "event", field plan.qrUrl',
    ].join('\n'))
  })

  it('names a source with a missing title once, with its uses', () => {
    const messages = broken((_d, s) => { delete s.censusTable.title })
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('data/sources.ts: source "censusTable", field title:')
    expect(messages[0]!.match(/data\/countries\.ts: dataset "countries", country \w\w \([^)]+\), field population\.sources\[0\]\.title/g)).toHaveLength(5)
  })

  it('says so when a broken source is cited nowhere', () => {
    expect(broken((_d, s) => { s.spare = { publisher: 'Nobody', title: 'Unused', url: 'ftp://example.org/x', confidence: 'low' } })).toEqual([
      'data/sources.ts: source "spare", field url: expected an https:// URL\n    cited at:\n      nowhere: no fact cites this source',
    ])
  })

  it('refuses two entries with one address', () => {
    expect(broken((_d, s) => { s.pierRecord.url = s.quayNotes.url })).toEqual([
      'data/sources.ts: source "pierRecord", field url: the same address as source "quayNotes" (by "Example Quay Notes" there and "Example Pier Record" here): one page is one source, and the "Source:" lines merge sources by address, so one of the two would silently disappear. Keep one entry and point every fact at it\n    cited at:\n      data/visits.ts: dataset "visits", country PL (Poland), field paid.sources[0]\n      data/visits.ts: dataset "visits", country PL (Poland), field free.sources[0]',
    ])
  })

  it('refuses a source whose address is dated after the review', () => {
    expect(broken((_d, s) => { s.dockWatch.url = 'https://example.org/dock/2027/03/08/repairs' })).toEqual([
      'data/sources.ts: source "dockWatch", field url: its address is dated 2027-03-08, after the data were last reviewed (plan.dataReviewed in data/event.ts: 2026-11-28): a source read in the review cannot have been published after it. Check the address\n    cited at:\n      data/services.ts: dataset "services", country EE (Estonia), field cells.repairs.sources[0]',
    ])
  })

  it('refuses the same source twice in one list', () => {
    expect(broken((d) => { d.visits.entries[3].paid.sources.push(d.visits.entries[3].paid.sources[0]) })).toEqual([
      'data/visits.ts: dataset "visits", country LT (Lithuania), field paid.sources[1]: cites the same source twice (sources[0] and sources[1], "quayNotes"): remove one, or cite the other source meant',
    ])
  })
})

describe('sources in an undated list', () => {
  it('refuses the same source twice where no date is given either', () => {
    expect(broken((d, s) => { d.services.entries[3].cells.cargo.sources.push(s.serviceSurvey) })).toEqual([
      'data/services.ts: dataset "services", country LT (Lithuania), field cells.cargo.sources[1]: cites the same source twice (sources[0] and sources[1], "serviceSurvey"): remove one, or cite the other source meant',
    ])
  })
})

describe('countries', () => {
  it('refuses a zero population (it used to surface as "Infinity % of the population")', () => {
    const messages = broken((d) => { d.countries[2].population.value = 0 })
    expect(messages).toEqual([
      'data/countries.ts: dataset "countries", country LV (Latvia), field population.value: a population of 0 cannot be right: every per-person figure and share divides by it. Give the population the source states',
    ])
    expect(messages.join('\n')).not.toContain('Infinity')
  })

  it('refuses a population typed in thousands, or with a digit too many', () => {
    expect(broken((d) => { d.countries[0].population.value = 5_800 })).toEqual([
      'data/countries.ts: dataset "countries", country DK (Denmark), field population.value: a population of 5,800 is below 100,000 (bounds.population in data/plausibility.ts): was it typed in thousands?',
    ])
    expect(broken((d) => { d.countries[0].population.value = 580_000_000 })).toEqual([
      'data/countries.ts: dataset "countries", country DK (Denmark), field population.value: a population of 580,000,000 is above 50,000,000 (bounds.population in data/plausibility.ts): is a digit too many?',
    ])
  })

  it('refuses two countries with one name or one short name', () => {
    expect(broken((d) => { d.countries[4].name = 'Latvia' })).toEqual([
      'data/countries.ts: dataset "countries", country PL (Poland), field name: "Latvia" is also the name of LV (Latvia): two countries with one label cannot be told apart on a chart or in a table',
    ])
    expect(broken((d) => { d.countries[3].shortName = 'estonia' })[0]).toContain('field shortName: "estonia" is also the shortName of EE (Estonia)')
  })

  it('refuses two entries with one country code (the schema\'s rule, kept)', () => {
    expect(broken((d) => { d.countries[4].country = 'LV' })).toEqual([
      'data/countries.ts: dataset "countries", country LV (Latvia), field country: LV is listed twice',
    ])
  })
})

describe('figures anywhere', () => {
  it('refuses a lower bound marked exact', () => {
    expect(broken((d) => { d.visits.entries[3].paid.status = 'exact' })).toEqual([
      'data/visits.ts: dataset "visits", country LT (Lithuania), field paid.status: marked exact, but its note says "at least": that is a lower bound. Write status: \'atLeast\' (shown as ≥), or correct the note',
    ])
  })

  it('does not take a note that mentions a bound later on for a bound', () => {
    // Denmark's paid visits: "The ledger's count; a rival count says at least 4,500,000" is exact, and passes.
    expect(visits.entries[0]!.paid).toMatchObject({ status: 'exact', note: expect.stringContaining('at least') })
    expect(broken(() => {})).toEqual([])
  })
})

describe('a launch\'s own rules', () => {
  it('run after the engine\'s, with the launch\'s bounds named in the message', () => {
    expect(broken((d) => { d.visits.entries[0].paid.value = 42_000_000 })).toEqual([
      `data/visits.ts: dataset "visits", country DK (Denmark), field paid.value: 42,200,000 harbour visits is 7.28 per person (population 5,800,000), more than ${BOUNDS.visitsPerPerson.max} (BOUNDS.visitsPerPerson in data/plausibility.ts): is a digit too many?`,
    ])
  })
})
