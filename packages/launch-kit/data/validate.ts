/**
 * Runtime validation of a launch's data: the sources where they are written (source-check.ts), the zod schemas, then
 * the rules that span fields — the engine's plausibility rules (plausibility.ts) and the launch's own checks and
 * rules (its data/index.ts `checks` and `rules`). Each problem names the file, the dataset (or source), the country and the field.
 */
import type { Dataset, LaunchData, RuleContext } from './define'
import type { DataIssue } from './issues'
import { locate } from './issues'
import { engineRules } from './plausibility'
import { checkSources } from './source-check'

export type { DataIssue } from './issues'
export { formatIssue } from './issues'

/** The datasets every launch has, with the engine's schemas (define.ts). */
const REQUIRED = ['countries', 'event']

/** The schema's problems, each with its path so validateData can leave out those a source problem explains. */
function schemaIssues(entry: Dataset): (DataIssue & { path: PropertyKey[] })[] {
  const result = entry.schema.safeParse(entry.data)
  if (result.success)
    return []
  return result.error.issues.map(issue => ({ file: entry.file, dataset: entry.id, ...locate(entry.data, issue.path), message: issue.message, path: issue.path }))
}

export interface ValidateOptions {
  /** Today as YYYY-MM-DD (default: the clock's, in UTC), for the rule that the review cannot be in the future. */
  today?: string
}

/** Every problem in a launch's data; an empty list means the data may be rendered. */
export function validateData(data: LaunchData, options: ValidateOptions = {}): DataIssue[] {
  const missing = REQUIRED.filter(id => !data.datasets.some(d => d.id === id))
    .map(id => ({ file: 'data/index.ts', dataset: id, field: '', message: `no dataset "${id}": every launch lists its ${id} (data/${id}.ts) in data/index.ts` }))
  return missing.length > 0 ? missing : validateDatasets(data.datasets, data, options)
}

/**
 * The problems of some of a launch's datasets (all of them in validateData), checked against its sources, with its
 * checks and rules: a test can look at one dataset, or at a broken copy of the launch's sources.
 */
export function validateDatasets(list: readonly Dataset[], launch: Omit<LaunchData, 'datasets' | 'sources'> & { sources: Readonly<Record<string, unknown>> }, options: ValidateOptions = {}): DataIssue[] {
  // A bad source is reported once, in data/sources.ts, not again at every fact that cites it.
  const sources = checkSources(list, launch.sources)
  const issues: DataIssue[] = [...sources.issues, ...list.flatMap(entry => schemaIssues(entry)
    .filter(issue => !sources.covers(entry, issue.path))
    .map(({ path: _path, ...issue }) => issue))]
  if (issues.length > 0)
    return issues

  const ctx: RuleContext = {
    datasets: list,
    get: <T>(id: string) => list.find(d => d.id === id) as Dataset<T> | undefined,
    sources: launch.sources,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    at: (dataset, path, message) => issues.push({ file: dataset.file, dataset: dataset.id, ...locate(dataset.data, path), message }),
    report: issue => issues.push(issue),
  }
  // Totals against their parts first, as a reader fixes a broken total before a figure that only looks odd.
  for (const rule of [...(launch.checks ?? []), ...engineRules(launch.bounds), ...(launch.rules ?? [])])
    rule(ctx)
  return issues
}
