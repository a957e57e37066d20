/**
 * This launch's own plausibility rules and BOUNDS (data/plausibility.ts), each on a broken copy of the real data: the
 * copy is made in one structuredClone with data/sources.ts, so facts still point at the very source objects, as they
 * do in the modules. The engine's own rules (dates, sources, countries) are the engine's tests, on its fixture decks.
 */
import type { Dataset } from 'launch-kit/data/define'
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
  it('refuses a vaccine date before vaccination began (2020 typed for 2021)', () => {
    expect(broken((d) => { d.vaccines.countries[0].chinese.shipments[0].date = '2020-01-16' })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country RS (Serbia), field chinese.shipments[0].date: dated 2020-01-16, before vaccination against COVID-19 began (BOUNDS.earliestVaccineDate in data/plausibility.ts: 2020-12): was the year mistyped?',
    ])
  })
})

describe('countries', () => {
  it('refuses a population typed in thousands, or with a digit too many', () => {
    expect(broken((d) => { d.countries[0].population.value = 8_737 })).toEqual([
      'data/countries.ts: dataset "countries", country RS (Serbia), field population.value: a population of 8,737 is below 100,000 (bounds.population in data/plausibility.ts): was it typed in thousands?',
    ])
    expect(broken((d) => { d.countries[0].population.value = 87_373_700 })).toEqual([
      'data/countries.ts: dataset "countries", country RS (Serbia), field population.value: a population of 87,373,700 is above 20,000,000 (bounds.population in data/plausibility.ts): is a digit too many?',
    ])
  })

  it('refuses two entries with one country code (the schema\'s rule, and this launch\'s six of data/codes.ts)', () => {
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
