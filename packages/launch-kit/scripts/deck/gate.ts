/**
 * The gate every command passes before it renders anything: all datasets valid, all charts well formed, and the
 * deck (slides.md) naming only charts and layouts that exist, with its time budgets and notes (check.ts).
 * It runs in plain Node, before any build or browser starts.
 */
import { validateCharts, validateLanguages } from '../../charts/check'
import { datasets, event } from '../../../../data/index'
import { formatIssue, validateDatasets } from '../../data/validate'
import { SLIDES } from '../core/index'
import { checkDeck, sessionOf } from './check'

export class DataError extends Error {
  override name = 'DataError'
  constructor(readonly problems: string[], where = 'the data') {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where}:\n${problems.map(p => `  • ${p}`).join('\n')}\nFix the file named in each line, then run the command again (npm run check lists them without building).`)
  }
}

/** Throws a DataError naming file, dataset, country and field (or file, line and slide) for each problem. */
export async function assertValidData(): Promise<void> {
  const dataProblems = validateDatasets(datasets).map(formatIssue)
  if (dataProblems.length > 0)
    throw new DataError(dataProblems)
  // Charts are built from the data at import time, so they are loaded only once the data is known to be valid.
  const { charts, chartsIn } = await import('../../../../charts/registry')
  const chartProblems = [...validateCharts(charts, datasets.map(d => d.id)), ...validateLanguages(chartsIn)]
  const deckProblems = await checkDeck({ chartIds: charts.map(c => c.id), sessionMinutes: sessionOf(SLIDES, event.plan.sessionMinutes) })
  if (chartProblems.length > 0 || deckProblems.length > 0)
    throw new DataError([...chartProblems, ...deckProblems], chartProblems.length === 0 ? 'the deck' : deckProblems.length === 0 ? 'the data' : 'the data and the deck')
}
