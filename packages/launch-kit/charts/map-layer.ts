/**
 * What a map draws around chartjs-chart-geo's shapes, as one Chart.js plugin (`mapLayer`, configured through
 * `options.plugins.mapLayer` like the other plugins in plugins.ts):
 * - the frame: the sea, and the land clipped to the part of the chart area inside the shapes' box (map-shapes.ts),
 *   so a frame wider than the box shows paper there, never land cut off along a line;
 * - hatching over the countries whose figure is a lower bound, and in their legend swatch;
 * - labels: each country's name and value beside the map, joined by a leader line to a point well inside it,
 *   on the side the country is nearer, stacked so that no two overlap.
 * Everything is plain canvas drawing (paths, strokes, text), so the kit's SVG context records vectors and text.
 *
 * The labels' layout is kept on the chart as `chart.$mapLabels` (chartjs-plugin-datalabels keeps its own as
 * `chart.$datalabels`), for tools that read live charts.
 */
import type { Chart, ChartArea, ChartType, Plugin } from 'chart.js'
import type { GeoBox, GeoFeature, LonLat } from './geo'
import type { TextStyle } from './plugins'
import { cssFont } from './plugins'

export interface MapLayerArea {
  key: string
  label: string
  value: string
  side: 'left' | 'right'
  /** Where the leader line ends: a point well inside the country. */
  anchor: LonLat
  /** Colour of the hatching (a lower bound), or null. */
  hatch: string | null
  /** The country's border, redrawn over the hatching. */
  border: string
  borderWidth: number
}

export interface MapLayerOptions {
  /** Index of the first of the labelled countries in the dataset (the land around them comes first). */
  first: number
  areas: MapLayerArea[]
  /** The labels' text: the name in bold, the value under it. */
  style: TextStyle
  /** Drawn around label text so it reads over land and borders. */
  halo: string
  /** The map's background inside its frame. */
  sea: string
  leader: { color: string, width: number, dot: number }
  hatch: { spacing: number, width: number }
  box: GeoBox
  /** The legend item whose swatch is hatched (the lower bounds' entry), or null. */
  legendHatch: { index: number, color: string } | null
}

/** One placed label, in CSS px of the chart. */
export interface MapLabelBox {
  key: string
  side: 'left' | 'right'
  /** The box around both lines of text. */
  left: number
  top: number
  width: number
  height: number
  /** Where the leader line ends, inside the country. */
  anchor: { x: number, y: number }
}

declare module 'chart.js' {
  // Declaration merging: the type parameter must be declared as Chart.js declares it, though these options ignore it.
  // eslint-disable-next-line unused-imports/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    mapLayer?: MapLayerOptions
  }
}

interface GeoScale {
  projection: (point: LonLat) => [number, number] | null
  geoPath: { context: (ctx: CanvasRenderingContext2D | null) => (object: GeoFeature) => void, bounds: (object: GeoFeature) => [[number, number], [number, number]] }
}

function scaleOf(chart: Chart): GeoScale | undefined {
  return chart.scales.projection as unknown as GeoScale | undefined
}

function featureAt(chart: Chart, index: number): GeoFeature | undefined {
  return (chart.data.datasets[0]?.data[index] as { feature?: GeoFeature } | undefined)?.feature
}

const lineHeight = (style: TextStyle) => Math.round(style.size * 1.25)
const gapFor = (style: TextStyle) => Math.round(style.size * 0.5)

function labelWidth(ctx: CanvasRenderingContext2D, area: MapLayerArea, style: TextStyle): number {
  ctx.font = cssFont({ ...style, weight: 'bold' })
  const name = ctx.measureText(area.label).width
  ctx.font = cssFont(style)
  return Math.max(name, ctx.measureText(area.value).width)
}

/**
 * The projection's padding: room beside the six countries for the widest name of each side and its leader line
 * (chartjs-chart-geo fits the countries into what is left). Names only, not values, so a changed figure never
 * moves the map. At most 60 % of the width goes to labels.
 */
export function labelPadding(ctx: CanvasRenderingContext2D, areas: readonly MapLayerArea[], style: TextStyle, scale: number, chartWidth?: number): { top: number, bottom: number, left: number, right: number } {
  ctx.save()
  ctx.font = cssFont({ ...style, weight: 'bold' })
  const widest = (side: 'left' | 'right') => Math.max(0, ...areas.filter(a => a.side === side).map(a => ctx.measureText(a.label).width))
  const room = gapFor(style) * 3
  let left = widest('left') + room
  let right = widest('right') + room
  ctx.restore()
  if (chartWidth && left + right > chartWidth * 0.6) {
    const k = (chartWidth * 0.6) / (left + right)
    left *= k
    right *= k
  }
  const vertical = Math.round(6 * scale)
  return { top: vertical, bottom: vertical, left: Math.round(left), right: Math.round(right) }
}

/** Centres for blocks of height h, each as near its wish as it can be without overlapping, inside [top, bottom]. */
export function stack(wishes: readonly number[], h: number, gap: number, top: number, bottom: number): number[] {
  const step = h + gap
  const ys = wishes.map(w => Math.min(Math.max(w, top + h / 2), bottom - h / 2))
  for (let i = 1; i < ys.length; i++)
    ys[i] = Math.max(ys[i]!, ys[i - 1]! + step)
  for (let i = ys.length - 1; i >= 0; i--) {
    const limit = i === ys.length - 1 ? bottom - h / 2 : ys[i + 1]! - step
    ys[i] = Math.min(ys[i]!, limit)
  }
  for (let i = 0; i < ys.length; i++)
    ys[i] = Math.max(ys[i]!, i === 0 ? top + h / 2 : ys[i - 1]! + step)
  return ys
}

/**
 * The rectangle of the chart area inside the shapes' box, as projected: where land may be drawn; widened to hold
 * every labelled country whole, so a box too small or too curved for them (a conic projection bends a wide box's
 * edges) can never cut one off.
 */
function landFrame(scale: GeoScale, box: GeoBox, area: ChartArea, countries: readonly GeoFeature[]): ChartArea {
  const steps = Array.from({ length: 21 }, (_v, i) => i / 20)
  const along = (points: LonLat[]) => points.map(p => scale.projection(p)).filter((p): p is [number, number] => !!p)
  const west = along(steps.map(t => [box.west, box.south + (box.north - box.south) * t]))
  const east = along(steps.map(t => [box.east, box.south + (box.north - box.south) * t]))
  const north = along(steps.map(t => [box.west + (box.east - box.west) * t, box.north]))
  const south = along(steps.map(t => [box.west + (box.east - box.west) * t, box.south]))
  const held = countries.map(f => scale.geoPath.bounds(f))
  return {
    left: Math.max(area.left, Math.min(Math.max(...west.map(p => p[0])), ...held.map(b => b[0][0]))),
    right: Math.min(area.right, Math.max(Math.min(...east.map(p => p[0])), ...held.map(b => b[1][0]))),
    top: Math.max(area.top, Math.min(Math.max(...north.map(p => p[1])), ...held.map(b => b[0][1]))),
    bottom: Math.min(area.bottom, Math.max(Math.min(...south.map(p => p[1])), ...held.map(b => b[1][1]))),
    width: 0,
    height: 0,
  }
}

function hatchPath(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number, spacing: number): void {
  const h = y1 - y0
  ctx.beginPath()
  for (let x = x0 - h; x <= x1; x += spacing) {
    ctx.moveTo(x, y1)
    ctx.lineTo(x + h, y0)
  }
}

function drawHatching(chart: Chart, scale: GeoScale, options: MapLayerOptions): void {
  const { ctx } = chart
  options.areas.forEach((area, i) => {
    const feature = featureAt(chart, options.first + i)
    if (!area.hatch || !feature)
      return
    const path = scale.geoPath.context(ctx)
    const [[x0, y0], [x1, y1]] = scale.geoPath.bounds(feature)
    ctx.save()
    ctx.beginPath()
    path(feature)
    ctx.clip()
    ctx.strokeStyle = area.hatch
    ctx.lineWidth = options.hatch.width
    hatchPath(ctx, x0, y0, x1, y1, options.hatch.spacing)
    ctx.stroke()
    ctx.restore()
    ctx.save()
    ctx.beginPath()
    path(feature)
    ctx.strokeStyle = area.border
    ctx.lineWidth = area.borderWidth
    ctx.stroke()
    ctx.restore()
  })
}

function drawLegendHatch(chart: Chart, options: MapLayerOptions): void {
  const legend = chart.legend as unknown as { legendHitBoxes?: { left: number, top: number }[], options: { display?: boolean, labels: { boxWidth?: number, boxHeight?: number, font?: { size?: number } } } } | undefined
  const hit = options.legendHatch ? legend?.legendHitBoxes?.[options.legendHatch.index] : undefined
  if (!legend || !hit || legend.options.display === false || !options.legendHatch)
    return
  const size = legend.options.labels.font?.size ?? 12
  const w = legend.options.labels.boxWidth ?? size
  const h = legend.options.labels.boxHeight ?? size
  const top = hit.top + Math.max((size - h) / 2, 0)
  const { ctx } = chart
  ctx.save()
  ctx.beginPath()
  ctx.rect(hit.left, top, w, h)
  ctx.clip()
  ctx.strokeStyle = options.legendHatch.color
  ctx.lineWidth = options.hatch.width
  hatchPath(ctx, hit.left, top, hit.left + w, top + h, options.hatch.spacing)
  ctx.stroke()
  ctx.restore()
}

/** Places every label: its side, its row (stacked), and its distance from the map (the countries' edge at that row). */
export function layoutLabels(chart: Chart, scale: GeoScale, options: MapLayerOptions): MapLabelBox[] {
  const { ctx, chartArea } = chart
  const lh = lineHeight(options.style)
  const h = lh * 2
  const gap = gapFor(options.style)
  // Every projected point of the labelled countries, to find how far the map reaches at a label's row.
  const points: [number, number][] = []
  options.areas.forEach((_a, i) => {
    const geometry = featureAt(chart, options.first + i)?.geometry
    const rings = !geometry ? [] : geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
    for (const ring of rings) {
      for (const p of ring) {
        const xy = scale.projection(p)
        if (xy)
          points.push(xy)
      }
    }
  })
  ctx.save()
  const boxes: MapLabelBox[] = []
  for (const side of ['left', 'right'] as const) {
    const members = options.areas
      .map(area => ({ area, anchor: scale.projection(area.anchor) }))
      .filter((m): m is { area: MapLayerArea, anchor: [number, number] } => m.area.side === side && !!m.anchor)
      .sort((a, b) => a.anchor[1] - b.anchor[1])
    const ys = stack(members.map(m => m.anchor[1]), h, gap / 2, chartArea.top, chartArea.bottom)
    members.forEach(({ area, anchor }, i) => {
      const y = ys[i]!
      const band = points.filter(p => Math.abs(p[1] - y) <= h / 2).map(p => p[0])
      const width = labelWidth(ctx, area, options.style)
      const edge = side === 'left'
        ? Math.min(anchor[0], ...band) - gap * 1.5
        : Math.max(anchor[0], ...band) + gap * 1.5
      const left = side === 'left' ? Math.max(chartArea.left, edge - width) : Math.min(chartArea.right - width, edge)
      boxes.push({ key: area.key, side, left, top: y - h / 2, width, height: h, anchor: { x: anchor[0], y: anchor[1] } })
    })
  }
  ctx.restore()
  return boxes
}

function drawLabels(chart: Chart, boxes: readonly MapLabelBox[], options: MapLayerOptions): void {
  const { ctx } = chart
  const lh = lineHeight(options.style)
  const gap = gapFor(options.style)
  ctx.save()
  // Leader lines first, so no line crosses a label's text.
  for (const box of boxes) {
    const startX = box.side === 'left' ? box.left + box.width + gap / 2 : box.left - gap / 2
    const startY = box.top + box.height / 2
    ctx.beginPath()
    ctx.moveTo(startX, startY)
    ctx.lineTo(box.anchor.x, box.anchor.y)
    ctx.strokeStyle = options.leader.color
    ctx.lineWidth = options.leader.width
    ctx.stroke()
    ctx.beginPath()
    ctx.arc(box.anchor.x, box.anchor.y, options.leader.dot, 0, Math.PI * 2)
    ctx.fillStyle = options.style.color
    ctx.fill()
    ctx.strokeStyle = options.halo
    ctx.lineWidth = Math.max(1, options.leader.width * 0.8)
    ctx.stroke()
  }
  ctx.textBaseline = 'middle'
  ctx.lineJoin = 'round'
  for (const box of boxes) {
    const area = options.areas.find(a => a.key === box.key)
    if (!area)
      continue
    ctx.textAlign = box.side === 'left' ? 'right' : 'left'
    const x = box.side === 'left' ? box.left + box.width : box.left
    const lines = [{ text: area.label, weight: 'bold' as const, y: box.top + lh / 2 }, { text: area.value, weight: 'normal' as const, y: box.top + lh * 1.5 }]
    for (const line of lines) {
      ctx.font = cssFont({ ...options.style, weight: line.weight })
      ctx.strokeStyle = options.halo
      ctx.lineWidth = Math.max(2, options.style.size * 0.22)
      ctx.strokeText(line.text, x, line.y)
      ctx.fillStyle = options.style.color
      ctx.fillText(line.text, x, line.y)
    }
  }
  ctx.restore()
}

export const mapLayerPlugin: Plugin<'choropleth'> = {
  id: 'mapLayer',
  beforeDatasetsDraw(chart, _args, options: MapLayerOptions) {
    const scale = scaleOf(chart as unknown as Chart)
    const { ctx } = chart
    ctx.save()
    if (!scale)
      return
    const countries = options.areas.map((_area, i) => featureAt(chart as unknown as Chart, options.first + i)).filter((f): f is GeoFeature => !!f)
    const frame = landFrame(scale, options.box, chart.chartArea, countries)
    const [width, height] = [Math.max(0, frame.right - frame.left), Math.max(0, frame.bottom - frame.top)]
    ctx.fillStyle = options.sea
    ctx.fillRect(frame.left, frame.top, width, height)
    ctx.beginPath()
    ctx.rect(frame.left, frame.top, width, height)
    ctx.clip()
  },
  afterDatasetsDraw(chart, _args, options: MapLayerOptions) {
    chart.ctx.restore()
    const scale = scaleOf(chart as unknown as Chart)
    if (!scale)
      return
    const plain = chart as unknown as Chart
    drawHatching(plain, scale, options)
    const boxes = layoutLabels(plain, scale, options)
    Object.assign(chart, { $mapLabels: boxes })
    drawLabels(plain, boxes, options)
    drawLegendHatch(plain, options)
  },
}
