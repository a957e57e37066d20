/**
 * A rehearsal file as the presenter view downloads it (live/rehearsal.ts), read and checked: a file that is not
 * one — not JSON, another kind or version, a slide without its times — is refused with the file, the place in it and
 * what to do.
 */
import type { RehearsalFile } from '../../live/rehearsal'
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { REHEARSAL_KIND, REHEARSAL_VERSION } from '../../live/rehearsal'

const seconds = z.number({ error: 'expected a number of seconds' }).nonnegative({ error: 'must not be negative' })

export const rehearsalSchema = z.strictObject({
  kind: z.literal(REHEARSAL_KIND, { error: `expected "${REHEARSAL_KIND}"` }),
  version: z.literal(REHEARSAL_VERSION, { error: `expected ${REHEARSAL_VERSION}, the version this engine reads` }),
  deck: z.string(),
  recordedAt: z.iso.datetime({ error: 'expected an ISO 8601 date and time' }),
  speakers: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1) })),
  slides: z.array(z.strictObject({
    no: z.number().int().positive(),
    title: z.string(),
    speaker: z.string().min(1).optional(),
    budgetSeconds: seconds,
    shownSeconds: seconds,
  })).min(1, { error: 'lists no slides' }),
}) satisfies z.ZodType<RehearsalFile>

export class RehearsalError extends Error {
  override name = 'RehearsalError'
}

const FIX = 'Give a file the presenter view downloaded with "Download rehearsal timings (JSON)", unchanged.'

/** The rehearsal in `path`; throws a RehearsalError naming the file, the place and the fix. */
export async function readRehearsal(path: string): Promise<RehearsalFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  }
  catch (error) {
    throw new RehearsalError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check the path.`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  }
  catch (error) {
    throw new RehearsalError(`${path}: not JSON (${(error as Error).message}). ${FIX}`)
  }
  const parsed = rehearsalSchema.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map(issue => `  • ${issue.path.length > 0 ? issue.path.join('.') : '(the file)'}: ${issue.message}`)
    throw new RehearsalError(`${path}: not a rehearsal file this engine reads:\n${lines.join('\n')}\n${FIX}`)
  }
  return parsed.data
}
