/**
 * Each plausibility rule (data/plausibility.ts) and each source check (data/source-check.ts) on a broken copy of
 * the real data: the copy is made in one structuredClone with data/sources.ts, so facts still point at the very
 * source objects, as they do in the modules.
 */
import type { Dataset } from 'launch-kit/data/define'
import { addressDate } from 'launch-kit/data/plausibility'
import { formatIssue, validateDatasets } from 'launch-kit/data/validate'
import { describe, expect, it } from 'vitest'
import launch, { datasets } from '../../../data/index'
import { BOUNDS } from '../../../data/plausibility'
import { sources } from '../../../data/sources'

const TODAY = '2026-11-30'

/** Messages for the data after `mutate` has broken a copy of it (data by dataset id, and the sources by key). */
function broken(mutate: (data: Record<string, any>, entries: Record<string, any>) => void, today = TODAY): string[] {
  const copy = structuredClone({ data: Object.fromEntries(datasets.map(d => [d.id, d.data])), entries: sources as Record<string, unknown> })
  mutate(copy.data, copy.entries)
  const list: Dataset[] = datasets.map(d => ({ ...d, data: copy.data[d.id] }))
  return validateDatasets(list, { ...launch, sources: copy.entries }, { today }).map(formatIssue)
}

describe('the real data', () => {
  it('passes every rule', () => {
    expect(broken(() => {})).toEqual([])
  })

  it('is the data the rules run on (a broken copy is seen)', () => {
    expect(broken((d) => { d.countries[2].population.value = 0 }).length).toBe(1)
  })
})

describe('dates', () => {
  it('refuses a fact dated after the data-review date', () => {
    expect(broken((d) => { d['five-g'].commitments[4].date = '2027-10-23' })).toEqual([
      'data/five-g.ts: dataset "five-g", country XK (Kosovo), field date: dated 2027-10-23, after the data were last reviewed (plan.dataReviewed in data/event.ts: 2026-11-28): nothing can be known of a day after the review. Correct the date, or review the data again and move plan.dataReviewed',
    ])
  })

  it('compares at the precision of the fact: a month is not after a day in that month', () => {
    expect(broken((d) => { d['five-g'].commitments[4].date = '2026-11' })).toEqual([])
    expect(broken((d) => { d['five-g'].commitments[4].date = '2026-12' })[0]).toContain('dated 2026-12, after the data were last reviewed')
  })

  it('refuses a data-review date in the future', () => {
    expect(broken((d) => { d.event.plan.dataReviewed = '2027-11-28' })).toEqual([
      'data/event.ts: dataset "event", field plan.dataReviewed: the data are marked as reviewed on 2027-11-28, a day that has not come yet (today is 2026-11-30): was the year mistyped?',
    ])
  })

  it('refuses a vaccine date before vaccination began (2020 typed for 2021)', () => {
    expect(broken((d) => { d.vaccines.countries[0].chinese.shipments[0].date = '2020-01-16' })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country RS (Serbia), field chinese.shipments[0].date: dated 2020-01-16, before vaccination against COVID-19 began (BOUNDS.earliestVaccineDate in data/plausibility.ts: 2020-12): was the year mistyped?',
    ])
  })

  it('refuses a delivery dated after the article that reports it was published', () => {
    expect(broken((d) => { d.vaccines.countries[1].chinese.shipments[3].date = '2021-08-16' })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country BA (Bosnia & Herzegovina), field chinese.shipments[3].date: dated 2021-08-16, after its source was published (zenicaFederation 2021-08-06, the date in each address in data/sources.ts): a source cannot report what happened after it. Check the date against the source',
    ])
  })

  it('with several sources, a fact is late only when it is after every one of them', () => {
    // Kosovo's zero cites Agenzia Nova (2021-07-08) and A2 News (2021-04-05): on the later one's day it is fine.
    expect(broken(() => {})).toEqual([])
    expect(broken((d) => { d.vaccines.countries[5].chinese.purchased.figure.date = '2021-07-09' })[0]).toContain('after all its sources were published (novaKosovoPolicy 2021-07-08, a2KosovoRefusal 2021-04-05')
  })

  it('reads the publication date news sites put in an address', () => {
    expect(addressDate('https://zenicainfo.ba/2021/08/06/stiglo-pola-miliona')).toBe('2021-08-06')
    expect(addressDate('https://www.agenzianova.com/a/60ec6bf3b1b4f2.44017405/3523333/2021-07-08/kosovo')).toBe('2021-07-08')
    expect(addressDate('https://en.people.cn/n3/2021/0730/c90000-9878574.html')).toBe('2021-07-30')
    expect(addressDate('https://argumentum.al/lajmi/2021/05/new-supply')).toBe('2021-05')
    expect(addressDate('https://sbunker.org/en/?p=1049')).toBeUndefined()
    expect(addressDate('https://example.org/2021/13/45/not-a-date')).toBeUndefined()
  })
})

describe('sources', () => {
  it('names data/sources.ts and the key for a bad URL, with every place that cites it, and not again at those places', () => {
    expect(broken((_d, s) => { s.zenicaFederation.url = 'http://zenicainfo.ba/2021/08/06/stiglo-pola-miliona-doza-vakcine-sinopharm' })).toEqual([
      'data/sources.ts: source "zenicaFederation", field url: expected an https:// URL\n    cited at:\n      data/vaccines.ts: dataset "vaccines", country BA (Bosnia & Herzegovina), field chinese.shipments[3].sources[0].url',
    ])
  })

  it('lists the fields that copy a source\'s URL among its uses', () => {
    // event.ts writes `url: sources.sbunkerReport.url`: in the module the copies change with the source.
    const [message, ...rest] = broken((d, s) => { s.sbunkerReport.url = d.event.report.url = d.event.plan.qrUrl = 'sbunker.org/publikimet' })
    expect(rest).toEqual([])
    expect(message).toBe([
      'data/sources.ts: source "sbunkerReport", field url: expected an https:// URL',
      '    cited at:',
      '      data/event.ts: dataset "event", field report.url',
      '      data/event.ts: dataset "event", field report.sources[0].url',
      '      data/event.ts: dataset "event", field plan.qrUrl',
    ].join('\n'))
  })

  it('names a source with a missing title once, with its uses', () => {
    const messages = broken((_d, s) => { delete s.jhuLookup.title })
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('data/sources.ts: source "jhuLookup", field title:')
    expect(messages[0]!.match(/data\/countries\.ts: dataset "countries", country \w\w \([^)]+\), field population\.sources\[0\]\.title/g)).toHaveLength(6)
  })

  it('says so when a broken source is cited nowhere', () => {
    expect(broken((_d, s) => { s.spare = { publisher: 'Nobody', title: 'Unused', url: 'ftp://example.org/x', confidence: 'low' } })).toEqual([
      'data/sources.ts: source "spare", field url: expected an https:// URL\n    cited at:\n      nowhere: no fact cites this source',
    ])
  })

  it('refuses two entries with one address', () => {
    expect(broken((_d, s) => { s.rferlSrpskaJuly.url = s.sdSrpskaFirst.url })).toEqual([
      'data/sources.ts: source "rferlSrpskaJuly", field url: the same address as source "sdSrpskaFirst" (by "Srbija Danas" there and "RFE/RL (via naslovi.net)" here): one page is one source, and the "Source:" lines merge sources by address, so one of the two would silently disappear. Keep one entry and point every fact at it\n    cited at:\n      data/vaccines.ts: dataset "vaccines", country BA (Bosnia & Herzegovina), field chinese.shipments[2].sources[0]',
    ])
  })

  it('refuses a source whose address is dated after the review', () => {
    expect(broken((_d, s) => { s.netpressSafeCity.url = 'https://en.netpress.com.mk/2027/03/08/safe-city-system-put-operation-uncertain-will-use/' })).toEqual([
      'data/sources.ts: source "netpressSafeCity", field url: its address is dated 2027-03-08, after the data were last reviewed (plan.dataReviewed in data/event.ts: 2026-11-28): a source read in the review cannot have been published after it. Check the address\n    cited at:\n      data/tech-presence.ts: dataset "tech-presence", country MK (North Macedonia), field cells.security.evidence[0].sources[0]',
    ])
  })

  it('refuses the same source twice in one list', () => {
    expect(broken((d) => { d.vaccines.countries[4].chinese.shipments[1].sources.push(d.vaccines.countries[4].chinese.shipments[1].sources[0]) })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country AL (Albania), field chinese.shipments[1].sources[1]: cites the same source twice (sources[0] and sources[1], "argumentumAlbania"): remove one, or cite the other source meant',
    ])
  })
})

describe('sources in an undated list', () => {
  it('refuses the same source twice where no date is given either', () => {
    expect(broken((d, s) => { d['five-g'].standing[3].sources.push(s.bneUs5gMous) })).toEqual([
      'data/five-g.ts: dataset "five-g", country MK (North Macedonia), field sources[1]: cites the same source twice (sources[0] and sources[1], "bneUs5gMous"): remove one, or cite the other source meant',
    ])
  })
})

describe('countries', () => {
  it('refuses a zero population (it used to surface as "Infinity % of the population")', () => {
    const messages = broken((d) => { d.countries[2].population.value = 0 })
    expect(messages).toEqual([
      'data/countries.ts: dataset "countries", country ME (Montenegro), field population.value: a population of 0 cannot be right: every per-person figure and share divides by it. Give the population the source states',
    ])
    expect(messages.join('\n')).not.toContain('Infinity')
  })

  it('refuses a population typed in thousands, or with a digit too many', () => {
    expect(broken((d) => { d.countries[0].population.value = 8_737 })).toEqual([
      'data/countries.ts: dataset "countries", country RS (Serbia), field population.value: a population of 8,737 is below 100,000 (bounds.population in data/plausibility.ts): was it typed in thousands?',
    ])
    expect(broken((d) => { d.countries[0].population.value = 87_373_700 })).toEqual([
      'data/countries.ts: dataset "countries", country RS (Serbia), field population.value: a population of 87,373,700 is above 20,000,000 (bounds.population in data/plausibility.ts): is a digit too many?',
    ])
  })

  it('refuses two countries with one name or one short name', () => {
    expect(broken((d) => { d.countries[5].name = 'Montenegro' })).toEqual([
      'data/countries.ts: dataset "countries", country XK (Kosovo), field name: "Montenegro" is also the name of ME (Montenegro): two countries with one label cannot be told apart on a chart or in a table',
    ])
    expect(broken((d) => { d.countries[3].shortName = 'bosnia & herz.' })[0]).toContain('field shortName: "bosnia & herz." is also the shortName of BA (Bosnia & Herzegovina)')
  })

  it('refuses two entries with one country code (the schema\'s rule, kept)', () => {
    expect(broken((d) => { d.countries[5].country = 'ME' })).toEqual([
      'data/countries.ts: dataset "countries", country ME (Montenegro), field country: ME is listed twice',
      'data/countries.ts: dataset "countries", field (root): no entry for XK',
    ])
  })
})

describe('vaccines', () => {
  it('refuses a delivery typed in thousands', () => {
    expect(broken((d) => { d.vaccines.countries[4].chinese.shipments[0].doses = 192 })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country AL (Albania), field chinese.shipments[0].doses: a delivery of 192 doses is smaller than any the sources report (BOUNDS.shipmentDoses in data/plausibility.ts: at least 1,000): was it typed in thousands?',
    ])
  })

  it('refuses a list of shipments marked complete when one has no size (a lower bound marked exact)', () => {
    expect(broken((d) => { d.vaccines.countries[2].chinese.purchased = { basis: 'shipments', complete: true, note: 'The purchased batch.' } })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country ME (Montenegro), field chinese.purchased.complete: the list of purchase shipments is marked complete, but the one of 2021-05-01 has no dose count, so their sum is only a lower bound. Set complete: false, or give that shipment\'s size',
    ])
  })

  it('refuses more Chinese doses per person than a two-dose vaccine allows', () => {
    expect(broken((d) => { d.vaccines.countries[0].chinese.purchased.figure.value = 42_000_000 })).toEqual([
      `data/vaccines.ts: dataset "vaccines", country RS (Serbia), field chinese: 42,200,000 Chinese doses bought and donated is 4.83 per person (population 8,737,370), more than ${BOUNDS.chineseDosesPerPerson.max} (BOUNDS.chineseDosesPerPerson in data/plausibility.ts): check the totals here and the population in data/countries.ts`,
    ])
  })

  it('refuses EU-funded doses off by a digit', () => {
    expect(broken((d) => { d.vaccines.countries[2].euFundedPfizer.value = 4_200_000; d.vaccines.euFundedPfizerTotal.value = 651_000 - 42_000 + 4_200_000 })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country ME (Montenegro), field euFundedPfizer.value: 4,200,000 EU-funded doses is 6.69 per person (population 628,062), more than 1 (BOUNDS.euFundedDosesPerPerson in data/plausibility.ts): is a digit too many?',
    ])
  })

  it('refuses more doses administered per person than anyone could have had', () => {
    expect(broken((d) => { d.vaccines.countries[3].coverage.administered.value = 18_296_300 })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country MK (North Macedonia), field coverage.administered.value: 18,296,300 doses administered is 8.78 per person (population 2,083,380), more than 4 (BOUNDS.administeredDosesPerPerson in data/plausibility.ts): is a digit too many?',
    ])
  })

  it('refuses a share of the population over 100 %', () => {
    expect(broken((d) => { d.vaccines.countries[2].coverage.fullyVaccinated.value = 700_000 })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country ME (Montenegro), field coverage.fullyVaccinated.value: 700,000 people fully vaccinated is 111.5 % of the population (628,062); a share cannot exceed 100 %',
    ])
  })

  it('refuses more people fully vaccinated than doses administered', () => {
    expect(broken((d) => { d.vaccines.countries[5].coverage.administered.value = 181_783 })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country XK (Kosovo), field coverage.fullyVaccinated.value: 818,409 people fully vaccinated, but only 181,783 doses administered: everyone fully vaccinated had at least one dose',
    ])
  })
})

describe('figures anywhere', () => {
  it('refuses a lower bound marked exact', () => {
    expect(broken((d) => { d.loans.loans[0].amount.status = 'exact' })).toEqual([
      'data/loans.ts: dataset "loans", country RS (Serbia), field amount.status: marked exact, but its note says "more than": that is a lower bound. Write status: \'atLeast\' (shown as ≥), or correct the note',
    ])
  })

  it('does not take a note that mentions a bound later on for a bound', () => {
    // Belgrade's cameras: "The report's count; activists counted at least 1,200 …" is exact, and passes.
    expect(broken(() => {})).toEqual([])
  })
})

describe('loans and debt', () => {
  it('refuses a loan typed in millions', () => {
    expect(broken((d) => { d.loans.loans[3].amount.value = 574 })).toEqual([
      'data/loans.ts: dataset "loans", country MK (North Macedonia), field amount.value: a state loan of EUR 574 is below 1,000,000 (BOUNDS.loanAmount in data/plausibility.ts): was it typed in millions? Write the full amount (e.g. 943_991_500)',
    ])
  })

  it('refuses public debt given as a fraction, or off by a digit', () => {
    expect(broken((d) => { d.loans.montenegro.publicDebtPercentOfGdp.value = 0.97 })).toEqual([
      'data/loans.ts: dataset "loans", field montenegro.publicDebtPercentOfGdp.value: public debt of 0.97 % of GDP is below 5 % (BOUNDS.publicDebtPercentOfGdp in data/plausibility.ts): it looks like a fraction. Give it in per cent (97 for 0.97)',
    ])
    expect(broken((d) => { d.loans.montenegro.publicDebtPercentOfGdp.value = 970 })[0]).toContain('public debt of 970 % of GDP is above 300 %')
  })
})

describe('technology', () => {
  it('refuses fewer cameras than the locations they are installed at', () => {
    expect(broken((d) => { d['tech-presence'].countries[0].cells.security.figures.cameras.value = 100 })).toEqual([
      'data/tech-presence.ts: dataset "tech-presence", country RS (Serbia), field cells.security.figures.cameras.value: 100 cameras at 800 locations: every location has at least one camera, so there cannot be fewer cameras than locations',
    ])
  })
})
