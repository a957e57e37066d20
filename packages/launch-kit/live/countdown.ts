/**
 * What the holding slide shows before the session: a countdown to the start, "Starting soon" when no start is set,
 * "Starting now" once it has passed. Pure functions of (start, now), so tests fix both.
 */
import type { ZonedStart } from './zoned-time'
import { startInstant } from './zoned-time'

export type CountdownState
  = | { kind: 'unset' }
    | { kind: 'before', seconds: number, days: number, hours: number, minutes: number, secs: number }
    | { kind: 'started' }

/** `start` is epoch milliseconds or null (no start set); `now` likewise. Counts whole seconds, rounding up. */
export function countdownAt(start: number | null, now: number): CountdownState {
  if (start === null)
    return { kind: 'unset' }
  const seconds = Math.ceil((start - now) / 1000)
  if (seconds <= 0)
    return { kind: 'started' }
  return {
    kind: 'before',
    seconds,
    days: Math.floor(seconds / 86_400),
    hours: Math.floor(seconds / 3600) % 24,
    minutes: Math.floor(seconds / 60) % 60,
    secs: seconds % 60,
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "12:05" under an hour, "1:02:05" under a day, "3 days 04:02:05" beyond. */
export function formatCountdown(state: Extract<CountdownState, { kind: 'before' }>): string {
  const clock = state.hours > 0 || state.days > 0 ? `${state.hours}:${pad(state.minutes)}:${pad(state.secs)}` : `${state.minutes}:${pad(state.secs)}`
  if (state.days === 0)
    return clock
  return `${state.days} ${state.days === 1 ? 'day' : 'days'} ${pad(state.hours)}:${pad(state.minutes)}:${pad(state.secs)}`
}

/**
 * The start in words for the slide, in its own time zone and without a year (the launch's year is not known and
 * must not be invented): { day: "Wednesday, 15 October", time: "16:00 CEST" }.
 */
export function startParts(start: ZonedStart, locale = 'en-GB'): { day: string, time: string } {
  const instant = new Date(startInstant(start))
  const parts = new Intl.DateTimeFormat(locale, { timeZone: start.timeZone, weekday: 'long', day: 'numeric', month: 'long' }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find(p => p.type === type)?.value ?? ''
  // Written as the launch date is in data/event.ts ("Wednesday, 15 October"), whatever the locale's punctuation.
  const day = `${part('weekday')}, ${part('day')} ${part('month')}`
  const time = new Intl.DateTimeFormat(locale, { timeZone: start.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(instant)
  return { day, time }
}

/** "Wednesday, 15 October, 16:00 CEST". */
export function describeStart(start: ZonedStart, locale = 'en-GB'): string {
  const { day, time } = startParts(start, locale)
  return `${day}, ${time}`
}
