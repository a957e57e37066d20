/**
 * Turns a chart's spec (text, sources and a model of one kind) into a registry definition. The kinds (bars,
 * timeline, matrix, map) each know how to draw, tabulate and describe their model; this file only wires them up.
 */
import type { ChartConfiguration } from 'chart.js'
import type { BarModel } from './bars'
import type { MapModel } from './map'
import type { MatrixModel } from './matrix'
import type { TimelineModel } from './timeline'
import type { ChartDefinition, DataTable, FigureText, RenderProfile } from './types'
import { countries } from '../data/countries'
import { barConfig, barTable, describeBars } from './bars'
import { sourceLine } from './base'
import { describeMap, mapConfig, mapTable } from './map'
import { describeMatrix, matrixConfig, matrixTable } from './matrix'
import { describeTimeline, timelineConfig, timelineTable } from './timeline'

interface Kind<M> {
  config: (model: M, profile: RenderProfile, frame: FigureText) => ChartConfiguration<never>
  table: (model: M) => DataTable
  describe: (model: M) => string
}

const kinds = {
  bars: { config: barConfig, table: barTable, describe: describeBars } as unknown as Kind<BarModel>,
  timeline: { config: timelineConfig, table: timelineTable, describe: describeTimeline } as unknown as Kind<TimelineModel>,
  matrix: { config: matrixConfig, table: matrixTable, describe: describeMatrix } as unknown as Kind<MatrixModel>,
  map: { config: mapConfig, table: mapTable, describe: describeMap } as unknown as Kind<MapModel>,
}

type Spec = Pick<ChartDefinition, 'id' | 'title' | 'subtitle' | 'unit' | 'datasets' | 'sources' | 'notes'>

type ModelSpec =
  | { kind: 'bars', model: BarModel }
  | { kind: 'timeline', model: TimelineModel }
  | { kind: 'matrix', model: MatrixModel }
  | { kind: 'map', model: MapModel }

export function defineChart(spec: Spec & ModelSpec): ChartDefinition {
  const kind = kinds[spec.kind] as Kind<unknown>
  const frame: FigureText = { title: spec.title, subtitle: spec.subtitle, source: sourceLine(spec.sources), notes: spec.notes }
  return {
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    unit: spec.unit,
    datasets: spec.datasets,
    sources: spec.sources,
    notes: spec.notes,
    table: kind.table(spec.model),
    altText: kind.describe(spec.model),
    config: profile => kind.config(spec.model, profile, frame) as ChartConfiguration,
  }
}

/** The six countries as chart rows, in the deck's order. */
export function countryRows(): { key: string, label: string, name: string }[] {
  return countries.map(c => ({ key: c.country, label: c.shortName, name: c.name }))
}

export function countryName(code: string): string {
  return countries.find(c => c.country === code)?.name ?? code
}
