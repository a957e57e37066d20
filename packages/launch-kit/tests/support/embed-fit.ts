/**
 * The kit's fit check (scripts/kit/fit.ts) on a live embed page: where every string of its chart lands, read as the
 * kit's render page reads a PNG (embed/render.ts), so judgeFit can say whether any text is cut off by the canvas's
 * edge, overlaps another or spills out of its matrix cell at the frame's width.
 *
 * `recordCanvasText` is an init script: it wraps fillText on every 2D context of the page (and its frames) to keep
 * the glyph bounds of what is drawn. `sampleChartText` then redraws the chart once and returns that one drawing.
 * Both run in the browser and import nothing.
 */
import type { FitSample } from 'launch-kit/embed/protocol'

interface TextRecord { text: string, left: number, top: number, right: number, bottom: number }

export function recordCanvasText(): void {
  const records = new WeakMap<HTMLCanvasElement, TextRecord[]>()
  Object.assign(window, { __canvasText: records })
  const fillText = CanvasRenderingContext2D.prototype.fillText
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    if (text.trim() && this.canvas instanceof HTMLCanvasElement) {
      const m = this.measureText(text)
      const t = this.getTransform()
      const ratio = this.canvas.width / (this.canvas.getBoundingClientRect().width || this.canvas.width)
      const corners = [[x - m.actualBoundingBoxLeft, y - m.actualBoundingBoxAscent], [x + m.actualBoundingBoxRight, y + m.actualBoundingBoxDescent]]
        .map(([px, py]) => new DOMPoint(px, py).matrixTransform(t))
      const list = records.get(this.canvas) ?? []
      list.push({ text, left: Math.min(corners[0]!.x, corners[1]!.x) / ratio, top: Math.min(corners[0]!.y, corners[1]!.y) / ratio, right: Math.max(corners[0]!.x, corners[1]!.x) / ratio, bottom: Math.max(corners[0]!.y, corners[1]!.y) / ratio })
      records.set(this.canvas, list)
    }
    fillText.call(this, text, x, y, maxWidth)
  }
}

/** Draws the page's chart once more and returns what that drawing put where (CSS px of the canvas). */
export function sampleChartText(): FitSample {
  interface ChartLike { draw: () => void, config: { type?: string }, getDatasetMeta: (i: number) => { data: unknown[] } }
  const canvas = document.querySelector('canvas')!
  const chart = (window as unknown as { Chart: { getChart: (c: HTMLCanvasElement) => ChartLike | undefined } }).Chart.getChart(canvas)
  const records = (window as unknown as { __canvasText: WeakMap<HTMLCanvasElement, TextRecord[]> }).__canvasText
  if (!chart)
    throw new Error('no chart on the canvas')
  records.set(canvas, [])
  chart.draw()
  const cells = chart.config.type === 'matrix'
    ? chart.getDatasetMeta(0).data.map((el) => {
        const c = el as { x: number, y: number, width: number, height: number }
        return { left: c.x, top: c.y, right: c.x + c.width, bottom: c.y + c.height }
      })
    : []
  const box = canvas.getBoundingClientRect()
  return { width: box.width, height: box.height, texts: records.get(canvas) ?? [], cells }
}
