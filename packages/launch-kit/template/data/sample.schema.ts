/**
 * The shape of data/sample.ts, as a zod schema: the type its data is written against, and the runtime check every
 * command runs first (data/index.ts lists it). Kept apart from the data so the deck's browser code does not ship zod.
 */
import { figureSchema, oneEntryPerCountry, textSchema } from 'launch-kit/data/schema'
import { z } from 'zod'
import { countries } from './countries'

export const sampleSchema = z.strictObject({
  /** What the figures measure, as a note can say it. */
  measure: textSchema,
  entries: z.array(z.strictObject({ country: z.string(), figure: figureSchema }))
    .superRefine(oneEntryPerCountry(countries.map(c => c.country))),
})
export type Sample = z.infer<typeof sampleSchema>
