import type { PresetName } from '../../charts/presets'
/**
 * The key of a chart's drawn figures in one language (its PNG presets and its SVG) in the cache (output/cache.ts):
 * everything the render page draws them from. That is the chart as the registry builds it in that language — every
 * word, table cell, note and source, and its Chart.js configuration for each preset, figures included (functions by
 * their source) — the data of the datasets it names, the launch's charts/ folder (definitions and words: a word
 * function reaches a figure only through the configuration's callbacks), the engine and the locked dependencies
 * (engineKey: chart kinds, theme, render page, fonts), the browser's version, the presets and the background.
 * An edit in data/ therefore draws again only the charts whose figures it changes.
 */
import type { ChartDefinition } from '../../charts/types'
import { join } from 'node:path'
import { presetProfile } from '../../charts/presets'
import { launchData } from '../../data/launch'
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
  const datasets = launchData().datasets.filter(d => chart.datasets.includes(d.id)).map(d => [d.id, d.data])
  return `${chart.id}.${chart.lang}-${hashValues({
    format: 1,
    engine: await engineKey(),
    launchCharts: await launchCharts,
    browser: input.browserVersion,
    presets: input.presets,
    transparent: input.transparent,
    chart: words,
    configs: input.presets.map(preset => config(presetProfile(preset, { transparent: input.transparent }))),
    datasets,
  })}`
}
