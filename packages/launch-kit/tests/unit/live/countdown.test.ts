import { countdownAt, describeStart, formatCountdown, startParts } from 'launch-kit/live/countdown'
import { parseZonedStart, resolveStart } from 'launch-kit/live/start'
import { startInstant } from 'launch-kit/live/zoned-time'
import { describe, expect, it } from 'vitest'
import { event } from '../../fixtures/atlas/data/event'

// A rehearsal start on a 15 October that was a Wednesday: a test fixture, not the launch's year (which is not known).
const start = { local: '2025-10-15T16:00', timeZone: 'Europe/Belgrade' }
const at = startInstant(start) // 14:00 UTC

function before(now: number) {
  const state = countdownAt(at, now)
  if (state.kind !== 'before')
    throw new Error(`expected a countdown, got ${state.kind}`)
  return state
}

describe('countdownAt', () => {
  it('says nothing numeric while no start is set', () => {
    expect(countdownAt(null, at)).toEqual({ kind: 'unset' })
  })

  it('counts whole seconds down to the start, rounding up', () => {
    expect(formatCountdown(before(at - 5 * 60_000))).toBe('5:00')
    expect(formatCountdown(before(at - 5 * 60_000 + 1))).toBe('5:00')
    expect(formatCountdown(before(at - 5 * 60_000 + 1000))).toBe('4:59')
    expect(formatCountdown(before(at - 1000))).toBe('0:01')
  })

  it('shows hours and days when the start is further off', () => {
    expect(formatCountdown(before(at - (2 * 3600 + 3 * 60 + 4) * 1000))).toBe('2:03:04')
    expect(formatCountdown(before(at - (86_400 + 3600 + 60 + 1) * 1000))).toBe('1 day 01:01:01')
    expect(formatCountdown(before(at - 3 * 86_400_000))).toBe('3 days 00:00:00')
  })

  it('stops at the start', () => {
    expect(countdownAt(at, at)).toEqual({ kind: 'started' })
    expect(countdownAt(at, at + 60_000)).toEqual({ kind: 'started' })
  })

  it('counts across a DST change by real elapsed time (clocks go back in Belgrade on 26 October)', () => {
    const late = startInstant({ local: '2025-10-26T12:00', timeZone: 'Europe/Belgrade' })
    const night = startInstant({ local: '2025-10-25T12:00', timeZone: 'Europe/Belgrade' })
    // Noon to noon across the change is 25 hours, not 24.
    const state = countdownAt(late, night)
    expect(state.kind === 'before' && state.seconds).toBe(25 * 3600)
  })
})

describe('describeStart', () => {
  it('names weekday, day, month, time and zone, and never a year', () => {
    const text = describeStart(start)
    expect(text).toBe('Wednesday, 15 October, 16:00 CEST')
    expect(text).not.toMatch(/\b(19|20)\d{2}\b/)
    expect(startParts(start)).toEqual({ day: 'Wednesday, 15 October', time: '16:00 CEST' })
    // The same wall time in winter is CET, and in New York it is its own zone's 16:00.
    expect(startParts({ local: '2025-12-17T16:00', timeZone: 'Europe/Belgrade' })).toEqual({ day: 'Wednesday, 17 December', time: '16:00 CET' })
    expect(startParts({ local: '2025-10-15T16:00', timeZone: 'America/New_York' }).time).toBe('16:00 GMT-4')
  })
})

describe('the start the holding slide uses', () => {
  it('is the fixture\'s data/event.ts plan.start unless an override is given', () => {
    expect(resolveStart(event.plan.start, undefined)).toBe(event.plan.start)
    expect(resolveStart(event.plan.start, '')).toBe(event.plan.start)
    expect(resolveStart(null, '2025-10-15T16:00[Europe/Belgrade]')).toEqual(start)
  })

  it('refuses an override it cannot read, saying what is expected', () => {
    expect(() => parseZonedStart('2025-10-15 16:00')).toThrow(/YYYY-MM-DDTHH:mm\[Area\/City\]/)
    expect(() => parseZonedStart('2025-10-15T16:00[Mars/Olympus]')).toThrow(/not an IANA time zone/)
  })
})
