/**
 * This launch's facts, as the engine reads them: every dataset with the file it lives in and the schema it must
 * satisfy, the sources they cite, and the launch's plausibility rules and bounds. Every command validates all of it
 * before anything renders, and names the file, dataset, country and field of each problem (npm run check lists them).
 */
import { countriesSchema } from 'launch-kit/data/countries.schema'
import { dataset, defineData } from 'launch-kit/data/define'
import { eventSchema } from 'launch-kit/data/event.schema'
import { countries } from './countries'
import { event } from './event'
import { BOUNDS, rules } from './plausibility'
import { sample } from './sample'
import { sampleSchema } from './sample.schema'
import { sources } from './sources'

export const datasets = [
  dataset({ id: 'countries', file: 'data/countries.ts', schema: countriesSchema, data: countries }),
  dataset({ id: 'event', file: 'data/event.ts', schema: eventSchema, data: event }),
  dataset({ id: 'sample', file: 'data/sample.ts', schema: sampleSchema, data: sample }),
]

export default defineData({ sources, datasets, rules, bounds: { population: BOUNDS.population } })
