/**
 * The gate every command passes before it renders anything: all datasets valid, all charts well formed, and the
 * deck (slides.md) naming only charts and layouts that exist, with its time budgets and notes (check.ts).
 * It runs in plain Node, before any build or browser starts.
 */
import { chartBuildProblems, validateCharts, validateLanguages } from '../../charts/check'
import { chartsIn } from '../../charts/registry'
import { eventOf } from '../../data/define'
import { formatIssue, validateData } from '../../data/validate'
import { SLIDES } from '../core/index'
import { checkDeck, sessionOf } from './check'
import { loadLaunchCharts, loadLaunchData } from './load'

export class DataError extends Error {
  override name = 'DataError'
  constructor(readonly problems: string[], where = 'the data') {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where}:\n${problems.map(p => `  • ${p}`).join('\n')}\nFix the file named in each line, then run the command again (npm run check lists them without building).`)
  }
}

/**
 * Loads the launch (its data/index.ts, then its charts/index.ts) and throws a DataError naming file, dataset, country
 * and field (or file, line and slide) for each problem. Afterwards the engine reads the launch through data/launch.ts
 * and charts/launch.ts.
 */
export async function assertValidData(): Promise<void> {
  const data = await loadLaunchData()
  const dataProblems = validateData(data).map(formatIssue)
  if (dataProblems.length > 0)
    throw new DataError(dataProblems)
  // Charts are built from the data as they load, so they are loaded only once the data is known to be valid.
  await loadLaunchCharts()
  const buildProblems = chartBuildProblems()
  if (buildProblems.length > 0)
    throw new DataError(buildProblems, 'the charts')
  const charts = chartsIn()
  const chartProblems = [...validateCharts(charts, data.datasets.map(d => d.id)), ...validateLanguages(chartsIn)]
  const deckProblems = await checkDeck({ chartIds: charts.map(c => c.id), sessionMinutes: sessionOf(SLIDES, eventOf(data)!.plan.sessionMinutes) })
  if (chartProblems.length > 0 || deckProblems.length > 0)
    throw new DataError([...chartProblems, ...deckProblems], chartProblems.length === 0 ? 'the deck' : deckProblems.length === 0 ? 'the data' : 'the data and the deck')
}
