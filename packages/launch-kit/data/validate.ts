/**
 * Runtime validation of every dataset: the sources where they are written (source-check.ts), the zod schemas, then
 * the checks that span fields (totals against their parts) and the plausibility rules (plausibility.ts). Each
 * problem names the file, the dataset (or source), the country and the field.
 */
import type { Dataset } from '../../../data/index'
import type { DataIssue } from './issues'
import type { Vaccines } from '../../../data/vaccines'
import { chineseTotal, shipmentsOf } from '../../../data/derive'
import { countryLabel, locate } from './issues'
import { plausibilityIssues } from '../../../data/plausibility'
import { checkSources } from './source-check'

export type { DataIssue } from './issues'
export { formatIssue } from './issues'

/** The schema's problems, each with its path so validateDatasets can leave out those a source problem explains. */
function schemaIssues(entry: Dataset): (DataIssue & { path: PropertyKey[] })[] {
  const result = entry.schema.safeParse(entry.data)
  if (result.success)
    return []
  return result.error.issues.map(issue => ({ file: entry.file, dataset: entry.id, ...locate(entry.data, issue.path), message: issue.message, path: issue.path }))
}

function fmt(n: number): string {
  return n.toLocaleString('en-GB')
}

/** Checks across fields of the vaccines dataset: totals against the parts they are said to contain. */
function vaccineIssues(entry: Dataset, vaccines: Vaccines): DataIssue[] {
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

export interface ValidateOptions {
  /** The entries of data/sources.ts (default: the module's); tests pass a broken copy. */
  sources?: Readonly<Record<string, unknown>>
  /** Today as YYYY-MM-DD (default: the clock's, in UTC), for the rule that the review cannot be in the future. */
  today?: string
}

/** Every problem in the given datasets; an empty list means the data may be rendered. */
export function validateDatasets(list: readonly Dataset[], options: ValidateOptions = {}): DataIssue[] {
  // A bad source is reported once, in data/sources.ts, not again at every fact that cites it.
  const sources = checkSources(list, options.sources)
  const issues = [...sources.issues, ...list.flatMap(entry => schemaIssues(entry)
    .filter(issue => !sources.covers(entry, issue.path))
    .map(({ path: _path, ...issue }) => issue))]
  if (issues.length > 0)
    return issues

  const vaccines = list.find(d => d.id === 'vaccines')
  if (vaccines)
    issues.push(...vaccineIssues(vaccines, vaccines.data as Vaccines))
  return [...issues, ...plausibilityIssues(list, options)]
}
