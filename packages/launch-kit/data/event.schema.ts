/**
 * The shape of a launch's data/event.ts (the report and its launch), as zod schemas: the types its data is written
 * against, and the runtime checks npm run check and every export run before anything renders (the launch's
 * data/index.ts lists them). Kept apart from the data so the deck's browser code, which imports the data, does not
 * ship zod.
 */
import { z } from 'zod'
import { isoDateSchema, sourcesSchema, textSchema } from './schema'

/** True when the runtime knows the IANA time zone name. */
export function isTimeZone(name: string): boolean {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone !== ''
  }
  catch {
    return false
  }
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

export const eventSchema = z.strictObject({
  report: z.strictObject({
    title: textSchema,
    /** Short form for footers and file names. */
    shortTitle: textSchema,
    /** URL-safe name used for exported files, e.g. `<slug>-slides.pdf`. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected kebab-case' }),
    authors: z.array(z.strictObject({ name: textSchema, honorific: textSchema.optional() })).min(1),
    publisher: textSchema,
    /** Organisations the publication pages also list. */
    alsoListed: z.array(textSchema).optional(),
    /** Who funded the research, as the publication names them. */
    supportedBy: z.array(textSchema).optional(),
    url: z.url({ protocol: /^https$/ }),
    sources: sourcesSchema,
  }),
  launch: z.strictObject({
    /** As the seed article gives it, word for word. */
    dateText: textSchema,
    weekday: textSchema.optional(),
    /** Month and day, when that is all a source gives (ISO 8601 --MM-DD). */
    monthDay: z.string().regex(/^--\d{2}-\d{2}$/, { error: 'expected ISO 8601 --MM-DD' }).optional(),
    /** Where it happens: "Zoom". */
    platform: textSchema,
    /** What kind of event: "Open online conference". */
    format: textSchema,
    audience: textSchema.optional(),
    sources: sourcesSchema,
  }),
  /** Choices of the organisers, not facts from a source. */
  plan: z.strictObject({
    /**
     * When the session starts, as local wall-clock time plus its IANA time zone, or null while not decided.
     * The holding slide counts down to it; with null it says "Starting soon".
     */
    start: z.strictObject({
      local: z.string().regex(LOCAL_DATE_TIME, { error: 'expected YYYY-MM-DDTHH:mm' }).refine(text => !Number.isNaN(Date.parse(`${text}:00Z`)), { error: 'not a real date and time' }),
      timeZone: z.string().refine(isTimeZone, { error: 'expected an IANA time zone such as Europe/Belgrade' }),
    }, { error: 'expected { local: \'2026-10-15T18:00\', timeZone: \'Europe/Belgrade\' } (local wall-clock time and its IANA time zone), or null while the start is not decided' }).nullable(),
    /** Length of the session the slide time budgets must add up to, in minutes. */
    sessionMinutes: z.number().int().positive(),
    /** Where the QR code on the Q&A and closing slides points. */
    qrUrl: z.url({ protocol: /^https$/ }),
    /** Date the data were last reviewed against the dossier (shown in the handout). */
    dataReviewed: isoDateSchema,
  }),
  /** The licence of the chart kit's own work (images, embed pages, tables as laid out); CC BY 4.0 when left out. */
  licence: z.strictObject({
    /** SPDX identifier, e.g. CC-BY-4.0. */
    id: z.string().regex(/^[\w.+-]+$/, { error: 'expected an SPDX licence identifier such as CC-BY-4.0' }),
    name: textSchema,
    url: z.url({ protocol: /^https$/ }),
  }).optional(),
})
export type LaunchEvent = z.infer<typeof eventSchema>
