/**
 * The handout's closing list: every source the charts and the data cite, once each (by URL), sorted by publisher.
 * Sources sit at many depths in data/ (figures, shipments, milestones, the event), so the datasets are walked and
 * anything that is a valid Source (data/schema.ts) is collected.
 */
import type { ChartDefinition } from '../../charts/types'
import type { Source } from '../../data/schema'
import { sourceSchema } from '../../data/schema'

function walk(node: unknown, found: Source[]): void {
  if (Array.isArray(node)) {
    for (const item of node)
      walk(item, found)
    return
  }
  if (!node || typeof node !== 'object')
    return
  const asSource = sourceSchema.safeParse(node)
  if (asSource.success) {
    found.push(asSource.data)
    return
  }
  for (const value of Object.values(node))
    walk(value, found)
}

/** Sources of the given charts and datasets, deduplicated by URL, sorted by publisher then title. */
export function collectSources(charts: readonly ChartDefinition[], data: readonly unknown[]): Source[] {
  const found: Source[] = []
  for (const chart of charts)
    walk(chart.sources, found)
  for (const item of data)
    walk(item, found)
  const byUrl = new Map<string, Source>()
  for (const source of found) {
    if (!byUrl.has(source.url))
      byUrl.set(source.url, source)
  }
  return [...byUrl.values()].sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'))
}
