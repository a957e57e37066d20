/**
 * `getChart` of another launch folder (a test's edited copy of a launch), without handing that launch to the engine
 * for good: its charts are provided for the one call, then the launch the tests run on again.
 */
import type { LaunchCharts } from 'launch-kit/charts/launch'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchCharts, provideCharts } from 'launch-kit/charts/launch'
import { getChart } from 'launch-kit/charts/registry'

export async function chartsAt(root: string): Promise<typeof getChart> {
  const copy = (await import(pathToFileURL(join(root, 'charts', 'index.ts')).href) as { default: LaunchCharts }).default
  return (id, lang) => {
    const own = launchCharts()
    provideCharts(copy)
    try {
      return getChart(id, lang)
    }
    finally {
      provideCharts(own)
    }
  }
}
