/**
 * Checks a chart registry is well formed: ids, dataset references, and that every table and every Chart.js
 * dataset has one value per label. Messages name the chart file and what to fix.
 */
import type { ChartDefinition } from './types'
import { profiles } from './types'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateCharts(list: readonly ChartDefinition[], datasetIds: readonly string[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const chart of list) {
    const where = `charts/definitions/${chart.id}.ts: chart "${chart.id}"`
    if (!KEBAB.test(chart.id))
      problems.push(`${where}: the id must be kebab-case`)
    if (seen.has(chart.id))
      problems.push(`${where}: duplicate id`)
    seen.add(chart.id)
    for (const id of chart.datasets) {
      if (!datasetIds.includes(id))
        problems.push(`${where}, field datasets: refers to dataset "${id}", which does not exist (known: ${datasetIds.join(', ')})`)
    }
    const width = chart.table.columns.length
    for (const row of chart.table.rows) {
      if (row.cells.length + 1 !== width)
        problems.push(`${where}, table row "${row.label}": ${row.cells.length} values for ${width - 1} columns`)
    }
    const config = chart.config(profiles.print)
    const labels = config.data.labels
    config.data.datasets.forEach((dataset, i) => {
      if (labels && dataset.data.length !== labels.length)
        problems.push(`${where}, series ${i + 1} ("${dataset.label}"): ${dataset.data.length} values for ${labels.length} labels`)
    })
    if (chart.sources.length === 0)
      problems.push(`${where}: no sources`)
  }
  return problems
}
