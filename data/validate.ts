/**
 * Runtime validation of every dataset: the zod schemas, then the checks that span fields (totals against their
 * parts, populations against counts). Each problem names the file, the dataset, the country and the field.
 */
import type { Country } from './countries'
import type { Dataset } from './index'
import type { Vaccines } from './vaccines'
import { chineseTotal, shipmentsOf } from './derive'

export interface DataIssue {
  file: string
  dataset: string
  /** e.g. "AL (Albania)", when the problem sits under one country's entry. */
  country?: string
  field: string
  message: string
}

const NAMES: Record<string, string> = { RS: 'Serbia', BA: 'Bosnia and Herzegovina', ME: 'Montenegro', MK: 'North Macedonia', AL: 'Albania', XK: 'Kosovo' }

export function formatIssue(issue: DataIssue): string {
  const where = [`dataset "${issue.dataset}"`, issue.country && `country ${issue.country}`, `field ${issue.field || '(root)'}`].filter(Boolean).join(', ')
  return `${issue.file}: ${where}: ${issue.message}`
}

function countryLabel(code: unknown): string {
  if (Array.isArray(code))
    return code.map(countryLabel).join(', ')
  return typeof code === 'string' && code in NAMES ? `${code} (${NAMES[code]})` : String(code)
}

/** The country (or countries) an entry is about, if it says. */
function countryOf(node: unknown): string | undefined {
  if (!node || typeof node !== 'object')
    return undefined
  const entry = node as { country?: unknown, countries?: unknown }
  if (typeof entry.country === 'string')
    return countryLabel(entry.country)
  if (Array.isArray(entry.countries) && entry.countries.every(c => typeof c === 'string'))
    return countryLabel(entry.countries)
  return undefined
}

/** Splits a zod path into the country it passes through (if any) and the field below it. */
function locate(data: unknown, path: readonly PropertyKey[]): { country?: string, field: string } {
  let node: unknown = data
  let country: string | undefined
  let fieldStart = 0
  path.forEach((key, i) => {
    const here = countryOf(node)
    if (here) {
      country = here
      fieldStart = i
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined
  })
  const last = path.length > 0 ? countryOf(node) : undefined
  if (last) {
    country = last
    fieldStart = path.length
  }
  const field = path.slice(fieldStart).map(k => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[')
  return { country, field }
}

function schemaIssues(entry: Dataset): DataIssue[] {
  const result = entry.schema.safeParse(entry.data)
  if (result.success)
    return []
  return result.error.issues.map(issue => ({ file: entry.file, dataset: entry.id, ...locate(entry.data, issue.path), message: issue.message }))
}

function fmt(n: number): string {
  return n.toLocaleString('en-GB')
}

/** Checks across fields of the vaccines dataset, given valid populations. */
function vaccineIssues(entry: Dataset, vaccines: Vaccines, population: Map<string, number>): DataIssue[] {
  const issues: DataIssue[] = []
  const at = (country: string, field: string, message: string) => issues.push({ file: entry.file, dataset: entry.id, country: countryLabel(country), field, message })

  for (const c of vaccines.countries) {
    for (const [kind, field] of [['purchase', 'chinese.purchased'], ['donation', 'chinese.donatedByChina']] as const) {
      const total = kind === 'purchase' ? c.chinese.purchased : c.chinese.donatedByChina
      const listed = shipmentsOf(c, kind)
      const listedSum = listed.reduce((sum, s) => sum + (s.doses ?? 0), 0)
      if (total.basis === 'shipments' && listed.length === 0)
        at(c.country, field, `basis is "shipments" but no ${kind} shipment from China is listed`)
      const figure = chineseTotal(c, kind)
      if (total.basis === 'reported' && figure.status === 'exact' && listedSum > figure.value)
        at(c.country, `${field}.figure.value`, `the listed ${kind} shipments add up to ${fmt(listedSum)}, more than the reported total of ${fmt(figure.value)}`)
      if (figure.status !== 'unknown' && figure.alternative && figure.status === 'atLeast' && figure.alternative.status === 'exact' && figure.alternative.value < figure.value)
        at(c.country, `${field}.figure.alternative.value`, `the alternative total ${fmt(figure.alternative.value)} is below the lower bound ${fmt(figure.value)}`)
    }
    const people = population.get(c.country)
    const fully = c.coverage.fullyVaccinated
    if (people !== undefined && fully.status !== 'unknown') {
      const share = (fully.value / people) * 100
      if (share > 100)
        at(c.country, 'coverage.fullyVaccinated.value', `${fmt(fully.value)} people fully vaccinated is ${share.toFixed(1)} % of the population (${fmt(people)}); a share cannot exceed 100 %`)
    }
  }

  const allocations = vaccines.countries.map(c => c.euFundedPfizer)
  const total = vaccines.euFundedPfizerTotal
  if (total.status === 'exact' && allocations.every(a => a.status === 'exact')) {
    const sum = allocations.reduce((s, a) => s + (a.status === 'exact' ? a.value : 0), 0)
    if (sum !== total.value)
      issues.push({ file: entry.file, dataset: entry.id, field: 'euFundedPfizerTotal.value', message: `the country allocations add up to ${fmt(sum)}, not the regional total of ${fmt(total.value)}` })
  }
  return issues
}

/** Every problem in the given datasets; an empty list means the data may be rendered. */
export function validateDatasets(list: readonly Dataset[]): DataIssue[] {
  const issues = list.flatMap(schemaIssues)
  if (issues.length > 0)
    return issues

  const byId = new Map(list.map(d => [d.id, d]))
  const countries = byId.get('countries')
  const vaccines = byId.get('vaccines')
  const population = new Map<string, number>()
  for (const c of (countries?.data ?? []) as Country[]) {
    if (c.population.status === 'exact')
      population.set(c.country, c.population.value)
  }
  if (vaccines)
    issues.push(...vaccineIssues(vaccines, vaccines.data as Vaccines, population))
  return issues
}

