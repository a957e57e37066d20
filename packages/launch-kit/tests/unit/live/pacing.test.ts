import { budgetOf, describePacing, formatClock, pacingAt, timerElapsedMs } from 'launch-kit/live/pacing'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { describe, expect, it } from 'vitest'
import { event } from '../../fixtures/atlas/data/event'

describe('slide budgets in the fixture\'s slides.md', () => {
  it('add up to the session length in data/event.ts', async () => {
    const deck = await readDeck()
    const total = deck.slides.reduce((sum, s) => sum + s.minutes, 0)
    const list = deck.slides.map(s => `${s.no}:${s.minutes}`).join(' ')
    expect(total, `minutes per slide (${list}) must add up to plan.sessionMinutes`).toBe(event.plan.sessionMinutes)
  })

  it('match the presenter timer\'s duration in the headmatter', async () => {
    const deck = await readDeck()
    expect(deck.headmatter.duration, 'slides.md headmatter duration: must be plan.sessionMinutes').toBe(`${event.plan.sessionMinutes}min`)
  })

  it('are set on every slide, and the holding slide before the start takes none', async () => {
    const deck = await readDeck()
    const missing = deck.slides.filter(s => s.no > 1 && !(s.minutes > 0)).map(s => s.no)
    expect(missing, 'slides without a positive minutes: budget').toEqual([])
    expect(deck.slides[0]?.layout).toBe('holding')
    expect(deck.slides[0]?.minutes).toBe(0)
  })
})

describe('pacingAt', () => {
  const budgets = [0, 1, 2, 3]

  it('is on plan inside the current slide\'s window', () => {
    const p = pacingAt({ budgets, index: 2, talkSeconds: 100, slideSeconds: 40 })
    expect(p).toMatchObject({ windowStart: 60, windowEnd: 180, status: 'on-plan', offsetSeconds: 0, slidePlanSeconds: 120, totalPlanSeconds: 360 })
    expect(describePacing(p)).toEqual({ slide: 'Slide 0:40 of 2:00', talk: 'Talk 1:40 · plan 1:00–3:00', verdict: 'On plan' })
  })

  it('is ahead when the slide is reached before its planned start', () => {
    const p = pacingAt({ budgets, index: 3, talkSeconds: 150, slideSeconds: 5 })
    expect(p).toMatchObject({ status: 'ahead', offsetSeconds: 30 })
    expect(describePacing(p).verdict).toBe('0:30 ahead')
  })

  it('is behind once the talk runs past the slide\'s planned end, and counts the slide\'s overrun', () => {
    const p = pacingAt({ budgets, index: 1, talkSeconds: 95, slideSeconds: 95 })
    expect(p).toMatchObject({ status: 'behind', offsetSeconds: 35, slideOverSeconds: 35 })
    expect(describePacing(p).verdict).toBe('0:35 behind')
  })
})

describe('timerElapsedMs (Slidev\'s presenter timer)', () => {
  it('reads stopped, running and paused timers as Slidev does', () => {
    expect(timerElapsedMs({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 5000)).toBe(0)
    expect(timerElapsedMs({ status: 'running', startedAt: 1000, pausedAt: 0 }, 61_000)).toBe(60_000)
    expect(timerElapsedMs({ status: 'paused', startedAt: 1000, pausedAt: 31_000 }, 99_000)).toBe(30_000)
  })

  it('reads budgets and clocks', () => {
    expect(budgetOf({ minutes: 2 })).toBe(2)
    expect(budgetOf({})).toBe(0)
    expect(budgetOf({ minutes: 'two' })).toBe(0)
    expect(formatClock(75)).toBe('1:15')
    expect(formatClock(3725)).toBe('1:02:05')
  })
})
