/**
 * The shape of data/countries.ts, as zod schemas: the types its data is written against, and the runtime checks
 * npm run check and every export run before anything renders (data/index.ts lists them). Kept apart from the
 * data so the deck's browser code, which imports the data, does not ship zod.
 */
import { z } from 'zod'
import { countryCodeSchema, figureSchema, oneEntryPerCountry, textSchema } from './schema'

export const countrySchema = z.strictObject({
  country: countryCodeSchema,
  /** Full name, as in running text. */
  name: textSchema,
  /** Name that fits a chart axis. */
  shortName: textSchema,
  population: figureSchema,
})
export type Country = z.infer<typeof countrySchema>

export const countriesSchema = z.array(countrySchema).superRefine(oneEntryPerCountry)

