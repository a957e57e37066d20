import { figureSchema, isoDateSchema, milestoneSchema, oneEntryPerCountry, sourcesSchema, textSchema } from 'launch-kit/data/schema'
/**
 * The shape of data/vaccines.ts, as zod schemas: the types its data is written against, and the runtime checks
 * npm run check and every export run before anything renders (data/index.ts lists them). Kept apart from the
 * data so the deck's browser code, which imports the data, does not ship zod.
 */
import { z } from 'zod'
import { COUNTRY_CODES } from './codes'

/** One of the six countries (data/codes.ts). */
const countryCodeSchema = z.enum(COUNTRY_CODES)

export const shipmentSchema = z.strictObject({
  /** Day of arrival or handover, or the month when only that is reported. */
  date: isoDateSchema,
  /** Doses in the shipment; null when the source reports the shipment but not its size. */
  doses: z.number({ error: 'expected a finite number, or null when not reported' }).nonnegative({ error: 'must not be negative' }).nullable(),
  vaccine: z.enum(['Sinopharm', 'Sinovac']),
  /** Bought, given, or not stated by the source. */
  kind: z.enum(['purchase', 'donation', 'unclear']),
  /** Who sent it: 'China', or the third country that passed on Chinese-made doses. */
  from: textSchema,
  /** Part of the country that received it, where the source says (e.g. Republika Srpska). */
  recipient: textSchema.optional(),
  sources: sourcesSchema,
  note: textSchema.optional(),
})
export type Shipment = z.infer<typeof shipmentSchema>

/** How a country's total is known. */
export const totalSchema = z.discriminatedUnion('basis', [
  /** A source states the total. */
  z.strictObject({ basis: z.literal('reported'), figure: figureSchema }),
  /** The sum of the listed shipments of this kind; `complete` says whether the list is known to be all of them. */
  z.strictObject({ basis: z.literal('shipments'), complete: z.boolean(), note: textSchema }),
])
export type Total = z.infer<typeof totalSchema>

export const vaccineCountrySchema = z.strictObject({
  country: countryCodeSchema,
  chinese: z.strictObject({
    shipments: z.array(shipmentSchema),
    /** Chinese-made doses the country paid for. */
    purchased: totalSchema,
    /** Doses the People's Republic gave (not Chinese-made doses passed on by a third country). */
    donatedByChina: totalSchema,
  }),
  firstCovaxDelivery: milestoneSchema,
  /** EU-funded Pfizer/BioNTech doses allocated for May–August 2021 (an allocation, not confirmed deliveries). */
  euFundedPfizer: figureSchema,
  /** Where vaccination stood later, all manufacturers combined (JHU GovEx snapshot). */
  coverage: z.strictObject({ administered: figureSchema, fullyVaccinated: figureSchema }),
})
export type VaccineCountry = z.infer<typeof vaccineCountrySchema>

export const vaccinesSchema = z.strictObject({
  countries: z.array(vaccineCountrySchema).superRefine(oneEntryPerCountry(COUNTRY_CODES)),
  /** The regional EU-funded total the country allocations must add up to. */
  euFundedPfizerTotal: figureSchema,
})
export type Vaccines = z.infer<typeof vaccinesSchema>
