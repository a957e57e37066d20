/**
 * Browser entry of the chart kit's render page (bundled by scripts/kit/bundle.ts). It draws registry charts as
 * complete figures, on a canvas for PNGs and on an SVG-backed context for SVGs, from the same configuration.
 */
import type { ChartConfiguration, ChartTypeRegistry } from 'chart.js'
import type { FigureRequest, KitRenderer } from './protocol'
import { BasicPlatform } from 'chart.js'
import { presetProfile, presets } from '../charts/presets'
import { registerCharts } from '../charts/register'
import { getChart } from '../charts/registry'
import { waitForChartFonts } from './fonts'
import { chartToSvg } from './svg-context'

const Chart = registerCharts()

function figureConfig(request: FigureRequest): ChartConfiguration {
  return getChart(request.id).config(presetProfile(request.preset, { transparent: request.transparent }))
}

function png(request: FigureRequest): string {
  const { width, height, scale } = presets[request.preset]
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  // A CPU-backed canvas (no GPU rasterisation), so the same chart gives the same pixels on every run.
  canvas.getContext('2d', { willReadFrequently: true })
  const config = figureConfig(request)
  // The chart type named: inferred from the union of every registered type (maps included), TypeScript gives up.
  const chart = new Chart<keyof ChartTypeRegistry>(canvas, {
    ...config,
    platform: BasicPlatform,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: scale, events: [] },
  })
  try {
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
  }
  finally {
    chart.destroy()
  }
}

function svg(request: FigureRequest & { fontCss: string }): string {
  const chart = getChart(request.id)
  const { width, height } = presets[request.preset]
  const element = chartToSvg(figureConfig(request), { id: chart.id, width, height, title: chart.title, description: chart.altText, fontCss: request.fontCss })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(element)}\n`
}

const renderer: KitRenderer = { ready: waitForChartFonts, png, svg }
window.chartKit = renderer
