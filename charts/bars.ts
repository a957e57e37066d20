/**
 * Horizontal bar charts of figures by country: stacked (parts of one total) or grouped (series side by side).
 * Lower bounds are labelled "≥", unknowns "no data", and neither is ever drawn as a zero-length bar of value 0.
 */
import type { ChartConfiguration } from 'chart.js'
import type { Figure, KnownFigure } from '../data/schema'
import type { DataTable, FigureText, RenderProfile } from './types'
import type { ValueFormat } from './format'
import type { PaletteToken } from './theme'
import { sumFigures } from '../data/derive'
import { baseOptions, font, textStyle } from './base'
import { formatFigureLong, formatFigureShort, formatTick } from './format'
import { barEndLabelsPlugin, figureFramePlugin, paperPlugin, valueLabelsPlugin } from './plugins'
import { paletteFor } from './theme'

export interface BarSeries {
  id: string
  label: string
  color: PaletteToken
  values: Figure[]
}

export interface BarModel {
  categories: { key: string, label: string, name: string }[]
  series: BarSeries[]
  stacked: boolean
  format: ValueFormat
  /** Unit of the values, for axis, table and CSV headers. */
  unit: string
  /** What one bar is, in words, for the alt text ("Chinese vaccine doses"). */
  measure: string
}

/** Per category, the figure a stacked bar's end stands for. */
export function stackTotals(model: BarModel): Figure[] {
  return model.categories.map((_c, i) => sumFigures(model.series.map(s => s.values[i]!)))
}

function stackLabel(model: BarModel, index: number): string {
  const total = sumFigures(model.series.map(s => s.values[index]!))
  const missing = model.series.filter(s => s.values[index]!.status === 'unknown').map(s => s.label.charAt(0).toLowerCase() + s.label.slice(1))
  if (total.status === 'unknown')
    return 'no data'
  const head = total.status === 'exact' && total.value === 0 ? 'none' : formatFigureShort(total, model.format)
  return missing.length > 0 ? `${head} (${missing.join(', ')}: no data)` : head
}

/** An axis that ends on a round tick: about four steps of 1, 2, 2.5 or 5 × 10ⁿ, reaching past the data by `room`. */
export function niceAxis(values: number[], room: number): { max: number, step: number } {
  const needed = Math.max(1, ...values) * room
  const rough = needed / 4
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= rough) ?? 10 * magnitude
  return { max: Math.ceil(needed / step) * step, step }
}

export function barConfig(model: BarModel, profile: RenderProfile, frame: FigureText): ChartConfiguration<'bar'> {
  const colours = paletteFor(profile.scheme)
  const options = baseOptions<'bar'>(profile, frame)
  const known = model.stacked
    ? stackTotals(model).filter((f): f is KnownFigure => f.status !== 'unknown').map(f => f.value)
    : model.series.flatMap(s => s.values).filter((f): f is KnownFigure => f.status !== 'unknown').map(f => f.value)
  const axis = niceAxis(known, model.stacked ? 1.45 : 1.3)
  const labels = model.stacked
    ? model.categories.map((_c, i) => stackLabel(model, i))
    : model.series.flatMap(s => s.values.map(v => (v.status === 'exact' && v.value === 0 ? '0' : formatFigureShort(v, model.format))))
  return {
    type: 'bar',
    data: {
      labels: model.categories.map(c => c.label),
      datasets: model.series.map(s => ({
        label: s.label,
        data: s.values.map(v => (v.status === 'unknown' ? null : v.value)),
        backgroundColor: colours[s.color],
        borderColor: colours.paper,
        borderWidth: model.stacked ? { right: 2 } : 0,
        barPercentage: model.stacked ? 0.7 : 0.85,
        categoryPercentage: model.stacked ? 0.9 : 0.8,
      })),
    },
    options: {
      ...options,
      indexAxis: 'y',
      scales: {
        x: {
          stacked: model.stacked,
          beginAtZero: true,
          max: axis.max,
          grid: { color: colours.grid },
          border: { display: false },
          ticks: { color: colours.inkMuted, font: font('tick', profile), stepSize: axis.step, callback: value => formatTick(Number(value), model.format) },
        },
        y: {
          stacked: model.stacked,
          grid: { display: false },
          ticks: { color: colours.ink, font: font('tick', profile) },
        },
      },
      plugins: {
        ...options.plugins,
        legend: { ...options.plugins?.legend, display: model.series.length > 1 },
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: {
            label: (item) => {
              const series = model.series[item.datasetIndex]
              const figure = series?.values[item.dataIndex]
              return series && figure ? `${series.label}: ${formatFigureLong(figure, model.format)}` : ''
            },
          },
        },
        valueLabels: { labels, style: textStyle('label', profile) },
      },
    },
    plugins: [paperPlugin, model.stacked ? valueLabelsPlugin : barEndLabelsPlugin, figureFramePlugin] as never,
  }
}

export function barTable(model: BarModel): DataTable {
  const withTotal = model.stacked && model.series.length > 1
  const totals = stackTotals(model)
  return {
    columns: [
      { key: 'country', label: 'Country' },
      ...model.series.map(s => ({ key: s.id, label: s.label, unit: model.unit })),
      ...(withTotal ? [{ key: 'total', label: 'Total', unit: model.unit }] : []),
    ],
    rows: model.categories.map((c, i) => ({
      key: c.key,
      label: c.name,
      cells: [
        ...model.series.map(s => s.values[i]!).concat(withTotal ? [totals[i]!] : []).map(f => ({
          text: formatFigureLong(f, model.format),
          value: f.status === 'unknown' ? null : f.value,
          status: f.status,
        })),
      ],
    })),
  }
}

function list(names: string[]): string {
  if (names.length <= 1)
    return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** Alt text from the numbers: what is compared, the leader and the runner-up, the range, zeros, bounds and gaps. */
export function describeBars(model: BarModel): string {
  /** "Donated by China" → "donated by China"; acronyms and names keep their capitals ("EU-funded", "IT"). */
  const lower = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text)
  const full = (figure: KnownFigure) => formatFigureLong(figure, model.format)
  const withUnit = (figure: KnownFigure) => (model.format === 'percent' ? full(figure) : `${full(figure)} ${model.unit}`)
  /** 5.5 → "more than 5 times"; a lower-bound leader is "at least" that many times. */
  const times = (leader: KnownFigure, next: KnownFigure) => {
    const ratio = leader.value / next.value
    const whole = Math.floor(ratio)
    const words = whole === 2 ? 'twice' : `${whole} times`
    return `${leader.status === 'atLeast' ? 'at least ' : Number.isInteger(ratio) ? '' : 'more than '}${words}`
  }
  const series = list(model.series.map(s => lower(s.label)))
  const kind = model.stacked && model.series.length > 1
    ? `Stacked bar chart of ${model.measure} by country, each bar split into ${series}`
    : model.series.length > 1 ? `Bar chart of ${model.measure} by country, comparing ${series}` : `Bar chart of ${model.measure} by country`
  const parts = [`${kind}, in ${model.unit}.`]
  const groups = model.stacked || model.series.length === 1 ? [{ label: '', values: model.stacked ? stackTotals(model) : model.series[0]!.values }] : model.series.map(s => ({ label: s.label, values: s.values }))
  for (const group of groups) {
    const rows = model.categories.map((c, i) => ({ name: c.name, figure: group.values[i]! }))
    const ranked = rows.filter((r): r is { name: string, figure: KnownFigure } => r.figure.status !== 'unknown' && r.figure.value > 0).sort((a, b) => b.figure.value - a.figure.value)
    const prefix = group.label ? `${group.label}: ` : ''
    const [leader, second] = ranked
    if (leader) {
      let text = `${prefix}${leader.name} is highest with ${withUnit(leader.figure)}`
      // A ratio is only claimed against an exact runner-up: against a lower bound it could be smaller.
      if (second && second.figure.status === 'exact' && leader.figure.value / second.figure.value >= 2)
        text += `, ${times(leader.figure, second.figure)} the next, ${second.name} (${full(second.figure)})`
      else if (second)
        text += `, followed by ${second.name} (${full(second.figure)})`
      parts.push(`${text}.`)
      const rest = ranked.slice(2)
      if (rest.length > 0)
        parts.push(`Then ${list(rest.map(r => `${r.name} (${full(r.figure)})`))}.`)
    }
    const zeros = rows.filter(r => r.figure.status === 'exact' && r.figure.value === 0).map(r => r.name)
    if (zeros.length > 0)
      parts.push(`${list(zeros)}: none${group.label ? ` (${lower(group.label)})` : ''}.`)
  }
  const unknown: string[] = []
  model.series.forEach(s => s.values.forEach((f, i) => {
    if (f.status === 'unknown')
      unknown.push(model.series.length > 1 ? `${model.categories[i]!.name} (${lower(s.label)})` : model.categories[i]!.name)
  }))
  if (unknown.length > 0)
    parts.push(`Not known: ${list(unknown)}.`)
  const bounds = model.categories.filter((_c, i) => model.series.some(s => s.values[i]!.status === 'atLeast')).map(c => c.name)
  if (bounds.length > 0)
    parts.push(`${bounds.length === 1 ? 'The figure' : 'Figures'} for ${list(bounds)} ${bounds.length === 1 ? 'is a lower bound' : 'are lower bounds'} (at least), not ${bounds.length === 1 ? 'a total' : 'totals'}.`)
  return parts.join(' ')
}

