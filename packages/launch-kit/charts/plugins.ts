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
/** `x` is where a note starts (the row's last event); `from`, the row's first event, bounds it when it goes left. */
export interface RowNotesOptions { notes: { row: number, x: number, from?: number, text: string }[], style: TextStyle }
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

/** The text on one line if it fits in `room`, else wrapped at spaces to fit (a word longer than `room` stays whole). */
function fitLines(ctx: CanvasRenderingContext2D, text: string, room: number): string[] {
  return ctx.measureText(text).width <= room ? [text] : wrapText(ctx, text, Math.max(room, 1))
}

function widest(ctx: CanvasRenderingContext2D, lines: readonly string[]): number {
  return Math.max(0, ...lines.map(line => ctx.measureText(line).width))
}

/** Line height of wrapped labels, as a multiple of their size. */
const LABEL_LEADING = 1.15

/** Draws `lines` as a block centred vertically on `y` (the context's baseline is 'middle'). */
function fillLines(ctx: CanvasRenderingContext2D, lines: readonly string[], x: number, y: number, size: number): void {
  const step = size * LABEL_LEADING
  lines.forEach((line, i) => ctx.fillText(line, x, y + (i - (lines.length - 1) / 2) * step))
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
      // In a narrow frame a long label wraps into the room left of the plot's edge instead of running off it.
      const lines = fitLines(ctx, text, chartArea.right - end - 8)
      fillLines(ctx, lines, Math.min(end + 8, chartArea.right - widest(ctx, lines)), y, options.style.size)
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
        let x = (known ? xScale.getPixelForValue(value) : xScale.getPixelForValue(0)) + 8
        // In a narrow frame a long label wraps into the room left of the plot's edge instead of running off it.
        const lines = fitLines(ctx, text, chartArea.right - x)
        const width = widest(ctx, lines)
        const half = options.style.size * (0.5 + (lines.length - 1) * LABEL_LEADING / 2)
        for (const box of [...placed].sort((a, b) => a.left - b.left)) {
          if (y - half < box.bottom && y + half > box.top && x < box.right + 8 && x + width > box.left)
            x = box.right + 8
        }
        x = Math.min(x, chartArea.right - width)
        placed.push({ left: x, right: x + width, top: y - half, bottom: y + half })
        fillLines(ctx, lines, x, y, options.style.size)
      }
    })
    ctx.restore()
  },
}

/** The smallest share of its size a wrapped row note may shrink to. */
const MIN_NOTE_TEXT = 0.8

/**
 * Text placed on a row after its last event (e.g. "none by 1 Apr 2021", "no delivery"). Where the plot's
 * edge leaves too little room (a phone-wide frame) it goes before the row's first event if it fits there, else it
 * wraps on whichever side has more room.
 */
export const rowNotesPlugin: Plugin = {
  id: 'rowNotes',
  afterDatasetsDraw(chart, _args, options: RowNotesOptions) {
    const { ctx, chartArea } = chart
    const xScale = chart.scales.x
    const yScale = chart.scales.y
    if (!xScale || !yScale)
      return
    const gap = 14
    // A wrapped note keeps to its row's band: it shrinks (to MIN_NOTE_TEXT of its size) rather than reach the next row.
    const band = options.notes.length > 0 ? Math.abs(yScale.getPixelForValue(1) - yScale.getPixelForValue(0)) : 0
    ctx.save()
    for (const note of options.notes) {
      const after = xScale.getPixelForValue(note.x) + gap
      const before = xScale.getPixelForValue(note.from ?? note.x) - gap
      const right = chartArea.right - after
      const left = before - chartArea.left
      let size = options.style.size
      const place = () => {
        setText(ctx, { ...options.style, size })
        const width = ctx.measureText(note.text).width
        const toLeft = width > right && (width <= left || left > right)
        return { toLeft, lines: fitLines(ctx, note.text, toLeft ? left : right) }
      }
      let placed = place()
      while (placed.lines.length * size * LABEL_LEADING > band && size > options.style.size * MIN_NOTE_TEXT) {
        size = Math.max(options.style.size * MIN_NOTE_TEXT, size - 0.5)
        placed = place()
      }
      const { toLeft, lines } = placed
      ctx.textAlign = toLeft ? 'right' : 'left'
      const x = toLeft ? Math.max(before, chartArea.left + widest(ctx, lines)) : Math.min(after, chartArea.right - widest(ctx, lines))
      fillLines(ctx, lines, x, yScale.getPixelForValue(note.row), size)
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

/** The smallest share of its size a matrix label may shrink to before the labels are left to the legend. */
const MIN_CELL_TEXT = 0.75

/**
 * Writes each matrix cell's label in its centre: on one line, else wrapped at spaces, else (a phone-wide frame)
 * smaller, down to MIN_CELL_TEXT of its size. If even that leaves a label wider or taller than its cell, no cell
 * gets one: the colours and the legend say it, and the page's data table has every word.
 */
export const cellLabelsPlugin: Plugin = {
  id: 'cellLabels',
  afterDatasetsDraw(chart, _args, options: CellLabelsOptions) {
    const { ctx } = chart
    const cells = chart.getDatasetMeta(0).data as unknown as { x: number, y: number, width: number, height: number }[]
    const padding = 2
    const layout = (size: number) => {
      ctx.font = cssFont({ ...options.style, size })
      return cells.map((cell, index) => {
        const label = options.labels[index]
        if (!label)
          return null
        const room = cell.width - 2 * padding
        const lines = fitLines(ctx, label.text, room)
        const fits = widest(ctx, lines) <= room && lines.length * size * LABEL_LEADING <= cell.height
        return { cell, label, lines, fits }
      })
    }
    let size = options.style.size
    let placed = layout(size)
    while (placed.some(p => p && !p.fits) && size > options.style.size * MIN_CELL_TEXT) {
      size = Math.max(options.style.size * MIN_CELL_TEXT, size - 0.5)
      placed = layout(size)
    }
    if (placed.some(p => p && !p.fits))
      return
    ctx.save()
    for (const p of placed) {
      if (!p)
        continue
      setText(ctx, { ...options.style, size, color: p.label.color }, 'center')
      fillLines(ctx, p.lines, p.cell.x + p.cell.width / 2, p.cell.y + p.cell.height / 2, size)
    }
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
