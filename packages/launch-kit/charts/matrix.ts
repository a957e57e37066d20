/**
 * A countries × fields grid of assessed levels (chartjs-chart-matrix), each cell filled by level and labelled in
 * words, so it reads without colour too. "Not found" is its own grey cell, never the lowest level.
 */
import type { ChartConfiguration, LegendItem } from 'chart.js'
import type {} from 'chartjs-chart-matrix'
import type { Translation } from './i18n/translation'
import type { PaletteToken } from './theme'
import type { DataTable, FigureText, RenderProfile } from './types'
import { baseOptions, font, textSize } from './base'
import { lowerFirst, sentence } from './i18n/text'
import { translation } from './i18n/translation'
import { cellLabelsPlugin, figureFramePlugin, paperPlugin } from './plugins'
import { paletteFor } from './theme'

export interface MatrixLevel {
  key: string
  label: string
  /** Legend wording, may be longer than the cell label. */
  legend: string
  fill: PaletteToken
  ink: PaletteToken
  /** Draw an outline (for a white fill). */
  outline: boolean
}

export interface MatrixModel {
  rows: { key: string, label: string, name: string }[]
  columns: { key: string, label: string }[]
  /** cells[row][column]: a level key and the one-line reason. */
  cells: { level: string, summary: string }[][]
  levels: MatrixLevel[]
  measure: string
}

function levelOf(model: MatrixModel, key: string): MatrixLevel {
  const level = model.levels.find(l => l.key === key)
  if (!level)
    throw new Error(`matrix "${model.measure}": unknown level "${key}"`)
  return level
}

/** Splits a column heading at its middle space so it stands in two short lines. */
function twoLines(label: string): string | string[] {
  const spaces = [...label.matchAll(/ /g)].map(m => m.index ?? 0)
  if (spaces.length === 0)
    return label
  const cut = spaces.reduce((best, i) => (Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best))
  return [label.slice(0, cut), label.slice(cut + 1)]
}

export function matrixConfig(model: MatrixModel, profile: RenderProfile, frame: FigureText, _t: Translation = translation()): ChartConfiguration<'matrix'> {
  const colours = paletteFor(profile.scheme)
  const options = baseOptions<'matrix'>(profile, frame)
  const points = model.rows.flatMap((r, ri) => model.columns.map((c, ci) => ({ x: c.label, y: r.label, v: ri * model.columns.length + ci })))
  const levelAt = (i: number) => {
    const cell = model.cells[Math.floor(i / model.columns.length)]?.[i % model.columns.length]
    return levelOf(model, cell?.level ?? '')
  }
  const gap = Math.max(2, Math.round(4 * profile.fontScale))
  return {
    type: 'matrix',
    data: {
      datasets: [{
        label: model.measure,
        data: points,
        backgroundColor: ctx => colours[levelAt(ctx.dataIndex).fill],
        borderColor: ctx => (levelAt(ctx.dataIndex).outline ? colours.ink : colours[levelAt(ctx.dataIndex).fill]),
        borderWidth: ctx => (levelAt(ctx.dataIndex).outline ? 2 : 0),
        width: ({ chart }) => (chart.chartArea ? chart.chartArea.width / model.columns.length - gap : 0),
        height: ({ chart }) => (chart.chartArea ? chart.chartArea.height / model.rows.length - gap : 0),
      }],
    },
    options: {
      ...options,
      scales: {
        x: {
          type: 'category',
          labels: model.columns.map(c => c.label),
          offset: true,
          position: 'top',
          grid: { display: false },
          border: { display: false },
          ticks: { color: colours.ink, font: font('tick', profile, 'bold'), maxRotation: 90, autoSkip: false, callback: (_v, i) => twoLines(model.columns[i]?.label ?? '') },
          // Headings too wide for their columns (a phone-wide frame) stand upright, never slanted into each other.
          afterCalculateLabelRotation: (scale) => {
            scale.labelRotation = scale.labelRotation > 0 ? 90 : 0
          },
        },
        y: { type: 'category', labels: model.rows.map(r => r.label), offset: true, reverse: false, grid: { display: false }, border: { display: false }, ticks: { color: colours.ink, font: font('tick', profile) } },
      },
      plugins: {
        ...options.plugins,
        legend: {
          ...options.plugins?.legend,
          position: 'bottom',
          onClick: () => {},
          labels: {
            ...options.plugins?.legend?.labels,
            generateLabels: (): LegendItem[] => model.levels.map(l => ({
              text: l.legend,
              fillStyle: colours[l.fill],
              strokeStyle: l.outline ? colours.ink : colours[l.fill],
              lineWidth: l.outline ? 2 : 0,
              fontColor: colours.ink,
              hidden: false,
            })),
          },
        },
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: {
            title: items => (items[0] ? `${model.rows[Math.floor(items[0].dataIndex / model.columns.length)]?.name} · ${model.columns[items[0].dataIndex % model.columns.length]?.label}` : ''),
            label: item => `${levelAt(item.dataIndex).label}: ${model.cells[Math.floor(item.dataIndex / model.columns.length)]?.[item.dataIndex % model.columns.length]?.summary ?? ''}`,
          },
        },
        cellLabels: {
          labels: points.map((_p, i) => ({ text: levelAt(i).label, color: colours[levelAt(i).ink] })),
          style: { size: textSize('label', profile), weight: 'bold' },
        },
      },
    },
    plugins: [paperPlugin, cellLabelsPlugin, figureFramePlugin] as never,
  }
}

/** Every word a matrix shows, from its model: the columns, the rows, each cell's level and the legend. */
export function matrixLabels(model: MatrixModel, _t: Translation = translation()): string[] {
  const cells = model.rows.flatMap((_r, ri) => model.columns.map((_c, ci) => levelOf(model, model.cells[ri]?.[ci]?.level ?? '').label))
  return [...model.columns.map(c => c.label), ...model.rows.map(r => r.label), ...cells, ...model.levels.map(l => l.legend)]
}

export function matrixTable(model: MatrixModel, t: Translation = translation()): DataTable {
  return {
    columns: [{ key: 'country', label: t.s.words.country }, ...model.columns.map(c => ({ key: c.key, label: c.label, unit: 'level' }))],
    rows: model.rows.map((r, ri) => ({
      key: r.key,
      label: r.name,
      cells: model.columns.map((_c, ci) => {
        const level = levelOf(model, model.cells[ri]![ci]!.level)
        return { text: level.label, value: level.key, status: 'text' } as const
      }),
    })),
  }
}

/** Alt text: rows with the same pattern are grouped, so the reader hears the structure, not 24 cells. */
export function describeMatrix(model: MatrixModel, t: Translation = translation()): string {
  const frames = t.s.kinds.matrix
  const patterns = new Map<string, string[]>()
  model.rows.forEach((r, ri) => {
    const byLevel = new Map<string, string[]>()
    model.columns.forEach((c, ci) => {
      const level = levelOf(model, model.cells[ri]![ci]!.level)
      byLevel.set(level.legend, [...(byLevel.get(level.legend) ?? []), lowerFirst(c.label)])
    })
    const words = [...byLevel].map(([level, cols]) => frames.levelIn(level, t.f.list(cols), cols.length, cols.length === model.columns.length ? cols.length : 0))
    const key = words.join('; ')
    patterns.set(key, [...(patterns.get(key) ?? []), r.name])
  })
  const parts = [frames.intro(model.measure, model.rows.length, model.columns.length, t.f.list(model.columns.map(c => lowerFirst(c.label))))]
  for (const [pattern, names] of patterns)
    parts.push(sentence(`${t.f.list(names)}: ${pattern}`))
  return parts.join(' ')
}
