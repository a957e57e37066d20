/**
 * The shape of a launch's data/countries.ts: the countries it compares, in the order its charts show them, as zod
 * schemas (the types the data is written against, and the runtime checks every command runs first). Kept apart from
 * the data so the deck's browser code, which imports the data, does not ship zod.
 */
import { z } from 'zod'
import { countryCodeSchema, figureSchema, textSchema } from './schema'

export const countrySchema = z.strictObject({
  country: countryCodeSchema,
  /** Full name, as in running text. */
  name: textSchema,
  /** Name that fits a chart axis. */
  shortName: textSchema,
  /** Needed by charts that divide by it (per 100 people, shares); a launch that has none leaves it out. */
  population: figureSchema.optional(),
})
export type Country = z.infer<typeof countrySchema>

export const countriesSchema = z.array(countrySchema).min(1, { error: 'name at least one country' }).superRefine((entries, ctx) => {
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    if (seen.has(entry.country))
      ctx.addIssue({ code: 'custom', path: [index, 'country'], message: `${entry.country} is listed twice` })
    seen.add(entry.country)
  })
})
