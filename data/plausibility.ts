/**
 * Plausibility: values that pass the schema (right type, right shape) but cannot be true, or are very likely a
 * slip of the keyboard: a year typed one too low, doses typed in thousands, a share typed as a fraction, a lower
 * bound marked exact. Every rule is here, every limit is in BOUNDS below, and every message says what is wrong in
 * the reader's terms and where to fix it (the file and field, or the bound here when the value is right).
 *
 * Runs after the schema checks pass (validate.ts), so the data have their declared types. Plain Node: no Vue, no
 * Chart.js.
 */
import type { Country } from 'launch-kit/data/countries.schema'
import type { Dataset } from './index'
import type { DataIssue } from 'launch-kit/data/issues'
import type { LaunchEvent } from 'launch-kit/data/event.schema'
import type { Loans } from './loans.schema'
import type { Figure } from 'launch-kit/data/schema'
import type { TechPresence } from './tech-presence.schema'
import type { Vaccines } from './vaccines.schema'
import { chineseTotal } from './derive'
import { countryLabel, locate, walk } from 'launch-kit/data/issues'
import { isIsoDate } from 'launch-kit/data/schema'
import { formatUse, SOURCES_FILE, sourceUses } from 'launch-kit/data/source-check'
import { sources as allSources } from './sources'

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

function fmt(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 })
}

/** True when ISO date `a` is after `b` at the precision both have ('2021-05' is not after '2021-05-27'). */
function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length)
  return a.slice(0, n) > b.slice(0, n)
}

const ADDRESS_DATE = [/\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|$)/, /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//, /\/((?:19|20)\d{2})\/(\d{2})(?=\/)/]

/** The publication date news sites put in their addresses (/2021/05/27/, /2021-07-08/, /2021/0730/, /2021/05/), if any. */
export function addressDate(url: string): string | undefined {
  for (const pattern of ADDRESS_DATE) {
    const match = pattern.exec(url)
    const date = match ? match.slice(1).join('-') : undefined
    if (date && isIsoDate(date))
      return date
  }
  return undefined
}

interface Source { publisher: string, url: string }
const BOUND_FILE = 'data/plausibility.ts'

function known(figure: Figure): number | undefined {
  return figure.status === 'unknown' ? undefined : figure.value
}

/** Every rule, over the datasets given (rules that need a dataset not given are skipped). */
export function plausibilityIssues(list: readonly Dataset[], options: { today?: string, sources?: Readonly<Record<string, unknown>> } = {}): DataIssue[] {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  const entries: Readonly<Record<string, unknown>> = options.sources ?? allSources
  const byId = new Map(list.map(d => [d.id, d]))
  const issues: DataIssue[] = []
  const at = (dataset: Dataset, path: PropertyKey[], message: string) => issues.push({ file: dataset.file, dataset: dataset.id, ...locate(dataset.data, path), message })

  const event = byId.get('event') as Dataset<LaunchEvent> | undefined
  const reviewed = event?.data.plan.dataReviewed
  const reviewedAt = `plan.dataReviewed in ${event?.file}: ${reviewed}`

  // --- Dates ---------------------------------------------------------------------------------------------------
  if (event && reviewed && isAfter(reviewed, today))
    at(event, ['plan', 'dataReviewed'], `the data are marked as reviewed on ${reviewed}, a day that has not come yet (today is ${today}): was the year mistyped?`)

  const keyOfUrl = new Map(Object.entries(entries).map(([key, s]) => [(s as Source).url, key]))
  for (const dataset of list) {
    for (const { node, path } of walk(dataset.data)) {
      const { date, sources } = node as { date?: unknown, sources?: unknown }
      const cited = Array.isArray(sources) ? (sources as Source[]) : []
      // The same source twice in one list: the "Source:" line shows it once, so the second citation adds nothing.
      const seen = new Map<string, number>()
      cited.forEach((s, i) => {
        const first = seen.get(s.url)
        if (first !== undefined)
          at(dataset, [...path, 'sources', i], `cites the same source twice (sources[${first}] and sources[${i}], "${keyOfUrl.get(s.url) ?? s.publisher}"): remove one, or cite the other source meant`)
        seen.set(s.url, i)
      })
      if (typeof date !== 'string')
        continue
      if (reviewed && isAfter(date, reviewed))
        at(dataset, [...path, 'date'], `dated ${date}, after the data were last reviewed (${reviewedAt}): nothing can be known of a day after the review. Correct the date, or review the data again and move plan.dataReviewed`)
      if (dataset.id === 'vaccines' && isAfter(BOUNDS.earliestVaccineDate, date))
        at(dataset, [...path, 'date'], `dated ${date}, before vaccination against COVID-19 began (BOUNDS.earliestVaccineDate in ${BOUND_FILE}: ${BOUNDS.earliestVaccineDate}): was the year mistyped?`)
      // A report cannot describe what happened after it was published: checked where every source's address is dated.
      const published = cited.map(s => addressDate(s.url))
      if (cited.length > 0 && published.every(d => d !== undefined)) {
        const latest = (published as string[]).reduce((a, b) => (b > a ? b : a))
        if (isAfter(date, latest)) {
          const named = cited.map((s, i) => `${keyOfUrl.get(s.url) ?? s.publisher} ${published[i]}`).join(', ')
          at(dataset, [...path, 'date'], `dated ${date}, after ${cited.length === 1 ? 'its source was' : 'all its sources were'} published (${named}, the date in each address in ${SOURCES_FILE}): a source cannot report what happened after it. Check the date against the source`)
        }
      }
    }
  }

  // --- Sources -------------------------------------------------------------------------------------------------
  const uses = sourceUses(list, entries)
  const firstWithUrl = new Map<string, string>()
  for (const [key, value] of Object.entries(entries)) {
    const source = value as Source
    const usedAt = (uses.get(key) ?? []).map(use => formatUse(use))
    const other = firstWithUrl.get(source.url)
    if (other !== undefined) {
      const publishers = [(entries[other] as Source).publisher, source.publisher]
      const whose = publishers[0] === publishers[1] ? `also by "${publishers[0]}"` : `by "${publishers[0]}" there and "${publishers[1]}" here`
      issues.push({ file: SOURCES_FILE, source: key, field: 'url', message: `the same address as source "${other}" (${whose}): one page is one source, and the "Source:" lines merge sources by address, so one of the two would silently disappear. Keep one entry and point every fact at it`, usedAt })
    }
    else {
      firstWithUrl.set(source.url, key)
    }
    const published = addressDate(source.url)
    if (reviewed && published && isAfter(published, reviewed))
      issues.push({ file: SOURCES_FILE, source: key, field: 'url', message: `its address is dated ${published}, after the data were last reviewed (${reviewedAt}): a source read in the review cannot have been published after it. Check the address`, usedAt })
  }

  // --- Countries -----------------------------------------------------------------------------------------------
  const countries = byId.get('countries') as Dataset<Country[]> | undefined
  const population = new Map<string, number>()
  const names = new Map<string, string>()
  countries?.data.forEach((c, i) => {
    const people = known(c.population)
    if (people !== undefined && people <= 0)
      at(countries, [i, 'population', 'value'], `a population of ${fmt(people)} cannot be right: every per-person figure and share divides by it. Give the population the source states`)
    else if (people !== undefined && people < BOUNDS.population.min)
      at(countries, [i, 'population', 'value'], `a population of ${fmt(people)} is below ${fmt(BOUNDS.population.min)} (BOUNDS.population in ${BOUND_FILE}): was it typed in thousands?`)
    else if (people !== undefined && people > BOUNDS.population.max)
      at(countries, [i, 'population', 'value'], `a population of ${fmt(people)} is above ${fmt(BOUNDS.population.max)} (BOUNDS.population in ${BOUND_FILE}): is a digit too many?`)
    else if (people !== undefined && c.population.status === 'exact')
      population.set(c.country, people)
    for (const field of ['name', 'shortName'] as const) {
      const owner = names.get(`${field} ${c[field].toLowerCase()}`)
      if (owner !== undefined)
        at(countries, [i, field], `"${c[field]}" is also the ${field} of ${owner}: two countries with one label cannot be told apart on a chart or in a table`)
      names.set(`${field} ${c[field].toLowerCase()}`, countryLabel(c.country))
    }
  })

  // --- Vaccines ------------------------------------------------------------------------------------------------
  const vaccines = byId.get('vaccines') as Dataset<Vaccines> | undefined
  vaccines?.data.countries.forEach((c, i) => {
    const here = (...path: PropertyKey[]) => ['countries', i, ...path]
    c.chinese.shipments.forEach((s, j) => {
      if (s.doses !== null && s.doses < BOUNDS.shipmentDoses.min)
        at(vaccines, here('chinese', 'shipments', j, 'doses'), `a delivery of ${fmt(s.doses)} doses is smaller than any the sources report (BOUNDS.shipmentDoses in ${BOUND_FILE}: at least ${fmt(BOUNDS.shipmentDoses.min)}): was it typed in thousands?`)
    })
    for (const [kind, field] of [['purchase', 'purchased'], ['donation', 'donatedByChina']] as const) {
      const total = c.chinese[field]
      const unsized = c.chinese.shipments.findIndex(s => s.kind === kind && s.from === 'China' && s.doses === null)
      if (total.basis === 'shipments' && total.complete && unsized >= 0)
        at(vaccines, here('chinese', field, 'complete'), `the list of ${kind} shipments is marked complete, but the one of ${c.chinese.shipments[unsized]!.date} has no dose count, so their sum is only a lower bound. Set complete: false, or give that shipment's size`)
    }
    const people = population.get(c.country)
    if (people === undefined)
      return
    const chinese = [chineseTotal(c, 'purchase'), chineseTotal(c, 'donation')].map(known).reduce<number>((sum, v) => sum + (v ?? 0), 0)
    if (chinese / people > BOUNDS.chineseDosesPerPerson.max)
      at(vaccines, here('chinese'), `${fmt(chinese)} Chinese doses bought and donated is ${fmt(chinese / people)} per person (population ${fmt(people)}), more than ${BOUNDS.chineseDosesPerPerson.max} (BOUNDS.chineseDosesPerPerson in ${BOUND_FILE}): check the totals here and the population in data/countries.ts`)
    const eu = known(c.euFundedPfizer)
    if (eu !== undefined && eu / people > BOUNDS.euFundedDosesPerPerson.max)
      at(vaccines, here('euFundedPfizer', 'value'), `${fmt(eu)} EU-funded doses is ${fmt(eu / people)} per person (population ${fmt(people)}), more than ${BOUNDS.euFundedDosesPerPerson.max} (BOUNDS.euFundedDosesPerPerson in ${BOUND_FILE}): is a digit too many?`)
    const administered = known(c.coverage.administered)
    if (administered !== undefined && administered / people > BOUNDS.administeredDosesPerPerson.max)
      at(vaccines, here('coverage', 'administered', 'value'), `${fmt(administered)} doses administered is ${fmt(administered / people)} per person (population ${fmt(people)}), more than ${BOUNDS.administeredDosesPerPerson.max} (BOUNDS.administeredDosesPerPerson in ${BOUND_FILE}): is a digit too many?`)
    const fully = known(c.coverage.fullyVaccinated)
    if (fully !== undefined) {
      const share = (fully / people) * 100
      if (share > BOUNDS.fullyVaccinatedShare.max)
        at(vaccines, here('coverage', 'fullyVaccinated', 'value'), `${fmt(fully)} people fully vaccinated is ${share.toFixed(1)} % of the population (${fmt(people)}); a share cannot exceed ${BOUNDS.fullyVaccinatedShare.max} %`)
      else if (administered !== undefined && fully > administered)
        at(vaccines, here('coverage', 'fullyVaccinated', 'value'), `${fmt(fully)} people fully vaccinated, but only ${fmt(administered)} doses administered: everyone fully vaccinated had at least one dose`)
    }
  })

  // --- Figures anywhere: a lower bound written as an exact value --------------------------------------------------
  for (const dataset of list) {
    for (const { node, path } of walk(dataset.data)) {
      const { status, note } = node as { status?: unknown, note?: unknown }
      const bound = typeof note === 'string' && status === 'exact' ? /^["'“‘(]*(more than|at least|over|upwards of|no fewer than|≥|>)\s/i.exec(note) : null
      if (bound)
        at(dataset, [...path, 'status'], `marked exact, but its note says "${bound[1]!.toLowerCase()}": that is a lower bound. Write status: 'atLeast' (shown as ≥), or correct the note`)
    }
  }

  // --- Loans and debt --------------------------------------------------------------------------------------------
  const loans = byId.get('loans') as Dataset<Loans> | undefined
  loans?.data.loans.forEach((loan, i) => {
    const amount = known(loan.amount)
    if (amount !== undefined && amount < BOUNDS.loanAmount.min)
      at(loans, ['loans', i, 'amount', 'value'], `a state loan of ${loan.currency} ${fmt(amount)} is below ${fmt(BOUNDS.loanAmount.min)} (BOUNDS.loanAmount in ${BOUND_FILE}): was it typed in millions? Write the full amount (e.g. 943_991_500)`)
  })
  const debt = loans ? known(loans.data.montenegro.publicDebtPercentOfGdp) : undefined
  if (loans && debt !== undefined && debt < BOUNDS.publicDebtPercentOfGdp.min)
    at(loans, ['montenegro', 'publicDebtPercentOfGdp', 'value'], `public debt of ${fmt(debt)} % of GDP is below ${BOUNDS.publicDebtPercentOfGdp.min} % (BOUNDS.publicDebtPercentOfGdp in ${BOUND_FILE}): it looks like a fraction. Give it in per cent (${fmt(debt * 100)} for ${fmt(debt)})`)
  else if (loans && debt !== undefined && debt > BOUNDS.publicDebtPercentOfGdp.max)
    at(loans, ['montenegro', 'publicDebtPercentOfGdp', 'value'], `public debt of ${fmt(debt)} % of GDP is above ${BOUNDS.publicDebtPercentOfGdp.max} % (BOUNDS.publicDebtPercentOfGdp in ${BOUND_FILE}): is a digit too many?`)

  // --- Technology: cameras are counted at the places they are installed -----------------------------------------------
  const tech = byId.get('tech-presence') as Dataset<TechPresence> | undefined
  tech?.data.countries.forEach((c, i) => {
    for (const [cell, value] of Object.entries(c.cells)) {
      const cameras = value.figures?.cameras ? known(value.figures.cameras) : undefined
      const locations = value.figures?.locations ? known(value.figures.locations) : undefined
      if (cameras !== undefined && locations !== undefined && cameras < locations)
        at(tech, ['countries', i, 'cells', cell, 'figures', 'cameras', 'value'], `${fmt(cameras)} cameras at ${fmt(locations)} locations: every location has at least one camera, so there cannot be fewer cameras than locations`)
    }
  })
  return issues
}
