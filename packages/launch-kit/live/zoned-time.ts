/**
 * Local wall-clock time in an IANA time zone → the instant it names, with nothing but Intl (no time-zone data of
 * our own, so it is as current as the browser's). Daylight-saving changes are resolved the way Temporal's
 * `disambiguation: 'compatible'` does it: a time that occurs twice (clocks go back) is the earlier one; a time that
 * does not exist (clocks go forward) moves forward by the gap, e.g. 02:30 on the spring-forward night is 03:30.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/
const DAY_MS = 86_400_000

/** A start time as data/event.ts holds it. */
export interface ZonedStart {
  /** Wall-clock time, YYYY-MM-DDTHH:mm. */
  local: string
  /** IANA name, e.g. Europe/Belgrade. */
  timeZone: string
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall-clock reading in `timeZone` at `instant`, written as if it were UTC milliseconds. */
export function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal')
      parts[part.type] = Number(part.value)
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

/** How far the zone's clocks are ahead of UTC at `instant`, in milliseconds. */
export function offsetMs(instant: number, timeZone: string): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000)
  return wallClockMs(whole, timeZone) - whole
}

/** Parses YYYY-MM-DDTHH:mm as UTC milliseconds of that wall-clock reading; throws on anything else. */
export function parseLocal(local: string): number {
  const match = LOCAL.exec(local)
  if (!match)
    throw new Error(`"${local}" is not a local time: expected YYYY-MM-DDTHH:mm, e.g. 2030-06-12T16:00`)
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number]
  const ms = Date.UTC(y, mo - 1, d, h, mi)
  const check = new Date(ms)
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59)
    throw new Error(`"${local}" is not a real date and time`)
  return ms
}

/** The instant (epoch milliseconds) of a wall-clock time in an IANA zone; DST-safe as described above. */
export function zonedTimeToInstant(local: string, timeZone: string): number {
  const wall = parseLocal(local)
  formatterFor(timeZone) // throws a RangeError for an unknown zone
  // The offsets in force a day either side bracket any single transition near this wall time.
  const before = offsetMs(wall - DAY_MS, timeZone)
  const after = offsetMs(wall + DAY_MS, timeZone)
  const candidates = [...new Set([before, after])]
    .map(offset => wall - offset)
    .filter(instant => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b)
  if (candidates.length > 0)
    return candidates[0]! // one match, or the earlier of two when the clocks went back
  // In a gap: read the wall time with the offset from before the jump, which moves it forward by the gap.
  return wall - before
}

/** Convenience for data/event.ts's `plan.start`. */
export function startInstant(start: ZonedStart): number {
  return zonedTimeToInstant(start.local, start.timeZone)
}
