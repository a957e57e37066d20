/**
 * Horizontal bar charts of figures by country: stacked (parts of one total) or grouped (series side by side).
 * Lower bounds are labelled "≥", unknowns "no data", and neither is ever drawn as a zero-length bar of value 0.
 */
import type { ChartConfiguration } from 'chart.js'
import type { Figure, KnownFigure } from '../data/schema'
import type { ValueFormat } from './i18n/locale'
import type { Translation } from './i18n/translation'
import type { PaletteToken } from './theme'
import type { DataTable, FigureText, RenderProfile } from './types'
import { sumFigures } from '../data/derive'
import { baseOptions, font, textStyle } from './base'
import { lowerFirst } from './i18n/text'
import { translation } from './i18n/translation'
import { barEndLabelsPlugin, figureFramePlugin, paperPlugin, valueLabelsPlugin } from './plugins'
import { paletteFor } from './theme'

export interface BarSeries {
  id: string
  label: string
  color: PaletteToken
  values: Figure[]
}

/** A unit in one language: as a header ("litres"), as a phrase ("in litres"), and after a figure ("4,400,000 litres"). */
export interface UnitWords {
  label: string
  inUnit: string
  /** The figure with the unit, in the word form the figure's plural category asks for (Serbian "2 litre", "5 litara"). */
  value: (figure: string, form: Intl.LDMLPluralRule) => string
}

export interface BarModel {
  categories: { key: string, label: string, name: string }[]
  series: BarSeries[]
  stacked: boolean
  format: ValueFormat
  /** Unit of the values, for table and CSV headers and the alt text; a bare word is read as English. */
  unit: UnitWords | string
  /** What one bar is, in words, for the alt text ("households connected to piped water"). */
  measure: string
}

export function unitWords(unit: UnitWords | string): UnitWords {
  return typeof unit === 'string' ? { label: unit, inUnit: `in ${unit}`, value: figure => `${figure} ${unit}` } : unit
}

/** Per category, the figure a stacked bar's end stands for. */
export function stackTotals(model: BarModel): Figure[] {
  return model.categories.map((_c, i) => sumFigures(model.series.map(s => s.values[i]!)))
}

function stackLabel(model: BarModel, index: number, t: Translation): string {
  const total = sumFigures(model.series.map(s => s.values[index]!))
  const missing = model.series.filter(s => s.values[index]!.status === 'unknown').map(s => lowerFirst(s.label))
  if (total.status === 'unknown')
    return t.s.words.noData
  const head = total.status === 'exact' && total.value === 0 ? t.s.words.none : t.f.figureShort(total, model.format)
  return missing.length > 0 ? t.s.words.partsMissing(head, missing.join(', ')) : head
}

/**
 * What each bar (grouped: dataset × category) or each stack says at its end, from the figures: "4.4m", "≥ 252k",
 * "none", "no data".
 */
export function barValueLabels(model: BarModel, t: Translation = translation()): string[] {
  return model.stacked
    ? model.categories.map((_c, i) => stackLabel(model, i, t))
    : model.series.flatMap(s => s.values.map(v => (v.status === 'exact' && v.value === 0 ? t.f.number(0) : t.f.figureShort(v, model.format))))
}

/** Every word a bar chart shows, from its model: the categories, the legend (two series or more) and the values. */
export function barLabels(model: BarModel, t: Translation = translation()): string[] {
  return [...model.categories.map(c => c.label), ...(model.series.length > 1 ? model.series.map(s => s.label) : []), ...barValueLabels(model, t)]
}

/** An axis that ends on a round tick: about four steps of 1, 2, 2.5 or 5 × 10ⁿ, reaching past the data by `room`. */
export function niceAxis(values: number[], room: number): { max: number, step: number } {
  const needed = Math.max(1, ...values) * room
  const rough = needed / 4
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= rough) ?? 10 * magnitude
  return { max: Math.ceil(needed / step) * step, step }
}

export function barConfig(model: BarModel, profile: RenderProfile, frame: FigureText, t: Translation = translation()): ChartConfiguration<'bar'> {
  const colours = paletteFor(profile.scheme)
  const options = baseOptions<'bar'>(profile, frame)
  const known = model.stacked
    ? stackTotals(model).filter((f): f is KnownFigure => f.status !== 'unknown').map(f => f.value)
    : model.series.flatMap(s => s.values).filter((f): f is KnownFigure => f.status !== 'unknown').map(f => f.value)
  const axis = niceAxis(known, model.stacked ? 1.45 : 1.3)
  const labels = barValueLabels(model, t)
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
          ticks: { color: colours.inkMuted, font: font('tick', profile), stepSize: axis.step, callback: value => t.f.tick(Number(value), model.format) },
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
              return series && figure ? `${series.label}: ${t.f.figureLong(figure, model.format)}` : ''
            },
          },
        },
        valueLabels: { labels, style: textStyle('label', profile) },
      },
    },
    plugins: [paperPlugin, model.stacked ? valueLabelsPlugin : barEndLabelsPlugin, figureFramePlugin] as never,
  }
}

export function barTable(model: BarModel, t: Translation = translation()): DataTable {
  const withTotal = model.stacked && model.series.length > 1
  const totals = stackTotals(model)
  const unit = unitWords(model.unit).label
  return {
    columns: [
      { key: 'country', label: t.s.words.country },
      ...model.series.map(s => ({ key: s.id, label: s.label, unit })),
      ...(withTotal ? [{ key: 'total', label: t.s.words.total, unit }] : []),
    ],
    rows: model.categories.map((c, i) => ({
      key: c.key,
      label: c.name,
      cells: [
        ...model.series.map(s => s.values[i]!).concat(withTotal ? [totals[i]!] : []).map(f => ({
          text: t.f.figureLong(f, model.format),
          value: f.status === 'unknown' ? null : f.value,
          status: f.status,
        })),
      ],
    })),
  }
}

/** Alt text from the numbers: what is compared, the leader and the runner-up, the range, zeros, bounds and gaps. */
export function describeBars(model: BarModel, t: Translation = translation()): string {
  const frames = t.s.kinds.bars
  const unit = unitWords(model.unit)
  const full = (figure: KnownFigure) => t.f.figureLong(figure, model.format)
  // A percentage carries its sign; other figures take the unit's word, in the form the figure asks for.
  const withUnit = (figure: KnownFigure) => (model.format === 'percent' ? full(figure) : unit.value(full(figure), t.f.pluralOf(figure.value, model.format)))
  const paren = (name: string, text: string) => `${name} (${text})`
  /** 5.5 → "more than 5 times"; a lower-bound leader is "at least" that many times. */
  const times = (leader: KnownFigure, next: KnownFigure) => {
    const ratio = leader.value / next.value
    return frames.times(Math.floor(ratio), leader.status === 'atLeast' ? 'atLeast' : Number.isInteger(ratio) ? 'exactly' : 'moreThan')
  }
  const series = t.f.list(model.series.map(s => lowerFirst(s.label)))
  const shape = model.stacked && model.series.length > 1 ? 'stacked' : model.series.length > 1 ? 'grouped' : 'single'
  const parts = [frames.intro(shape, model.measure, series, unit.inUnit)]
  const groups = model.stacked || model.series.length === 1 ? [{ label: '', values: model.stacked ? stackTotals(model) : model.series[0]!.values }] : model.series.map(s => ({ label: s.label, values: s.values }))
  for (const group of groups) {
    const rows = model.categories.map((c, i) => ({ name: c.name, figure: group.values[i]! }))
    const ranked = rows.filter((r): r is { name: string, figure: KnownFigure } => r.figure.status !== 'unknown' && r.figure.value > 0).sort((a, b) => b.figure.value - a.figure.value)
    const [leader, second] = ranked
    if (leader) {
      // A ratio is only claimed against an exact runner-up: against a lower bound it could be smaller.
      const ratio = second && second.figure.status === 'exact' && leader.figure.value / second.figure.value >= 2
      parts.push(frames.leader(group.label, leader.name, withUnit(leader.figure), second ? { name: second.name, value: full(second.figure), ...(ratio ? { times: times(leader.figure, second.figure) } : {}) } : undefined))
      const rest = ranked.slice(2)
      if (rest.length > 0)
        parts.push(frames.rest(t.f.list(rest.map(r => paren(r.name, full(r.figure))))))
    }
    const zeros = rows.filter(r => r.figure.status === 'exact' && r.figure.value === 0).map(r => r.name)
    if (zeros.length > 0)
      parts.push(frames.zeros(t.f.list(zeros), group.label))
  }
  const unknown: string[] = []
  model.series.forEach(s => s.values.forEach((f, i) => {
    if (f.status === 'unknown')
      unknown.push(model.series.length > 1 ? paren(model.categories[i]!.name, lowerFirst(s.label)) : model.categories[i]!.name)
  }))
  if (unknown.length > 0)
    parts.push(frames.unknown(t.f.list(unknown)))
  const bounds = model.categories.filter((_c, i) => model.series.some(s => s.values[i]!.status === 'atLeast')).map(c => c.name)
  if (bounds.length > 0)
    parts.push(frames.bounds(t.f.list(bounds), bounds.length))
  return parts.join(' ')
}
