/**
 * What a launch gives the engine about its facts (its data/index.ts, `export default defineData({ … })`): every
 * dataset with the file it lives in and the schema it must satisfy, the sources they cite, and the launch's own
 * checks — totals against their parts, and plausibility rules with their bounds. The engine validates all of it
 * (validate.ts) before anything renders, and names the file, dataset, country and field of every problem.
 *
 * Two datasets every launch has, with the engine's schemas: `countries` (countries.schema.ts: the countries it
 * compares, in the order charts show them) and `event` (event.schema.ts: the report and its launch).
 */
import type { z } from 'zod'
import type { Country } from './countries.schema'
import type { LaunchEvent } from './event.schema'
import type { DataIssue } from './issues'
import type { Source } from './schema'

export interface Dataset<T = unknown> {
  /** kebab-case name used in messages and by charts. */
  id: string
  /** Path from the project root, named in every error about this dataset. */
  file: string
  schema: z.ZodType<T>
  data: T
}

/** A dataset entry, typed by its schema (a helper only: it returns what it is given). */
export function dataset<T>(entry: Dataset<T>): Dataset<T> {
  return entry
}

/** What a launch's rule is given: the datasets (already past their schemas), and where to report. */
export interface RuleContext {
  datasets: readonly Dataset[]
  /** The dataset with this id, typed as the rule expects it (the schema has passed). */
  get: <T>(id: string) => Dataset<T> | undefined
  /** The entries of data/sources.ts. */
  sources: Readonly<Record<string, unknown>>
  /** Today as YYYY-MM-DD. */
  today: string
  /** Reports a problem at a place in a dataset; the message names the file, the country and the field. */
  at: (dataset: Dataset, path: readonly PropertyKey[], message: string) => void
  /** Reports a problem already placed (a source in data/sources.ts, a field with no dataset). */
  report: (issue: DataIssue) => void
}

/** A check across fields or a plausibility rule of a launch: it reports through `ctx` and returns nothing. */
export type DataRule = (ctx: RuleContext) => void

/** Limits for the engine's own plausibility rules; a launch sets those that apply to it (data/plausibility.ts). */
export interface EngineBounds {
  /** People in one of the compared countries: outside this, a population was typed in thousands or with a digit too many. */
  population?: { min: number, max: number }
}

export interface LaunchData {
  /** Every source the launch cites, once (data/sources.ts); facts point at these entries. */
  sources: Readonly<Record<string, Source>>
  /** Every dataset; `countries` and `event` are required. */
  datasets: readonly Dataset[]
  /** The launch's checks across fields (totals against their parts), run once every schema passes. */
  checks?: readonly DataRule[]
  /** The launch's plausibility rules (its data/plausibility.ts), run after the engine's own. */
  rules?: readonly DataRule[]
  bounds?: EngineBounds
}

export function defineData(data: LaunchData): LaunchData {
  return data
}

/** The countries a launch compares, from its datasets (empty while the `countries` dataset is missing). */
export function countriesOf(data: Pick<LaunchData, 'datasets'>): readonly Country[] {
  return (data.datasets.find(d => d.id === 'countries')?.data as Country[] | undefined) ?? []
}

/** The launch's event, from its datasets. */
export function eventOf(data: Pick<LaunchData, 'datasets'>): LaunchEvent | undefined {
  return data.datasets.find(d => d.id === 'event')?.data as LaunchEvent | undefined
}
