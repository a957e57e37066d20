/**
 * Turns a chart's spec (sources, and a `build` that gives its words and model in one language) into registry
 * definitions, one per language. The kinds (bars, timeline, matrix, map) each know how to draw, tabulate and describe
 * their model in a language; this file only wires them up. A new kind adds its entry to `kinds` here and its
 * sentence frames under `kinds` in each language file (charts/i18n/<lang>.ts).
 */
import type { ChartConfiguration } from 'chart.js'
import type { Sources } from '../data/schema'
import type { BarModel } from './bars'
import type { Translation } from './i18n/translation'
import type { LaunchWords } from './i18n/types'
import type { MapModel } from './map'
import type { MatrixModel } from './matrix'
import type { TimelineModel } from './timeline'
import type { ChartDefinition, ChartSource, DataTable, FigureText, RenderProfile } from './types'
import { barConfig, barLabels, barTable, describeBars } from './bars'
import { sourceLine } from './base'
import { translation } from './i18n/translation'
import { describeMap, mapConfig, mapLabels, mapTable } from './map'
import { describeMatrix, matrixConfig, matrixLabels, matrixTable } from './matrix'
import { describeTimeline, timelineConfig, timelineLabels, timelineTable } from './timeline'

interface Kind<M> {
  config: (model: M, profile: RenderProfile, frame: FigureText, t: Translation) => ChartConfiguration<never>
  table: (model: M, t: Translation) => DataTable
  describe: (model: M, t: Translation) => string
  labels: (model: M, t: Translation) => string[]
}

const kinds = {
  bars: { config: barConfig, table: barTable, describe: describeBars, labels: barLabels } as unknown as Kind<BarModel>,
  timeline: { config: timelineConfig, table: timelineTable, describe: describeTimeline, labels: timelineLabels } as unknown as Kind<TimelineModel>,
  matrix: { config: matrixConfig, table: matrixTable, describe: describeMatrix, labels: matrixLabels } as unknown as Kind<MatrixModel>,
  map: { config: mapConfig, table: mapTable, describe: describeMap, labels: mapLabels } as unknown as Kind<MapModel>,
}

type ModelSpec
  = | { kind: 'bars', model: BarModel }
    | { kind: 'timeline', model: TimelineModel }
    | { kind: 'matrix', model: MatrixModel }
    | { kind: 'map', model: MapModel }

/** A chart's words and model in one language. */
export type ChartWords = Pick<ChartDefinition, 'title' | 'subtitle' | 'unit' | 'notes'> & ModelSpec

export interface ChartSpec<W extends LaunchWords = LaunchWords> {
  id: string
  /** Datasets (data/index.ts ids) the chart reads; checked to exist. */
  datasets: readonly string[]
  /** Sources are the same in every language: publishers and titles stay as published. */
  sources: Sources
  /** The chart in one language: its words from `t.s`, figures formatted with `t.f`, data text through `t.fromData`. */
  build: (t: Translation<W>) => ChartWords
}

function definitionIn<W extends LaunchWords>(spec: ChartSpec<W>, t: Translation<W>): ChartDefinition {
  const words = spec.build(t)
  const kind = kinds[words.kind] as Kind<unknown>
  const source = sourceLine(spec.sources, t)
  // A translation nobody has reviewed says so on the figure itself, so a published image cannot pass it off as the report's words.
  const notice = t.s.meta.reviewed ? [] : [t.s.kit.notReviewed]
  const frame: FigureText = { title: words.title, subtitle: words.subtitle, source: t.s.words.source(source), notes: [...words.notes.map(t.s.words.note), ...notice] }
  return {
    id: spec.id,
    lang: t.lang,
    reviewed: t.s.meta.reviewed,
    title: words.title,
    subtitle: words.subtitle,
    unit: words.unit,
    datasets: spec.datasets,
    sources: spec.sources,
    sourceLine: source,
    notes: words.notes,
    table: kind.table(words.model, t),
    altText: kind.describe(words.model, t),
    labels: kind.labels(words.model, t).map(text => text.trim()).filter(Boolean),
    config: profile => kind.config(words.model, profile, frame, t) as ChartConfiguration,
  }
}

/**
 * A chart of a launch, in every language of the launch it is drawn for. `W` is the launch's words (its
 * charts/words/en.ts type), so `build` reads its own words typed: `defineChart<Words>({ … })`. Each language is built on
 * first use and kept, per launch.
 */
export function defineChart<W extends LaunchWords>(spec: ChartSpec<W>): ChartSource {
  // Keyed by the translation, which is one per launch and language (i18n/translation.ts).
  const built = new WeakMap<object, ChartDefinition>()
  return {
    id: spec.id,
    datasets: spec.datasets,
    in: (lang) => {
      const t = translation(lang) as unknown as Translation<W>
      const known = built.get(t)
      if (known)
        return known
      const definition = definitionIn(spec, t)
      built.set(t, definition)
      return definition
    },
  }
}
