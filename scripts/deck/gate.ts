/**
 * The gate every command passes before it renders anything: all datasets valid, all charts well formed.
 * It runs in plain Node, before any build or browser starts.
 */
import { validateCharts } from '../../charts/check'
import { datasets } from '../../data/index'
import { formatIssue, validateDatasets } from '../../data/validate'

export class DataError extends Error {
  override name = 'DataError'
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the data:\n${problems.map(p => `  • ${p}`).join('\n')}\nFix the file named in each line, then run the command again (npm run check lists them without building).`)
  }
}

/** Throws a DataError naming file, dataset, country and field for each problem. */
export async function assertValidData(): Promise<void> {
  const dataProblems = validateDatasets(datasets).map(formatIssue)
  if (dataProblems.length > 0)
    throw new DataError(dataProblems)
  // Charts are built from the data at import time, so they are loaded only once the data is known to be valid.
  const { charts } = await import('../../charts/registry')
  const chartProblems = validateCharts(charts, datasets.map(d => d.id))
  if (chartProblems.length > 0)
    throw new DataError(chartProblems)
}
