/**
 * This report's plausibility rules and their bounds: values that pass the schema but cannot be true for vaccines,
 * loans and cameras, or are very likely a slip of the keyboard (a year typed one too low, doses typed in thousands,
 * a share typed as a fraction). The engine's own rules (dates after the review or after the sources, duplicate
 * sources, lower bounds marked exact, populations) run too, with the population bound given here. Every limit is in
 * BOUNDS, with the reason for it: when a true value falls outside one, change the bound here.
 *
 * Also the check across fields of the vaccines dataset: totals against the parts they are said to contain.
 */
import type { DataRule } from 'launch-kit/data/define'
import type { Loans } from './loans.schema'
import type { TechPresence } from './tech-presence.schema'
import type { Vaccines } from './vaccines.schema'
import { walk } from 'launch-kit/data/issues'
import { BOUND_FILE, exactPopulations, fmt, isAfter, known } from 'launch-kit/data/plausibility'
import { chineseTotal, shipmentsOf } from './derive'

/**
 * The limits a reviewer may read and change. Each is wide enough for every true value in the dossier and says why;
 * a value outside one is refused with a message naming the bound, so a true value that falls outside is fixed here.
 */
export const BOUNDS = {
  /** The six have 0.6–8.8 million people (JHU CSSE lookup). Outside this, a population was typed in thousands or with a digit too many. */
  population: { min: 100_000, max: 20_000_000 },
  /** Sinopharm and Sinovac are two-dose vaccines: more than two Chinese doses per resident would vaccinate everyone twice over. */
  chineseDosesPerPerson: { max: 2 },
  /** The EU-funded Pfizer doses were a small top-up (under 0.1 per person); above one per person a figure is off by a digit. */
  euFundedDosesPerPerson: { max: 1 },
  /** By the March 2022 snapshot nobody could have had more than a primary course and two boosters. */
  administeredDosesPerPerson: { max: 4 },
  /** A share of the population, in per cent. */
  fullyVaccinatedShare: { max: 100 },
  /** The smallest delivery the sources report is 30,000 doses; a few hundred means the figure was typed in thousands. */
  shipmentDoses: { min: 1_000 },
  /** A state loan of less than a million (in its own currency) means the amount was typed in millions. */
  loanAmount: { min: 1_000_000 },
  /** Public debt in per cent of GDP: below this it was typed as a fraction (0.97 for 97 %); above, it is off by a digit. */
  publicDebtPercentOfGdp: { min: 5, max: 300 },
  /** Vaccination against COVID-19 began in December 2020: an earlier vaccine date is almost always 2020 typed for 2021. */
  earliestVaccineDate: '2020-12',
} as const

/** The vaccines dataset's totals against the parts they are said to contain. */
export const vaccineTotals: DataRule = (ctx) => {
  const entry = ctx.get<Vaccines>('vaccines')
  if (!entry)
    return
  const vaccines = entry.data
  for (const [i, c] of vaccines.countries.entries()) {
    for (const [kind, field] of [['purchase', 'purchased'], ['donation', 'donatedByChina']] as const) {
      const total = c.chinese[field]
      const listed = shipmentsOf(c, kind)
      const listedSum = listed.reduce((sum, s) => sum + (s.doses ?? 0), 0)
      const here = ['countries', i, 'chinese', field]
      if (total.basis === 'shipments' && listed.length === 0)
        ctx.at(entry, here, `basis is "shipments" but no ${kind} shipment from China is listed`)
      const figure = chineseTotal(c, kind)
      if (total.basis === 'reported' && figure.status === 'exact' && listedSum > figure.value)
        ctx.at(entry, [...here, 'figure', 'value'], `the listed ${kind} shipments add up to ${fmt(listedSum)}, more than the reported total of ${fmt(figure.value)}`)
      if (figure.status !== 'unknown' && figure.alternative && figure.status === 'atLeast' && figure.alternative.status === 'exact' && figure.alternative.value < figure.value)
        ctx.at(entry, [...here, 'figure', 'alternative', 'value'], `the alternative total ${fmt(figure.alternative.value)} is below the lower bound ${fmt(figure.value)}`)
    }
  }
  const allocations = vaccines.countries.map(c => c.euFundedPfizer)
  const total = vaccines.euFundedPfizerTotal
  if (total.status === 'exact' && allocations.every(a => a.status === 'exact')) {
    const sum = allocations.reduce((s, a) => s + (a.status === 'exact' ? a.value : 0), 0)
    if (sum !== total.value)
      ctx.at(entry, ['euFundedPfizerTotal', 'value'], `the country allocations add up to ${fmt(sum)}, not the regional total of ${fmt(total.value)}`)
  }
}

/** Vaccine dates before vaccination began. */
const vaccineDates: DataRule = (ctx) => {
  const vaccines = ctx.get<Vaccines>('vaccines')
  for (const { node, path } of vaccines ? walk(vaccines.data) : []) {
    const { date } = node as { date?: unknown }
    if (vaccines && typeof date === 'string' && isAfter(BOUNDS.earliestVaccineDate, date))
      ctx.at(vaccines, [...path, 'date'], `dated ${date}, before vaccination against COVID-19 began (BOUNDS.earliestVaccineDate in ${BOUND_FILE}: ${BOUNDS.earliestVaccineDate}): was the year mistyped?`)
  }
}

/** Doses per person, shipments typed in thousands, shipment lists marked complete with a size missing. */
const vaccineFigures: DataRule = (ctx) => {
  const vaccines = ctx.get<Vaccines>('vaccines')
  const population = exactPopulations(ctx, BOUNDS.population)
  vaccines?.data.countries.forEach((c, i) => {
    const here = (...path: PropertyKey[]) => ['countries', i, ...path]
    c.chinese.shipments.forEach((s, j) => {
      if (s.doses !== null && s.doses < BOUNDS.shipmentDoses.min)
        ctx.at(vaccines, here('chinese', 'shipments', j, 'doses'), `a delivery of ${fmt(s.doses)} doses is smaller than any the sources report (BOUNDS.shipmentDoses in ${BOUND_FILE}: at least ${fmt(BOUNDS.shipmentDoses.min)}): was it typed in thousands?`)
    })
    for (const [kind, field] of [['purchase', 'purchased'], ['donation', 'donatedByChina']] as const) {
      const total = c.chinese[field]
      const unsized = c.chinese.shipments.findIndex(s => s.kind === kind && s.from === 'China' && s.doses === null)
      if (total.basis === 'shipments' && total.complete && unsized >= 0)
        ctx.at(vaccines, here('chinese', field, 'complete'), `the list of ${kind} shipments is marked complete, but the one of ${c.chinese.shipments[unsized]!.date} has no dose count, so their sum is only a lower bound. Set complete: false, or give that shipment's size`)
    }
    const people = population.get(c.country)
    if (people === undefined)
      return
    const chinese = [chineseTotal(c, 'purchase'), chineseTotal(c, 'donation')].map(known).reduce<number>((sum, v) => sum + (v ?? 0), 0)
    if (chinese / people > BOUNDS.chineseDosesPerPerson.max)
      ctx.at(vaccines, here('chinese'), `${fmt(chinese)} Chinese doses bought and donated is ${fmt(chinese / people)} per person (population ${fmt(people)}), more than ${BOUNDS.chineseDosesPerPerson.max} (BOUNDS.chineseDosesPerPerson in ${BOUND_FILE}): check the totals here and the population in data/countries.ts`)
    const eu = known(c.euFundedPfizer)
    if (eu !== undefined && eu / people > BOUNDS.euFundedDosesPerPerson.max)
      ctx.at(vaccines, here('euFundedPfizer', 'value'), `${fmt(eu)} EU-funded doses is ${fmt(eu / people)} per person (population ${fmt(people)}), more than ${BOUNDS.euFundedDosesPerPerson.max} (BOUNDS.euFundedDosesPerPerson in ${BOUND_FILE}): is a digit too many?`)
    const administered = known(c.coverage.administered)
    if (administered !== undefined && administered / people > BOUNDS.administeredDosesPerPerson.max)
      ctx.at(vaccines, here('coverage', 'administered', 'value'), `${fmt(administered)} doses administered is ${fmt(administered / people)} per person (population ${fmt(people)}), more than ${BOUNDS.administeredDosesPerPerson.max} (BOUNDS.administeredDosesPerPerson in ${BOUND_FILE}): is a digit too many?`)
    const fully = known(c.coverage.fullyVaccinated)
    if (fully !== undefined) {
      const share = (fully / people) * 100
      if (share > BOUNDS.fullyVaccinatedShare.max)
        ctx.at(vaccines, here('coverage', 'fullyVaccinated', 'value'), `${fmt(fully)} people fully vaccinated is ${share.toFixed(1)} % of the population (${fmt(people)}); a share cannot exceed ${BOUNDS.fullyVaccinatedShare.max} %`)
      else if (administered !== undefined && fully > administered)
        ctx.at(vaccines, here('coverage', 'fullyVaccinated', 'value'), `${fmt(fully)} people fully vaccinated, but only ${fmt(administered)} doses administered: everyone fully vaccinated had at least one dose`)
    }
  })
}

/** Loans typed in millions, public debt typed as a fraction or with a digit too many. */
const loanFigures: DataRule = (ctx) => {
  const loans = ctx.get<Loans>('loans')
  if (!loans)
    return
  loans.data.loans.forEach((loan, i) => {
    const amount = known(loan.amount)
    if (amount !== undefined && amount < BOUNDS.loanAmount.min)
      ctx.at(loans, ['loans', i, 'amount', 'value'], `a state loan of ${loan.currency} ${fmt(amount)} is below ${fmt(BOUNDS.loanAmount.min)} (BOUNDS.loanAmount in ${BOUND_FILE}): was it typed in millions? Write the full amount (e.g. 943_991_500)`)
  })
  const debt = known(loans.data.montenegro.publicDebtPercentOfGdp)
  const at = ['montenegro', 'publicDebtPercentOfGdp', 'value']
  if (debt !== undefined && debt < BOUNDS.publicDebtPercentOfGdp.min)
    ctx.at(loans, at, `public debt of ${fmt(debt)} % of GDP is below ${BOUNDS.publicDebtPercentOfGdp.min} % (BOUNDS.publicDebtPercentOfGdp in ${BOUND_FILE}): it looks like a fraction. Give it in per cent (${fmt(debt * 100)} for ${fmt(debt)})`)
  else if (debt !== undefined && debt > BOUNDS.publicDebtPercentOfGdp.max)
    ctx.at(loans, at, `public debt of ${fmt(debt)} % of GDP is above ${BOUNDS.publicDebtPercentOfGdp.max} % (BOUNDS.publicDebtPercentOfGdp in ${BOUND_FILE}): is a digit too many?`)
}

/** Cameras are counted at the places they are installed: never fewer cameras than places. */
const cameras: DataRule = (ctx) => {
  const tech = ctx.get<TechPresence>('tech-presence')
  tech?.data.countries.forEach((c, i) => {
    for (const [cell, value] of Object.entries(c.cells)) {
      const count = value.figures?.cameras ? known(value.figures.cameras) : undefined
      const locations = value.figures?.locations ? known(value.figures.locations) : undefined
      if (count !== undefined && locations !== undefined && count < locations)
        ctx.at(tech, ['countries', i, 'cells', cell, 'figures', 'cameras', 'value'], `${fmt(count)} cameras at ${fmt(locations)} locations: every location has at least one camera, so there cannot be fewer cameras than locations`)
    }
  })
}

export const rules: DataRule[] = [vaccineDates, vaccineFigures, loanFigures, cameras]
