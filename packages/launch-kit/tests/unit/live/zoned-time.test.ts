import { offsetMs, parseLocal, zonedTimeToInstant } from 'launch-kit/live/zoned-time'
import { describe, expect, it } from 'vitest'

const utc = (iso: string) => Date.parse(`${iso}Z`)

describe('zonedTimeToInstant', () => {
  it('reads a summer and a winter time in Belgrade (CEST +2, CET +1)', () => {
    expect(zonedTimeToInstant('2025-10-15T16:00', 'Europe/Belgrade')).toBe(utc('2025-10-15T14:00:00'))
    expect(zonedTimeToInstant('2025-12-15T16:00', 'Europe/Belgrade')).toBe(utc('2025-12-15T15:00:00'))
  })

  it('does not depend on the machine time zone (UTC here) nor on the zone being ahead of or behind UTC', () => {
    expect(zonedTimeToInstant('2025-10-15T10:00', 'America/New_York')).toBe(utc('2025-10-15T14:00:00'))
    expect(zonedTimeToInstant('2025-10-15T19:45', 'Asia/Kathmandu')).toBe(utc('2025-10-15T14:00:00'))
    expect(zonedTimeToInstant('2025-10-15T14:00', 'UTC')).toBe(utc('2025-10-15T14:00:00'))
  })

  it('moves a time in the spring-forward gap forward by the gap (Temporal "compatible")', () => {
    // Europe/Belgrade jumps from 02:00 CET to 03:00 CEST on 30 March 2025: 02:30 does not exist; it reads as 03:30 CEST.
    expect(zonedTimeToInstant('2025-03-30T02:30', 'Europe/Belgrade')).toBe(utc('2025-03-30T01:30:00'))
    // New York: 02:30 on 9 March 2025 → 03:30 EDT.
    expect(zonedTimeToInstant('2025-03-09T02:30', 'America/New_York')).toBe(utc('2025-03-09T07:30:00'))
  })

  it('takes the earlier of the two readings when the clocks go back', () => {
    // 02:30 happens twice in Belgrade on 26 October 2025: first in CEST (00:30Z), then in CET (01:30Z).
    expect(zonedTimeToInstant('2025-10-26T02:30', 'Europe/Belgrade')).toBe(utc('2025-10-26T00:30:00'))
    expect(zonedTimeToInstant('2025-11-02T01:30', 'America/New_York')).toBe(utc('2025-11-02T05:30:00'))
  })

  it('handles the times either side of a transition exactly', () => {
    expect(zonedTimeToInstant('2025-03-30T01:59', 'Europe/Belgrade')).toBe(utc('2025-03-30T00:59:00'))
    expect(zonedTimeToInstant('2025-03-30T03:00', 'Europe/Belgrade')).toBe(utc('2025-03-30T01:00:00'))
    expect(offsetMs(utc('2025-03-30T00:59:59'), 'Europe/Belgrade')).toBe(3_600_000)
    expect(offsetMs(utc('2025-03-30T01:00:00'), 'Europe/Belgrade')).toBe(7_200_000)
  })

  it('refuses malformed times, impossible dates and unknown zones', () => {
    expect(() => parseLocal('2025-10-15 16:00')).toThrow(/YYYY-MM-DDTHH:mm/)
    expect(() => parseLocal('2025-02-30T10:00')).toThrow(/not a real date/)
    expect(() => parseLocal('2025-10-15T24:10')).toThrow(/not a real date/)
    expect(() => zonedTimeToInstant('2025-10-15T16:00', 'Europe/Atlantis')).toThrow(RangeError)
  })
})
