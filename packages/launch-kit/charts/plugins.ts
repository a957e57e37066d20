/**
 * Small Chart.js plugins the chart kinds share. Each is a plain object (Chart.js's own plugin style), passed inline
 * per chart and configured through `options.plugins.<id>`; the typings join Chart.js's by declaration merging.
 */
import type { Chart, ChartType, Plugin } from 'chart.js'
import type { FigureText } from './types'
import { fonts } from './theme'

export interface TextStyle { size: number, color: string, weight?: 'normal' | 'bold', italic?: boolean }

export interface PaperOptions { color: string | null }
export interface ValueLabelsOptions { labels: string[], style: TextStyle }
export interface RowNotesOptions { notes: { row: number, x: number, text: string, align?: 'left' | 'right' }[], style: TextStyle }
export interface RowConnectorsOptions { datasets: number[], color: string, width: number }
export interface CellLabelsOptions { labels: { text: string, color: string }[], style: Omit<TextStyle, 'color'> }
export interface FigureFrameOptions extends FigureText {
  margin: number
  title: string
  styles: { title: TextStyle, subtitle: TextStyle, source: TextStyle, note: TextStyle }
}

declare module 'chart.js' {
  // Declaration merging: the type parameter must be declared as Chart.js declares it, though these options ignore it.
  // eslint-disable-next-line unused-imports/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    paper?: PaperOptions
    valueLabels?: ValueLabelsOptions
    rowNotes?: RowNotesOptions
    rowConnectors?: RowConnectorsOptions
    cellLabels?: CellLabelsOptions
    figureFrame?: FigureFrameOptions | false
  }
}

export function cssFont(style: Omit<TextStyle, 'color'>): string {
  return `${style.italic ? 'italic ' : ''}${style.weight === 'bold' ? '700' : '400'} ${style.size}px ${fonts.stack}`
}

function setText(ctx: CanvasRenderingContext2D, style: TextStyle, align: CanvasTextAlign = 'left', baseline: CanvasTextBaseline = 'middle'): void {
  ctx.font = cssFont(style)
  ctx.fillStyle = style.color
  ctx.textAlign = align
  ctx.textBaseline = baseline
}

/**
 * Greedy word wrap by measured width, at ordinary spaces only: a no-break space (Albanian "4 200 000", "4,4 mln")
 * keeps its figure on one line.
 */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line)
      line = word
    }
    else {
      line = next
    }
  }
  if (line)
    lines.push(line)
  return lines
}

/** Fills the canvas with the paper colour before drawing, so PNGs and PDFs are not transparent by accident. */
export const paperPlugin: Plugin = {
  id: 'paper',
  beforeDraw(chart, _args, options: PaperOptions) {
    if (!options.color)
      return
    const { ctx } = chart
    ctx.save()
    ctx.fillStyle = options.color
    ctx.fillRect(0, 0, chart.width, chart.height)
    ctx.restore()
  },
}

/** Writes one label per category at the end of its (stacked) bar: "4.4 m", "≥ 252k", "no data". */
export const valueLabelsPlugin: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options: ValueLabelsOptions) {
    const { ctx, chartArea } = chart
    const xScale = chart.scales.x
    if (!xScale)
      return
    ctx.save()
    setText(ctx, options.style)
    options.labels.forEach((text, index) => {
      let end = xScale.getPixelForValue(0)
      let y: number | undefined
      chart.data.datasets.forEach((_dataset, di) => {
        const meta = chart.getDatasetMeta(di)
        if (meta.hidden)
          return
        const bar = meta.data[index] as unknown as { x: number, y: number } | undefined
        if (!bar)
          return
        y = bar.y
        const value = chart.data.datasets[di]?.data[index]
        if (typeof value === 'number' && Number.isFinite(value))
          end = Math.max(end, bar.x)
      })
      if (y === undefined)
        return
      const x = Math.min(end + 8, chartArea.right - ctx.measureText(text).width)
      ctx.fillText(text, x, y)
    })
    ctx.restore()
  },
}

/**
 * Grouped bars: one label per bar, at its end (`labels` indexed dataset-major: dataset × category). A missing
 * value has no bar, so its slot is computed the way Chart.js places grouped bars (category width × percentage,
 * split evenly between the datasets) and the label sits at the axis.
 */
export const barEndLabelsPlugin: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options: ValueLabelsOptions) {
    const { ctx, chartArea } = chart
    const xScale = chart.scales.x
    const yScale = chart.scales.y
    const categories = chart.data.labels?.length ?? 0
    if (!xScale || !yScale || categories === 0)
      return
    const visible = chart.data.datasets.map((_d, di) => di).filter(di => !chart.getDatasetMeta(di).hidden)
    const band = (yScale.bottom - yScale.top) / categories
    ctx.save()
    setText(ctx, options.style)
    // Labels sit on neighbouring bars; where two would touch (thin bars, long words), the later one moves right,
    // past the earlier one, so every figure stays readable.
    const placed: { left: number, right: number, top: number, bottom: number }[] = []
    const half = options.style.size * 0.5
    visible.forEach((di, slot) => {
      const dataset = chart.data.datasets[di]!
      const share = (dataset as { categoryPercentage?: number }).categoryPercentage ?? 0.8
      for (let index = 0; index < categories; index++) {
        const text = options.labels[di * categories + index]
        if (!text)
          continue
        const value = dataset.data[index]
        const known = typeof value === 'number' && Number.isFinite(value)
        const size = band * share
        const y = yScale.getPixelForValue(index) - size / 2 + (size / visible.length) * (slot + 0.5)
        const width = ctx.measureText(text).width
        let x = (known ? xScale.getPixelForValue(value) : xScale.getPixelForValue(0)) + 8
        for (const box of [...placed].sort((a, b) => a.left - b.left)) {
          if (y - half < box.bottom && y + half > box.top && x < box.right + 8 && x + width > box.left)
            x = box.right + 8
        }
        x = Math.min(x, chartArea.right - width)
        placed.push({ left: x, right: x + width, top: y - half, bottom: y + half })
        ctx.fillText(text, x, y)
      }
    })
    ctx.restore()
  },
}

/** Text placed on a row at a data x (e.g. "none by 1 Apr 2021", "no ferry"). */
export const rowNotesPlugin: Plugin = {
  id: 'rowNotes',
  afterDatasetsDraw(chart, _args, options: RowNotesOptions) {
    const { ctx } = chart
    const xScale = chart.scales.x
    const yScale = chart.scales.y
    if (!xScale || !yScale)
      return
    ctx.save()
    for (const note of options.notes) {
      setText(ctx, options.style, note.align ?? 'left')
      const x = xScale.getPixelForValue(note.x) + (note.align === 'right' ? -14 : 14)
      ctx.fillText(note.text, x, yScale.getPixelForValue(note.row))
    }
    ctx.restore()
  },
}

/** Joins the points of one row across the given datasets: a dumbbell chart. */
export const rowConnectorsPlugin: Plugin = {
  id: 'rowConnectors',
  beforeDatasetsDraw(chart, _args, options: RowConnectorsOptions) {
    const rows = new Map<number, number[]>()
    for (const di of options.datasets) {
      const meta = chart.getDatasetMeta(di)
      meta.data.forEach((el) => {
        const point = el as unknown as { x: number, y: number, skip?: boolean }
        if (point.skip || !Number.isFinite(point.x))
          return
        const key = Math.round(point.y)
        rows.set(key, [...(rows.get(key) ?? []), point.x])
      })
    }
    const { ctx } = chart
    ctx.save()
    ctx.strokeStyle = options.color
    ctx.lineWidth = options.width
    for (const [y, xs] of rows) {
      if (xs.length < 2)
        continue
      ctx.beginPath()
      ctx.moveTo(Math.min(...xs), y)
      ctx.lineTo(Math.max(...xs), y)
      ctx.stroke()
    }
    ctx.restore()
  },
}

/** Writes each matrix cell's label in its centre. */
export const cellLabelsPlugin: Plugin = {
  id: 'cellLabels',
  afterDatasetsDraw(chart, _args, options: CellLabelsOptions) {
    const { ctx } = chart
    const meta = chart.getDatasetMeta(0)
    ctx.save()
    meta.data.forEach((element, index) => {
      const label = options.labels[index]
      const cell = element as unknown as { x: number, y: number, width: number, height: number }
      if (!label)
        return
      setText(ctx, { ...options.style, color: label.color }, 'center')
      ctx.fillText(label.text, cell.x + cell.width / 2, cell.y + cell.height / 2)
    })
    ctx.restore()
  },
}

interface FrameLines { header: { text: string, style: TextStyle }[], footer: { text: string, style: TextStyle }[] }
const frames = new WeakMap<Chart, FrameLines>()

function lineHeight(style: TextStyle): number {
  return Math.round(style.size * 1.3)
}

/**
 * Disabled with `figureFrame: false` (Chart.js then skips the hooks).
 * Draws the figure's title, subtitle, source line and notes on the canvas, reserving room for them through the
 * layout padding, so one canvas (PNG, or SVG through an SVG-backed context) is a complete published figure.
 */
export const figureFramePlugin: Plugin = {
  id: 'figureFrame',
  beforeLayout(chart, _args, options: FigureFrameOptions) {
    const { ctx } = chart
    const width = chart.width - options.margin * 2
    const wrap = (text: string, style: TextStyle) => {
      ctx.font = cssFont(style)
      return wrapText(ctx, text, width).map(line => ({ text: line, style }))
    }
    const header = [...wrap(options.title, options.styles.title), ...wrap(options.subtitle, options.styles.subtitle)]
    const footer = [...wrap(options.source, options.styles.source), ...options.notes.flatMap(note => wrap(note, options.styles.note))]
    frames.set(chart, { header, footer })
    const top = options.margin + header.reduce((h, l) => h + lineHeight(l.style), 0) + options.margin / 2
    const bottom = options.margin + footer.reduce((h, l) => h + lineHeight(l.style), 0) + options.margin / 2
    chart.options.layout = { ...chart.options.layout, padding: { top, bottom, left: options.margin, right: options.margin } }
  },
  afterDraw(chart, _args, options: FigureFrameOptions) {
    const lines = frames.get(chart)
    if (!lines)
      return
    const { ctx } = chart
    ctx.save()
    let y = options.margin
    for (const line of lines.header) {
      setText(ctx, line.style, 'left', 'top')
      ctx.fillText(line.text, options.margin, y)
      y += lineHeight(line.style)
    }
    y = chart.height - options.margin - lines.footer.reduce((h, l) => h + lineHeight(l.style), 0)
    for (const line of lines.footer) {
      setText(ctx, line.style, 'left', 'top')
      ctx.fillText(line.text, options.margin, y)
      y += lineHeight(line.style)
    }
    ctx.restore()
  },
}
