/**
 * The plausibility battery: well-typed values a tired analyst could type that cannot be true (data/plausibility.ts),
 * and problems in a source named where the source is written (data/source-check.ts). For each, in a copy of the
 * project, `npm run check` and `npm run export` exit non-zero with the message, and the earlier export stays
 * byte-identical.
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
    file: 'data/five-g.ts',
    find: 'title: \'Kosovo signs a 5G security memorandum with the US\', date: \'2020-10-23\'',
    replace: 'title: \'Kosovo signs a 5G security memorandum with the US\', date: \'2027-10-23\'',
    expect: ['data/five-g.ts: dataset "five-g", country XK (Kosovo), field date: dated 2027-10-23, after the data were last reviewed (plan.dataReviewed in data/event.ts: 2026-11-28)'],
  },
  {
    name: 'a data-review date in the future',
    file: 'data/event.ts',
    find: 'dataReviewed: \'2026-11-28\',',
    replace: 'dataReviewed: \'2099-11-28\',',
    expect: ['data/event.ts: dataset "event", field plan.dataReviewed: the data are marked as reviewed on 2099-11-28, a day that has not come yet'],
  },
  {
    name: 'a vaccine delivery dated before vaccination began (2020 for 2021)',
    file: 'data/vaccines.ts',
    find: '{ date: \'2021-01-16\', doses: 1_000_000,',
    replace: '{ date: \'2020-01-16\', doses: 1_000_000,',
    expect: ['data/vaccines.ts: dataset "vaccines", country RS (Serbia), field chinese.shipments[0].date: dated 2020-01-16, before vaccination against COVID-19 began (BOUNDS.earliestVaccineDate in data/plausibility.ts: 2020-12)'],
  },
  {
    name: 'a delivery dated after the article that reports it',
    file: 'data/vaccines.ts',
    find: '{ date: \'2021-08-06\', doses: 500_000,',
    replace: '{ date: \'2021-08-16\', doses: 500_000,',
    expect: ['data/vaccines.ts: dataset "vaccines", country BA (Bosnia & Herzegovina), field chinese.shipments[3].date: dated 2021-08-16, after its source was published (zenicaFederation 2021-08-06'],
  },
  // Sources
  {
    name: 'a bad URL, named where the source is written',
    file: 'data/sources.ts',
    find: 'url: \'https://zenicainfo.ba/2021/08/06/stiglo-pola-miliona-doza-vakcine-sinopharm\'',
    replace: 'url: \'http://zenicainfo.ba/2021/08/06/stiglo-pola-miliona-doza-vakcine-sinopharm\'',
    expect: ['• data/sources.ts: source "zenicaFederation", field url: expected an https:// URL\n    cited at:\n      data/vaccines.ts: dataset "vaccines", country BA (Bosnia & Herzegovina), field chinese.shipments[3].sources[0].url'],
    absent: ['• data/vaccines.ts'],
  },
  {
    name: 'a bad URL in a source whose address the event copies',
    file: 'data/sources.ts',
    find: 'url: \'https://sbunker.org/publikimet/beyond-economic-considerations-new-frontiers-of-chinese-influence-in-the-western-balkans\'',
    replace: 'url: \'sbunker.org/publikimet/beyond-economic-considerations\'',
    expect: ['1 problem in the data', '• data/sources.ts: source "sbunkerReport", field url: expected an https:// URL', 'data/event.ts: dataset "event", field report.url', 'data/event.ts: dataset "event", field report.sources[0].url', 'data/event.ts: dataset "event", field plan.qrUrl'],
    absent: ['• data/event.ts'],
  },
  {
    name: 'one address under two publishers',
    file: 'data/sources.ts',
    find: 'url: \'https://naslovi.net/rd/28398173\'',
    replace: 'url: \'https://sd.rs/vesti/region/banjaluka-vakcine-vakcinacija-sinofarm-kina-2021-05-05\'',
    expect: ['data/sources.ts: source "rferlSrpskaJuly", field url: the same address as source "sdSrpskaFirst" (by "Srbija Danas" there and "RFE/RL (via naslovi.net)" here)', 'cited at:\n      data/vaccines.ts: dataset "vaccines", country BA (Bosnia & Herzegovina), field chinese.shipments[2].sources[0]'],
  },
  {
    name: 'a source whose address is dated after the review',
    file: 'data/sources.ts',
    find: 'https://en.netpress.com.mk/2024/03/08/',
    replace: 'https://en.netpress.com.mk/2027/03/08/',
    expect: ['data/sources.ts: source "netpressSafeCity", field url: its address is dated 2027-03-08, after the data were last reviewed'],
  },
  {
    name: 'the same source twice in one list',
    file: 'data/vaccines.ts',
    find: 'sources: [sources.argumentumAlbania] }',
    replace: 'sources: [sources.argumentumAlbania, sources.argumentumAlbania] }',
    expect: ['data/vaccines.ts: dataset "vaccines", country AL (Albania), field chinese.shipments[1].sources[1]: cites the same source twice (sources[0] and sources[1], "argumentumAlbania")'],
  },
  // Countries
  {
    name: 'a population of zero',
    file: 'data/countries.ts',
    find: 'value: 628_062,',
    replace: 'value: 0,',
    expect: ['data/countries.ts: dataset "countries", country ME (Montenegro), field population.value: a population of 0 cannot be right'],
    absent: ['Infinity'],
  },
  {
    name: 'a population typed in thousands',
    file: 'data/countries.ts',
    find: 'value: 8_737_370,',
    replace: 'value: 8_737,',
    expect: ['country RS (Serbia), field population.value: a population of 8,737 is below 100,000 (bounds.population in data/plausibility.ts): was it typed in thousands?'],
  },
  {
    name: 'two countries with one name',
    file: 'data/countries.ts',
    find: '    name: \'Kosovo\',',
    replace: '    name: \'Montenegro\',',
    expect: ['data/countries.ts: dataset "countries", country XK (Kosovo), field name: "Montenegro" is also the name of ME (Montenegro)'],
  },
  {
    name: 'two countries with one code',
    file: 'data/countries.ts',
    find: '    country: \'XK\',',
    replace: '    country: \'ME\',',
    expect: ['data/countries.ts: dataset "countries", country ME (Montenegro), field country: ME is listed twice', 'no entry for XK'],
  },
  // Vaccines
  {
    name: 'a delivery typed in thousands',
    file: 'data/vaccines.ts',
    find: 'doses: 192_000,',
    replace: 'doses: 192,',
    expect: ['country AL (Albania), field chinese.shipments[0].doses: a delivery of 192 doses is smaller than any the sources report (BOUNDS.shipmentDoses in data/plausibility.ts'],
  },
  {
    name: 'shipments marked complete although one has no size',
    file: 'data/vaccines.ts',
    find: '{ date: \'2021-03-03\', doses: 30_000,',
    replace: '{ date: \'2021-03-03\', doses: null,',
    expect: ['country ME (Montenegro), field chinese.donatedByChina.complete: the list of donation shipments is marked complete, but the one of 2021-03-03 has no dose count'],
  },
  {
    name: 'more Chinese doses per person than a two-dose vaccine allows',
    file: 'data/vaccines.ts',
    find: 'value: 4_200_000,',
    replace: 'value: 42_000_000,',
    expect: ['country RS (Serbia), field chinese: 42,200,000 Chinese doses bought and donated is 4.83 per person (population 8,737,370), more than 2 (BOUNDS.chineseDosesPerPerson in data/plausibility.ts)'],
  },
  {
    name: 'EU-funded doses off by a digit',
    file: 'data/vaccines.ts',
    find: 'value: 42_000,',
    replace: 'value: 4_200_000,',
    expect: ['country ME (Montenegro), field euFundedPfizer.value: 4,200,000 EU-funded doses is 6.69 per person'],
  },
  {
    name: 'doses administered off by a digit',
    file: 'data/vaccines.ts',
    find: 'coverage(1_829_630, 834_203)',
    replace: 'coverage(18_296_300, 834_203)',
    expect: ['country MK (North Macedonia), field coverage.administered.value: 18,296,300 doses administered is 8.78 per person'],
  },
  {
    name: 'more people fully vaccinated than doses administered',
    file: 'data/vaccines.ts',
    find: 'coverage(1_817_836, 818_409)',
    replace: 'coverage(181_783, 818_409)',
    expect: ['country XK (Kosovo), field coverage.fullyVaccinated.value: 818,409 people fully vaccinated, but only 181,783 doses administered'],
  },
  // Figures, loans, debt, technology
  {
    name: 'a lower bound marked exact',
    file: 'data/loans.ts',
    find: 'amount: { status: \'atLeast\', value: 7_000_000_000',
    replace: 'amount: { status: \'exact\', value: 7_000_000_000',
    expect: ['data/loans.ts: dataset "loans", country RS (Serbia), field amount.status: marked exact, but its note says "more than": that is a lower bound'],
  },
  {
    name: 'a loan typed in millions',
    file: 'data/loans.ts',
    find: 'value: 574_000_000,',
    replace: 'value: 574,',
    expect: ['country MK (North Macedonia), field amount.value: a state loan of EUR 574 is below 1,000,000 (BOUNDS.loanAmount in data/plausibility.ts): was it typed in millions?'],
  },
  {
    name: 'a percentage typed as a fraction',
    file: 'data/loans.ts',
    find: 'publicDebtPercentOfGdp: { status: \'exact\', value: 97,',
    replace: 'publicDebtPercentOfGdp: { status: \'exact\', value: 0.97,',
    expect: ['data/loans.ts: dataset "loans", field montenegro.publicDebtPercentOfGdp.value: public debt of 0.97 % of GDP is below 5 %', 'it looks like a fraction. Give it in per cent (97 for 0.97)'],
  },
  {
    name: 'fewer cameras than locations',
    file: 'data/tech-presence.ts',
    find: 'cameras: { status: \'exact\', value: 1000,',
    replace: 'cameras: { status: \'exact\', value: 100,',
    expect: ['data/tech-presence.ts: dataset "tech-presence", country RS (Serbia), field cells.security.figures.cameras.value: 100 cameras at 800 locations'],
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
