import { figureSchema, isoDateSchema, oneEntryPerCountry, sourcesSchema, textSchema } from 'launch-kit/data/schema'
/**
 * The shape of data/loans.ts, as zod schemas: the types its data is written against, and the runtime checks
 * npm run check and every export run before anything renders (data/index.ts lists them). Kept apart from the
 * data so the deck's browser code, which imports the data, does not ship zod.
 */
import { z } from 'zod'
import { COUNTRY_CODES } from './codes'

/** One of the six countries (data/codes.ts). */
const countryCodeSchema = z.enum(COUNTRY_CODES)

export const loanSchema = z.strictObject({
  country: countryCodeSchema,
  lender: textSchema,
  project: textSchema,
  currency: z.enum(['USD', 'EUR']),
  amount: figureSchema,
})
export type Loan = z.infer<typeof loanSchema>

export const loansSchema = z.strictObject({
  loans: z.array(loanSchema).superRefine(oneEntryPerCountry(COUNTRY_CODES)),
  montenegro: z.strictObject({
    /** General government debt, per cent of GDP: it can exceed 100. */
    publicDebtPercentOfGdp: figureSchema,
    /** The loan against GDP, in the source's words (no ratio is computed: GDP years differ). */
    loanShareOfGdp: z.strictObject({ words: textSchema, sources: sourcesSchema, note: textSchema }),
    /** The Chinese embassy's framing, against total public debt. */
    loanShareOfDebt: z.strictObject({ words: textSchema, sources: sourcesSchema, note: textSchema }),
    refinancing: z.strictObject({ text: textSchema, date: isoDateSchema, sources: sourcesSchema }),
  }),
})
export type Loans = z.infer<typeof loansSchema>
