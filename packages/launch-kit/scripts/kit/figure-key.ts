import type { PresetName } from '../../charts/presets'
/**
 * The key of a chart's drawn figures in one language (its PNG presets and its SVG) in the cache (output/cache.ts):
 * everything the render page draws them from. That is the chart as the registry builds it from data/ in that
 * language — every word, note and source, its table (each value as plotted, with its status) and its Chart.js
 * configuration for each preset (the values again, and its callbacks by their source) — plus the launch's charts/
 * folder (definitions and words: a word function reaches a figure only through those callbacks), the engine and the
 * locked dependencies (engineKey: chart kinds, theme, render page, fonts), the browser, the presets and the
 * background. Data reaches a figure only as those tables and configurations, so an edit in data/ draws again exactly
 * the charts whose figures it changes, and reuses the rest.
 */
import type { ChartDefinition } from '../../charts/types'
import { join } from 'node:path'
import { presetProfile } from '../../charts/presets'
import { ROOT } from '../core/index'
import { engineKey, hashTree, hashValues } from '../output/index'

export interface FigureKeyInput {
  presets: readonly PresetName[]
  transparent: boolean
  browserVersion: string
}

let launchCharts: Promise<string> | undefined

export async function figureKey(chart: ChartDefinition, input: FigureKeyInput): Promise<string> {
  launchCharts ??= hashTree(join(ROOT, 'charts'))
  const { config, ...words } = chart
  return `${chart.id}.${chart.lang}-${hashValues({
    format: 1,
    engine: await engineKey(),
    launchCharts: await launchCharts,
    browser: input.browserVersion,
    presets: input.presets,
    transparent: input.transparent,
    chart: words,
    configs: input.presets.map(preset => config(presetProfile(preset, { transparent: input.transparent }))),
  })}`
}
