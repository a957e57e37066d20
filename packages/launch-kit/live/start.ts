/**
 * Which start time the holding slide counts down to. data/event.ts `plan.start` is the one source; a rehearsal or
 * a test may build the deck with the environment variable VITE_DECK_START set (Vite exposes VITE_* variables to
 * the client at build and dev time), written the way Temporal and RFC 9557 write a zoned time:
 *
 *   VITE_DECK_START='2030-06-12T16:00[Europe/Belgrade]' npm run build
 *
 * It is for trying the countdown before the organisers have fixed a time, never for the real event: set
 * `plan.start` in data/event.ts for that.
 */
import type { ZonedStart } from './zoned-time'
import { parseLocal } from './zoned-time'

const ZONED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})\[([^\]]+)\]$/

/** Parses "YYYY-MM-DDTHH:mm[Area/City]"; throws with the expected form when it is not one. */
export function parseZonedStart(text: string): ZonedStart {
  const match = ZONED.exec(text.trim())
  if (!match)
    throw new Error(`VITE_DECK_START="${text}": expected YYYY-MM-DDTHH:mm[Area/City], e.g. 2030-06-12T16:00[Europe/Belgrade]`)
  const [, local, timeZone] = match as unknown as [string, string, string]
  parseLocal(local)
  try {
    void new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions()
  }
  catch {
    throw new Error(`VITE_DECK_START="${text}": "${timeZone}" is not an IANA time zone the browser knows`)
  }
  return { local, timeZone }
}

/** The override when one is given (non-empty), otherwise the start from data (null = not decided yet). */
export function resolveStart(fromData: ZonedStart | null, override: string | undefined): ZonedStart | null {
  return override && override.trim() !== '' ? parseZonedStart(override) : fromData
}
