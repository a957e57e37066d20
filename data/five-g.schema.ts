import { isoDateSchema, oneEntryPerCountry, sourcesSchema, textSchema } from 'launch-kit/data/schema'
/**
 * The shape of data/five-g.ts, as zod schemas: the types its data is written against, and the runtime checks
 * npm run check and every export run before anything renders (data/index.ts lists them). Kept apart from the
 * data so the deck's browser code, which imports the data, does not ship zod.
 */
import { z } from 'zod'
import { COUNTRY_CODES, INSTRUMENTS } from './codes'

/** One of the six countries (data/codes.ts). */
const countryCodeSchema = z.enum(COUNTRY_CODES)

export const instrumentSchema = z.enum(INSTRUMENTS)
export type Instrument = z.infer<typeof instrumentSchema>

export const commitmentSchema = z.strictObject({
  /** Unique, kebab-case. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' }),
  /** The countries that signed; all six for the regional roadmap. */
  countries: z.array(countryCodeSchema).min(1),
  instrument: instrumentSchema,
  title: textSchema,
  /** Day signed or announced, or the month when only that is known. */
  date: isoDateSchema,
  sources: sourcesSchema,
  note: textSchema.optional(),
})
export type Commitment = z.infer<typeof commitmentSchema>

/** Where a country stands with the US on 5G, in one line, for countries and for charts. */
export const standingSchema = z.strictObject({
  country: countryCodeSchema,
  summary: textSchema,
  sources: sourcesSchema,
})

export const fiveGSchema = z.strictObject({
  instruments: z.strictObject({
    'washington-agreement': textSchema,
    'clean-network': textSchema,
    'us-memorandum': textSchema,
    'government-pledge': textSchema,
    'wb6-roadmap': textSchema,
  }),
  commitments: z.array(commitmentSchema).superRefine((list, ctx) => {
    const ids = new Set<string>()
    list.forEach((item, index) => {
      if (ids.has(item.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${item.id}"` })
      ids.add(item.id)
    })
  }),
  standing: z.array(standingSchema).superRefine(oneEntryPerCountry(COUNTRY_CODES)),
})
export type FiveG = z.infer<typeof fiveGSchema>
