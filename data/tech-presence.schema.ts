import { figureSchema, isoDateSchema, oneEntryPerCountry, sourcesSchema, textSchema } from 'launch-kit/data/schema'
/**
 * The shape of data/tech-presence.ts, as zod schemas: the types its data is written against, and the runtime checks
 * npm run check and every export run before anything renders (data/index.ts lists them). Kept apart from the
 * data so the deck's browser code, which imports the data, does not ship zod.
 */
import { z } from 'zod'
import { COUNTRY_CODES, TECH_DIMENSIONS, TECH_LEVELS } from './codes'

/** One of the six countries (data/codes.ts). */
const countryCodeSchema = z.enum(COUNTRY_CODES)

export const techDimensionSchema = z.enum(TECH_DIMENSIONS)
export type TechDimension = z.infer<typeof techDimensionSchema>

export const techLevelSchema = z.enum(TECH_LEVELS)
export type TechLevel = z.infer<typeof techLevelSchema>

export const evidenceSchema = z.strictObject({
  text: textSchema,
  date: isoDateSchema.optional(),
  sources: sourcesSchema,
})

export const techCellSchema = z.strictObject({
  level: techLevelSchema,
  /** The assessment in one sentence, in the report's terms. */
  summary: textSchema,
  sources: sourcesSchema,
  evidence: z.array(evidenceSchema),
  /** Numbers the assessment rests on, named (e.g. cameras), for slide text. */
  figures: z.record(z.string(), figureSchema).optional(),
})
export type TechCell = z.infer<typeof techCellSchema>

export const techCountrySchema = z.strictObject({
  country: countryCodeSchema,
  cells: z.strictObject({ telecoms: techCellSchema, governance: techCellSchema, it: techCellSchema, security: techCellSchema }),
})
export type TechCountry = z.infer<typeof techCountrySchema>

export const techPresenceSchema = z.strictObject({
  dimensions: z.strictObject({ telecoms: textSchema, governance: textSchema, it: textSchema, security: textSchema }),
  levels: z.strictObject({ extensive: textSchema, present: textSchema, limited: textSchema, undecided: textSchema, notFound: textSchema }),
  countries: z.array(techCountrySchema).superRefine(oneEntryPerCountry(COUNTRY_CODES)),
})
export type TechPresence = z.infer<typeof techPresenceSchema>
