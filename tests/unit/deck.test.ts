/**
 * This deck passes the gate every command passes first (its data, its charts in three languages, slides.md), and its
 * slides' time budgets fit the session: the minutes add up to plan.sessionMinutes, the presenter timer runs over the
 * same length, and the holding slide before the start takes none.
 */
import { chartIds } from 'launch-kit/charts/registry'
import { SLIDES } from 'launch-kit/scripts/core/paths'
import { checkDeck, sessionOf } from 'launch-kit/scripts/deck/check'
import { assertValidData, readDeck } from 'launch-kit/scripts/deck/index'
import { describe, expect, it } from 'vitest'
import { event } from '../../data/event'

describe('this deck', () => {
  it('passes the gate every command passes first', async () => {
    await expect(assertValidData()).resolves.toBeUndefined()
  })

  it('passes the deck check, with the session\'s minutes checked', async () => {
    expect(sessionOf(SLIDES, event.plan.sessionMinutes)).toBe(event.plan.sessionMinutes)
    expect(await checkDeck({ chartIds: chartIds(), sessionMinutes: event.plan.sessionMinutes })).toEqual([])
  })
})

describe('slide budgets in slides.md', () => {
  it('add up to the session length in data/event.ts', async () => {
    const deck = await readDeck()
    const total = deck.slides.reduce((sum, s) => sum + s.minutes, 0)
    const list = deck.slides.map(s => `${s.no}:${s.minutes}`).join(' ')
    expect(total, `minutes per slide (${list}) must add up to plan.sessionMinutes`).toBe(event.plan.sessionMinutes)
    expect(deck.slides).toHaveLength(25)
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
