import type { ChartConfiguration, ChartTypeRegistry } from 'chart.js'
import type { Box, FigureRequest, FitSample, KitRenderer } from './protocol'
import { BasicPlatform } from 'chart.js'
import { ensureIntl } from '../charts/i18n/intl-ready'
import { presetProfile, presets } from '../charts/presets'
import { registerCharts } from '../charts/register'
import { getChart } from '../charts/registry'
import { waitForChartFonts } from './fonts'
import { chartToSvg } from './svg-context'
/**
 * Browser entry of the chart kit's render page (bundled by scripts/kit/bundle.ts). It draws registry charts as
 * complete figures, on a canvas for PNGs and on an SVG-backed context for SVGs, from the same configuration.
 */
import '../client/launch'

const Chart = registerCharts()

function figureConfig(request: FigureRequest): ChartConfiguration {
  return getChart(request.id, request.lang).config(presetProfile(request.preset, { transparent: request.transparent }))
}

/** Draws the figure on a canvas at the preset's size and scale and hands the chart and canvas to `use`. */
function drawn<T>(request: FigureRequest, use: (chart: InstanceType<typeof Chart>, canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D) => T, before?: (ctx: CanvasRenderingContext2D) => void): T {
  const { width, height, scale } = presets[request.preset]
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  // A CPU-backed canvas (no GPU rasterisation), so the same chart gives the same pixels on every run.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  before?.(ctx)
  const config = figureConfig(request)
  // The chart type named: inferred from the union of every registered type (maps included), TypeScript gives up.
  const chart = new Chart<keyof ChartTypeRegistry>(canvas, {
    ...config,
    platform: BasicPlatform,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: scale, events: [] },
  })
  try {
    return use(chart, canvas, ctx)
  }
  finally {
    chart.destroy()
  }
}

/** The bounds of `text` drawn at (x, y) with the context's current font, alignment, baseline and transform, in CSS px. */
function textBox(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, scale: number): Box {
  const m = ctx.measureText(text)
  const t = ctx.getTransform()
  // The actual bounding box is measured from the alignment point, for the current textAlign and textBaseline.
  const [l, tp, r, b] = [x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent, x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent]
  const points = [[l, tp], [r, tp], [l, b], [r, b]].map(([px, py]) => new DOMPoint(px, py).matrixTransform(t))
  const xs = points.map(p => p.x / scale)
  const ys = points.map(p => p.y / scale)
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) }
}

function png(request: FigureRequest): { base64: string, fit: FitSample } {
  const { width, height, scale } = presets[request.preset]
  const texts: FitSample['texts'] = []
  return drawn(request, (chart, canvas) => {
    const cells = (chart.config as { type?: string }).type === 'matrix'
      ? chart.getDatasetMeta(0).data.map((el) => {
          const c = el as unknown as { x: number, y: number, width: number, height: number }
          return { left: c.x, top: c.y, right: c.x + c.width, bottom: c.y + c.height }
        })
      : []
    return { base64: canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''), fit: { width, height, texts, cells } }
  }, (ctx) => {
    // Every string Chart.js and the plugins draw goes through fillText: record where its glyphs land.
    const fillText = ctx.fillText.bind(ctx)
    ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
      if (text.trim())
        texts.push({ text, ...textBox(ctx, text, x, y, scale) })
      fillText(text, x, y, maxWidth)
    }
  })
}

function svg(request: FigureRequest & { fontCss: string }): string {
  const chart = getChart(request.id, request.lang)
  const { width, height } = presets[request.preset]
  const element = chartToSvg(figureConfig(request), { id: chart.id, width, height, title: chart.title, description: chart.altText, fontCss: request.fontCss })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(element)}\n`
}

async function ready(): Promise<void> {
  await ensureIntl()
  await waitForChartFonts()
}

const renderer: KitRenderer = { ready, png, svg }
window.chartKit = renderer
