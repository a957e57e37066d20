/**
 * Every dataset, with the file it lives in and the schema it must satisfy. Validation, tests and scripts loop
 * over this list, so a new dataset is checked as soon as it is added here.
 */
import type { z } from 'zod'
import { countries } from './countries'
import { countriesSchema } from 'launch-kit/data/countries.schema'
import { event } from './event'
import { eventSchema } from 'launch-kit/data/event.schema'
import { fiveG } from './five-g'
import { fiveGSchema } from './five-g.schema'
import { loans } from './loans'
import { loansSchema } from './loans.schema'
import { techPresence } from './tech-presence'
import { techPresenceSchema } from './tech-presence.schema'
import { vaccines } from './vaccines'
import { vaccinesSchema } from './vaccines.schema'

export interface Dataset<T = unknown> {
  /** kebab-case name used in messages and by charts. */
  id: string
  /** Path from the project root, named in every error about this dataset. */
  file: string
  schema: z.ZodType<T>
  data: T
}

function dataset<T>(entry: Dataset<T>): Dataset<T> {
  return entry
}

export const datasets = [
  dataset({ id: 'countries', file: 'data/countries.ts', schema: countriesSchema, data: countries }),
  dataset({ id: 'event', file: 'data/event.ts', schema: eventSchema, data: event }),
  dataset({ id: 'vaccines', file: 'data/vaccines.ts', schema: vaccinesSchema, data: vaccines }),
  dataset({ id: 'tech-presence', file: 'data/tech-presence.ts', schema: techPresenceSchema, data: techPresence }),
  dataset({ id: 'five-g', file: 'data/five-g.ts', schema: fiveGSchema, data: fiveG }),
  dataset({ id: 'loans', file: 'data/loans.ts', schema: loansSchema, data: loans }),
] as const

export type DatasetId = (typeof datasets)[number]['id']
export const DATASET_IDS: readonly string[] = datasets.map(d => d.id)

export { countries, event, fiveG, loans, techPresence, vaccines }
