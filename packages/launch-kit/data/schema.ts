/**
 * The shapes every fact in `data/` must have, as zod schemas.
 *
 * One definition gives both the TypeScript types (so a figure without a source does not compile) and the runtime
 * checks that types cannot express (finite non-negative numbers, real calendar dates, https URLs, plain text).
 * This module imports nothing but zod, so it can be validated and tested in plain Node.
 */
import { z } from 'zod'

/**
 * A country as ISO 3166-1 alpha-2, or a user-assigned code such as XK (Kosovo). Which countries a launch compares is
 * the launch's own list (its data/countries.ts); datasets check their entries against it with `oneEntryPerCountry`.
 */
export const countryCodeSchema = z.string({ error: 'expected a country code' }).regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code in capitals, e.g. "RS" (ISO 3166-1 alpha-2; Kosovo: "XK")' })
export type CountryCode = string

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** True for '2021', '2021-05' or '2021-05-27' when the month and day exist on the calendar. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match)
    return false
  const [, y, m, d] = match
  const month = m === undefined ? 1 : Number(m)
  if (month < 1 || month > 12)
    return false
  if (d === undefined)
    return true
  const day = Number(d)
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate()
  return day >= 1 && day <= last
}

/** An ISO 8601 date at the precision the source gives: a year, a month or a day. */
const ISO_DATE_ERROR = 'expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD'
export const isoDateSchema = z.string({ error: ISO_DATE_ERROR }).refine(isIsoDate, { error: ISO_DATE_ERROR })
export type IsoDate = z.infer<typeof isoDateSchema>

/** A calendar day, YYYY-MM-DD: what a chart needs to place an event on a time axis. */
export const isoDaySchema = isoDateSchema.refine(text => text.length === 10, { error: 'expected a full date, YYYY-MM-DD' })

const TAG = /<\/?[a-z!][^>]*>/i

/** Text that is shown as text everywhere (slides, handout, embeds); markup is refused rather than escaped away. */
export const textSchema = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' }).refine(text => !TAG.test(text), { error: 'must be plain text: it contains an HTML tag' })

/** Where a fact comes from, as it reads in a "Source:" line. */
export const sourceSchema = z.strictObject({
  /** Who published it, e.g. "Reuters" or "Johns Hopkins University CSSE". */
  publisher: textSchema,
  /** The title of the article, page or file. */
  title: textSchema,
  /** A link a reader can open; https only. */
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
  /** How far the dossier trusts it: high = official or corroborated, medium = one reputable outlet, low = unclear origin. */
  confidence: z.enum(['high', 'medium', 'low']),
})
export type Source = z.infer<typeof sourceSchema>

/**
 * At least one source. At runtime a non-empty array (so the message says what is wrong); as a type a non-empty
 * tuple, so an empty list is also a compile error.
 */
export const sourcesSchema = z.array(sourceSchema).min(1, { error: 'needs at least one source' }) as unknown as z.ZodType<[Source, ...Source[]]>
export type Sources = z.infer<typeof sourcesSchema>

/** A count of things: finite and never negative. A number given as a string is refused. */
export const countSchema = z.number({ error: 'expected a finite number' }).nonnegative({ error: 'must not be negative' })

/** A share of a whole, in per cent. */
export const percentSchema = countSchema.max(100, { error: 'a share cannot exceed 100 %' })

/** A value another source gives for the same fact, kept beside the one we use. */
export const alternativeSchema = z.strictObject({
  value: countSchema,
  status: z.enum(['exact', 'atLeast']),
  date: isoDateSchema,
  sources: sourcesSchema,
  note: textSchema,
})

/** What an exact value and a lower bound both carry. */
const knownFigure = {
  value: countSchema,
  /** The date of the fact (not of the article), at the precision known. */
  date: isoDateSchema,
  sources: sourcesSchema,
  note: textSchema.optional(),
  /** What another source says, when sources disagree. */
  alternative: alternativeSchema.optional(),
}

/**
 * A number as real data has it: an exact value, a lower bound ("at least 410,000"), or unknown.
 * A sourced zero is `exact` with value 0; unknown is never a number.
 */
export const figureSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('exact'), ...knownFigure }),
  z.strictObject({ status: z.literal('atLeast'), ...knownFigure }),
  z.strictObject({
    status: z.literal('unknown'),
    /** Why it is unknown, in words a reader understands ("total delivered not found"). */
    reason: textSchema,
    /** Where it was looked for, if anywhere worth naming. */
    sources: z.array(sourceSchema).optional(),
  }),
])
export type Figure = z.infer<typeof figureSchema>
export type KnownFigure = Extract<Figure, { status: 'exact' | 'atLeast' }>

/** Text a fact must carry, with a message that says what it is for when it is missing. */
function noteSchema(missing: string) {
  return z.string({ error: missing }).trim().min(1, { error: missing }).refine(text => !TAG.test(text), { error: 'must be plain text: it contains an HTML tag' })
}

/** When something first happened: on a day, not by a day (later date unknown), never, or unknown. */
export const milestoneSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('on'), date: isoDaySchema, sources: sourcesSchema, note: textSchema.optional() }),
  z.strictObject({ status: z.literal('notBy'), date: isoDaySchema, sources: sourcesSchema, note: noteSchema('a "notBy" milestone needs a note: what the source says had not happened by that date') }),
  z.strictObject({ status: z.literal('never'), sources: sourcesSchema, note: noteSchema('a "never" milestone needs a note: why it never happened, as the source says') }),
  z.strictObject({ status: z.literal('unknown'), reason: textSchema, sources: z.array(sourceSchema).optional() }),
])
export type Milestone = z.infer<typeof milestoneSchema>

/**
 * A refinement for a dataset that lists its entries by country: each of `codes` (the launch's countries, in its
 * data/countries.ts order) there once, and no other.
 */
export function oneEntryPerCountry(codes: readonly string[]) {
  return <T extends { country: string }>(entries: readonly T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>()
    entries.forEach((entry, index) => {
      if (seen.has(entry.country))
        ctx.addIssue({ code: 'custom', path: [index, 'country'], message: `duplicate entry for ${entry.country}` })
      else if (!codes.includes(entry.country))
        ctx.addIssue({ code: 'custom', path: [index, 'country'], message: `${entry.country} is not one of the countries this launch compares (${codes.join(', ')} in data/countries.ts)` })
      seen.add(entry.country)
    })
    for (const code of codes) {
      if (!seen.has(code))
        ctx.addIssue({ code: 'custom', path: [], message: `no entry for ${code}` })
    }
  }
}
