/**
 * Dates by country on one time axis: a dot per event, one row per country, optionally joined into a dumbbell.
 * What did not happen, or happened after an unknown date, is written on the row, not plotted as a date.
 * The x axis counts days (no date adapter needed: dates are ISO strings, formatted in UTC by format.ts).
 */
import type { ChartConfiguration, PointStyle } from 'chart.js'
import type { Milestone, Sources } from '../data/schema'
import type { Translation } from './i18n/translation'
import type { PaletteToken } from './theme'
import type { DataTable, FigureText, RenderProfile } from './types'
import { baseOptions, font, textSize, textStyle } from './base'
import { dayNumber, isoFromDayNumber } from './format'
import { sentence } from './i18n/text'
import { translation } from './i18n/translation'
import { cssFont, figureFramePlugin, paperPlugin, rowConnectorsPlugin, rowNotesPlugin } from './plugins'
import { paletteFor } from './theme'

/** One event on a row: a date (at any ISO precision), "not by" a date, never, unknown, or not applicable. */
export type TimelinePoint
  = | { status: 'on', date: string, sources?: Sources }
    | { status: 'notBy', date: string }
    | { status: 'never' }
    | { status: 'unknown' }
    | { status: 'none' }

/** A milestone from data/ as a timeline point: what it says, with its sources where it is a date. */
export function milestonePoint(milestone: Milestone): TimelinePoint {
  switch (milestone.status) {
    case 'on': return { status: 'on', date: milestone.date, sources: milestone.sources }
    case 'notBy': return { status: 'notBy', date: milestone.date }
    case 'never': return { status: 'never' }
    case 'unknown': return { status: 'unknown' }
  }
}

export interface TimelineSeries {
  id: string
  label: string
  /** One word for notes on a row, e.g. "Aid". */
  short: string
  color: PaletteToken
  pointStyle: PointStyle
  points: TimelinePoint[]
  /** What a row says when this event never happened, e.g. "no delivery". */
  neverText: string
}

export interface TimelineModel {
  rows: { key: string, label: string, name: string }[]
  series: TimelineSeries[]
  /** Join each row's first and last dot. */
  connect: boolean
  /** Offset each series a little within its row, so events on nearby dates do not hide each other. */
  stagger: boolean
  /** What the dots are, in words, for the alt text. */
  measure: string
  /** Extra words for a row, shown after its last dot (e.g. "no US commitment found"). */
  rowText?: (string | undefined)[]
}

function plotted(point: TimelinePoint): string | undefined {
  return point.status === 'on' || point.status === 'notBy' ? point.date : undefined
}

function rowNote(model: TimelineModel, row: number, t: Translation): string | undefined {
  const words: string[] = []
  for (const s of model.series) {
    const p = s.points[row]!
    if (p.status === 'notBy')
      words.push(`${s.short}: ${t.s.words.noneBy(t.f.date(p.date))}`)
    else if (p.status === 'never')
      words.push(s.neverText)
    else if (p.status === 'unknown')
      words.push(`${s.short}: ${t.s.words.notKnown}`)
  }
  const extra = model.rowText?.[row]
  if (extra)
    words.push(extra)
  return words.length > 0 ? words.join('; ') : undefined
}

/** First of each month between two day numbers, for ticks. */
function monthTicks(min: number, max: number): number[] {
  const ticks: number[] = []
  const start = isoFromDayNumber(min)
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))]
  for (;;) {
    const day = Date.UTC(y, m - 1, 1) / 86_400_000
    if (day > max)
      break
    if (day >= min)
      ticks.push(day)
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return ticks
}

/** First of January of each year between two day numbers, for ticks on a long axis. */
function yearTicks(min: number, max: number): number[] {
  const ticks: number[] = []
  for (let y = Number(isoFromDayNumber(min).slice(0, 4)); ; y++) {
    const day = Date.UTC(y, 0, 1) / 86_400_000
    if (day > max)
      return ticks
    if (day >= min)
      ticks.push(day)
  }
}

/** Beyond four years a month axis has too many ticks to read: the axis counts in whole years instead. */
const LONG_SPAN_DAYS = 4 * 365

/** Share of the plot width a note of `chars` characters needs (about 11 px a character on a ~640 px plot). */
function noteShare(chars: number): number {
  return Math.min(0.7, (chars * 11) / 640)
}

/** The right end of the axis: the last event plus room for each row's note after that row's last dot. */
function axisMax(model: TimelineModel, min: number, last: number, t: Translation): number {
  let max = last + Math.max(10, (last - min) * 0.06)
  model.rows.forEach((_r, row) => {
    const text = rowNote(model, row, t)
    if (!text)
      return
    const xs = model.series.map(s => plotted(s.points[row]!)).filter((d): d is string => !!d).map(dayNumber)
    const x = xs.length > 0 ? Math.max(...xs) : min
    max = Math.max(max, min + (x - min) / (1 - noteShare(text.length)))
  })
  return max
}

/** Every word a timeline shows, from its model: the rows, the legend and each row's note (dates on the axis are not data). */
export function timelineLabels(model: TimelineModel, t: Translation = translation()): string[] {
  return [...model.rows.map(r => r.label), ...model.series.map(s => s.label), ...model.rows.flatMap((_r, row) => rowNote(model, row, t) ?? [])]
}

export function timelineRange(model: TimelineModel): [number, number] {
  const days = model.series.flatMap(s => s.points.map(plotted)).filter((d): d is string => !!d).map(dayNumber)
  return [Math.min(...days), Math.max(...days)]
}

export function timelineConfig(model: TimelineModel, profile: RenderProfile, frame: FigureText, t: Translation = translation()): ChartConfiguration<'scatter'> {
  const colours = paletteFor(profile.scheme)
  const options = baseOptions<'scatter'>(profile, frame)
  const [first, last] = timelineRange(model)
  const long = last - first > LONG_SPAN_DAYS
  // Room before the first dot, so it is drawn whole: twelve days on a short axis, 3 % of a long one.
  const min = first - (long ? Math.round((last - first) * 0.03) : 12)
  const max = axisMax(model, min, last, t)
  const radius = Math.round(textSize('label', profile) * (model.stagger ? 0.4 : 0.55))
  const tickDays = (from: number, to: number) => (long ? yearTicks(from, to) : monthTicks(from, to))
  const step = Math.max(1, Math.ceil(tickDays(min, max).length / 7))
  const monthLabel = (day: number) => t.f.date(isoFromDayNumber(day).slice(0, long ? 4 : 7))
  const offset = (si: number) => (model.stagger ? (si - (model.series.length - 1) / 2) * 0.16 : 0)
  return {
    type: 'scatter',
    data: {
      datasets: model.series.map((s, si) => ({
        label: s.label,
        data: s.points.map((p, row) => {
          const date = plotted(p)
          return date ? { x: dayNumber(date), y: row + offset(si) } : { x: Number.NaN, y: row }
        }),
        pointStyle: s.pointStyle,
        pointRadius: radius,
        pointHoverRadius: radius + 2,
        pointBorderWidth: 3,
        borderColor: colours[s.color],
        backgroundColor: colours[s.color],
        pointBackgroundColor: s.points.map(p => (p.status === 'notBy' ? colours.paper : colours[s.color])),
      })),
    },
    options: {
      ...options,
      scales: {
        x: {
          type: 'linear',
          min,
          max,
          grid: { color: colours.grid },
          border: { display: false },
          // Upright dates; in a narrow frame (a phone) fewer of them, so that neighbours keep a gap, never slanted.
          afterBuildTicks: (axis) => {
            const months = tickDays(min, max)
            axis.ctx.save()
            axis.ctx.font = cssFont({ size: textSize('tick', profile) })
            const label = Math.max(...months.map(day => axis.ctx.measureText(monthLabel(day)).width))
            axis.ctx.restore()
            // The shortest month (28 days), or year, as drawn: each shown label needs its width and a gap from the
            // next. Years are shown every 1, 2, 5, 10… of them, so the ticks fall on round years.
            const unit = axis.width > 0 ? (axis.width * (long ? 365 : 28)) / (max - min) : Number.POSITIVE_INFINITY
            const needed = Math.max(step, Math.ceil((label + 12) / unit))
            const every = long ? [1, 2, 5, 10, 20, 50, 100].find(n => n >= needed) ?? needed : needed
            axis.ticks = months.filter((_d, i) => i % every === 0).map(value => ({ value }))
          },
          ticks: { color: colours.inkMuted, font: font('tick', profile), maxRotation: 0, autoSkip: false, callback: value => monthLabel(Number(value)) },
        },
        y: {
          type: 'linear',
          reverse: true,
          min: -0.6,
          max: model.rows.length - 0.4,
          grid: { display: false },
          border: { display: false },
          afterBuildTicks: (axis) => {
            axis.ticks = model.rows.map((_r, value) => ({ value }))
          },
          ticks: { color: colours.ink, font: font('tick', profile), callback: value => model.rows[Number(value)]?.label ?? '' },
        },
      },
      plugins: {
        ...options.plugins,
        legend: { ...options.plugins?.legend, labels: { ...options.plugins?.legend?.labels, usePointStyle: true } },
        tooltip: {
          ...options.plugins?.tooltip,
          callbacks: {
            label: item => `${model.series[item.datasetIndex]?.label}: ${t.f.date(isoFromDayNumber(item.parsed.x ?? 0))}`,
          },
        },
        rowConnectors: { datasets: model.connect ? model.series.map((_s, i) => i) : [], color: colours.grid, width: 4 },
        rowNotes: {
          notes: model.rows.flatMap((_r, row) => {
            const text = rowNote(model, row, t)
            if (!text)
              return []
            const xs = model.series.map(s => plotted(s.points[row]!)).filter((d): d is string => !!d).map(dayNumber)
            return [{ row, x: xs.length > 0 ? Math.max(...xs) : min, from: xs.length > 0 ? Math.min(...xs) : min, text }]
          }),
          style: textStyle('label', profile, { size: Math.round(textSize('label', profile)) }),
        },
      },
    },
    plugins: [paperPlugin, rowConnectorsPlugin, rowNotesPlugin, figureFramePlugin] as never,
  }
}

function cellText(point: TimelinePoint, series: TimelineSeries, t: Translation): string {
  switch (point.status) {
    case 'on': return t.f.date(point.date)
    case 'notBy': return t.s.words.noneBy(t.f.date(point.date))
    case 'never': return series.neverText
    case 'unknown': return t.s.words.notKnown
    case 'none': return '—'
  }
}

export function timelineTable(model: TimelineModel, t: Translation = translation()): DataTable {
  return {
    columns: [{ key: 'country', label: t.s.words.country }, ...model.series.map(s => ({ key: s.id, label: s.label, unit: 'date' }))],
    rows: model.rows.map((r, row) => ({
      key: r.key,
      label: r.name,
      cells: model.series.map((s) => {
        const p = s.points[row]!
        const value = p.status === 'on' || p.status === 'notBy' ? p.date : null
        const status = p.status === 'on' ? 'exact' : p.status === 'notBy' ? 'notBy' : p.status === 'unknown' ? 'unknown' : 'none'
        return { text: cellText(p, s, t), value, status } as const
      }),
    })),
  }
}

/** One event of a row in words: "first aid delivery 28 Mar 2021", "no first aid delivery by 1 Apr 2021", or the series' own words when it never happened. */
function phrase(point: TimelinePoint, series: TimelineSeries, t: Translation): string {
  const frames = t.s.kinds.timeline
  switch (point.status) {
    case 'on': return frames.on(series.label, cellText(point, series, t))
    case 'notBy': return frames.notBy(series.label, t.f.date(point.date))
    case 'never': return series.neverText
    case 'unknown': return frames.unknown(series.label)
    case 'none': return frames.none(series.label)
  }
}

/**
 * Alt text: the span; for two series, where each came first; for more, what all rows share once, then each row's
 * events in date order. Gaps (none by a date, never, not known) are said in words.
 */
export function describeTimeline(model: TimelineModel, t: Translation = translation()): string {
  const frames = t.s.kinds.timeline
  // The span from the dates as given, so a month-only date reads "Aug 2020", not a made-up day.
  const dates = model.series.flatMap(s => s.points.map(plotted)).filter((d): d is string => !!d).sort()
  const parts = [frames.intro(model.measure, t.f.date(dates[0] ?? ''), t.f.date(dates.at(-1) ?? ''))]
  const [a, b] = model.series
  if (model.series.length === 2 && a && b) {
    const aFirst: string[] = []
    const bFirst: string[] = []
    const other: string[] = []
    model.rows.forEach((r, row) => {
      const pa = a.points[row]!
      const pb = b.points[row]!
      const aEarlier = pa.status === 'on' && ((pb.status === 'on' && pa.date < pb.date) || (pb.status === 'notBy' && pa.date <= pb.date))
      const bEarlier = pb.status === 'on' && ((pa.status === 'on' && pb.date < pa.date) || (pa.status === 'notBy' && pb.date <= pa.date))
      if (aEarlier)
        aFirst.push(`${r.name} (${cellText(pa, a, t)}; ${b.short}: ${cellText(pb, b, t)})`)
      else if (bEarlier)
        bFirst.push(`${r.name} (${cellText(pb, b, t)}; ${a.short}: ${cellText(pa, a, t)})`)
      else
        other.push(sentence(`${r.name}: ${phrase(pa, a, t)}; ${phrase(pb, b, t)}`))
    })
    if (aFirst.length > 0)
      parts.push(frames.earlier(a.label, t.f.list(aFirst)))
    if (bFirst.length > 0)
      parts.push(frames.earlier(b.label, t.f.list(bFirst)))
    parts.push(...other)
  }
  else {
    // A series on the same date in every row (a regional agreement) is said once, not per row.
    const shared = model.series.filter(s => s.points.every(p => p.status === 'on' && p.date === (s.points[0] as { date?: string }).date))
    for (const s of shared)
      parts.push(frames.shared(model.rows.length, s.label, cellText(s.points[0]!, s, t)))
    model.rows.forEach((r, row) => {
      const own = model.series.filter(s => !shared.includes(s)).map(s => ({ s, p: s.points[row]! }))
      const events = own
        .flatMap(e => (e.p.status === 'on' ? [{ date: e.p.date, text: `${e.s.label} (${cellText(e.p, e.s, t)})` }] : []))
        .sort((x, y) => x.date.localeCompare(y.date))
        .map(e => e.text)
      // What did not happen by a date, never, or is not known is said too ("no roll-out by 31 Dec 2025"), not dropped.
      const gaps = own.flatMap(e => (e.p.status === 'notBy' || e.p.status === 'never' || e.p.status === 'unknown' ? [phrase(e.p, e.s, t)] : []))
      const extra = model.rowText?.[row]
      const words = [...(events.length > 0 ? [t.f.list(events)] : []), ...gaps, ...(extra ? [extra] : [])]
      parts.push(sentence(`${r.name}: ${words.length > 0 ? words.join('; ') : t.s.words.none}`))
    })
  }
  return parts.join(' ')
}
