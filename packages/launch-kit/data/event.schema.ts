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

/** What a person on the panel does: presents the report, chairs the session, or responds to it. */
export const SPEAKER_ROLES = ['author', 'moderator', 'discussant'] as const
export type SpeakerRole = (typeof SPEAKER_ROLES)[number]

/** A person on the panel, as slides name them (`speaker: <id>`) and as sources give them. */
export const speakerSchema = z.strictObject({
  /**
   * What a slide's `speaker:` names, and how slide text reads the person: `{{ $speakers.<id>.fullName }}`. Lower-case
   * letters and digits, so it reads as a name in that expression: e.g. `moderator`, `author2`.
   */
  id: z.string().regex(/^[a-z][a-z0-9]*$/, { error: 'expected lower-case letters and digits, starting with a letter, such as "moderator" or "author2" (slide text reads it as $speakers.<id>)' }),
  name: textSchema,
  /** As a source gives it, e.g. "Dr"; shown before the name. */
  honorific: textSchema.optional(),
  role: z.enum(SPEAKER_ROLES, { error: `expected one of ${SPEAKER_ROLES.join(', ')}` }),
  /** Only when a source states it; left out otherwise. */
  affiliation: textSchema.optional(),
  /** Where the person, their role in the report and their affiliation are stated. */
  sources: sourcesSchema,
})
export type Speaker = z.infer<typeof speakerSchema>

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
  /**
   * The people on the panel, in the order they first speak. Once any are listed, every slide names its speaker
   * (`speaker:` in its frontmatter, one of these ids): the presenter view, the run of show and rehearsals read it.
   */
  speakers: z.array(speakerSchema).min(1, { error: 'list at least one speaker, or leave speakers out' }).optional(),
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
}).superRefine((event, ctx) => {
  const seen = new Set<string>()
  event.speakers?.forEach((speaker, i) => {
    if (seen.has(speaker.id))
      ctx.addIssue({ code: 'custom', path: ['speakers', i, 'id'], message: `"${speaker.id}" is listed twice: each speaker needs an id of their own` })
    seen.add(speaker.id)
    // An author on the panel is one of the report's authors, spelled the same: the name is not typed twice apart.
    if (speaker.role === 'author' && !event.report.authors.some(a => a.name === speaker.name && a.honorific === speaker.honorific))
      ctx.addIssue({ code: 'custom', path: ['speakers', i, 'name'], message: `${speaker.name} has the role author but is not one of report.authors (${event.report.authors.map(a => a.name).join(', ')}) with the same name and honorific` })
  })
})
export type LaunchEvent = z.infer<typeof eventSchema>
