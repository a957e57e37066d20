/**
 * Who speaks when (live/handoff.ts) and the rehearsal as the presenter view records it (live/recorder.ts,
 * live/rehearsal.ts), on the FICTIONAL panel fixture's slides: a moderator, two authors, a discussant.
 */
import type { PanelSlide } from 'launch-kit/live/handoff'
import type { TimerStatus } from 'launch-kit/live/recorder'
import { describeHandOff, describeSpeakerTime, paceAt, panelAt } from 'launch-kit/live/handoff'
import { createRecorder } from 'launch-kit/live/recorder'
import { parseRecording, rehearsalFile, rehearsalFileName, shownSeconds } from 'launch-kit/live/rehearsal'
import { fullName } from 'launch-kit/live/speakers'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { event as panelEvent } from 'launch-kit/tests/fixtures/panel/data/event'
import { beforeAll, describe, expect, it } from 'vitest'

let slides: PanelSlide[] = []
const ids = panelEvent.speakers!.map(s => s.id)
const nameOf = (id: string) => fullName(panelEvent.speakers!.find(s => s.id === id)!)

beforeAll(async () => {
  const deck = await readDeck(`${ENGINE}/tests/fixtures/panel/slides.md`)
  slides = deck.slides.map(s => ({ no: s.no, minutes: s.minutes, ...(s.speaker ? { speaker: s.speaker } : {}) }))
})

describe('the fixture as read', () => {
  it('has minutes 0,2,5,4,6,4,7,2 and speakers moderator ×2, ana ×2, ben, cleo, moderator ×2', () => {
    expect(slides.map(s => `${s.minutes}:${s.speaker}`)).toEqual(['0:moderator', '2:moderator', '5:ana', '4:ana', '6:ben', '4:cleo', '7:moderator', '2:moderator'])
  })
})

describe('panelAt', () => {
  it('names this slide\'s speaker and the next hand-off at plan pace before the timer runs', () => {
    const state = panelAt({ slides, index: 1, talkSeconds: 0, slideSeconds: 0, shownSeconds: {}, speakerIds: ids })
    expect(state.speaker).toBe('moderator')
    expect(state.pace).toBe(1)
    expect(state.handOff).toEqual({ speaker: 'ana', slideNo: 3, inSeconds: 120, isNext: true })
    expect(describeHandOff(state.handOff, nameOf, state.speaker)).toBe('Hand over to Ana Example after this slide, in 2:00')
  })

  it('counts the time to a later hand-off at the current pace: this slide\'s share and the slides between, 25 % slower than planned', () => {
    // On slide 3 (ana, 5 min; slide 4 is hers too), having taken 2:30 for the moderator's 2:00 and 1:00 of slide 3.
    expect(paceAt(slides, 2, 210, 60)).toBe(1.25)
    const state = panelAt({ slides, index: 2, talkSeconds: 210, slideSeconds: 60, shownSeconds: { 2: 150, 3: 60 }, speakerIds: ids })
    expect(state.handOff).toEqual({ speaker: 'ben', slideNo: 5, inSeconds: 5 * 60 * 1.25 - 60 + 4 * 60 * 1.25, isNext: false })
    expect(describeHandOff(state.handOff, nameOf, state.speaker)).toBe('Next: Dr Ben Sample at slide 5, in 10:15')
  })

  it('says the hand-off is due once this slide has used its share, and past the last one that nobody follows', () => {
    const over = panelAt({ slides, index: 3, talkSeconds: 900, slideSeconds: 400, shownSeconds: {}, speakerIds: ids })
    expect(over.handOff).toMatchObject({ speaker: 'ben', inSeconds: 0, isNext: true })
    expect(describeHandOff(over.handOff, nameOf, over.speaker)).toBe('Hand over to Dr Ben Sample now')
    const last = panelAt({ slides, index: 7, talkSeconds: 1700, slideSeconds: 10, shownSeconds: {}, speakerIds: ids })
    expect(last.handOff).toBeUndefined()
    expect(describeHandOff(last.handOff, nameOf, last.speaker)).toBe('Mo Derator to the end: no hand-off left')
  })

  it('adds each speaker\'s shown time against the budgets of their slides', () => {
    const state = panelAt({ slides, index: 5, talkSeconds: 1200, slideSeconds: 30, shownSeconds: { 1: 5, 2: 130, 3: 320, 4: 250, 5: 400, 6: 30 }, speakerIds: ids })
    expect(state.speakers).toEqual([
      { id: 'moderator', usedSeconds: 135, budgetSeconds: (0 + 2 + 7 + 2) * 60 },
      { id: 'ana', usedSeconds: 570, budgetSeconds: 9 * 60 },
      { id: 'ben', usedSeconds: 400, budgetSeconds: 6 * 60 },
      { id: 'cleo', usedSeconds: 30, budgetSeconds: 4 * 60 },
    ])
    expect(describeSpeakerTime(state.speakers[1]!)).toBe('9:30 of 9:00')
  })
})

/** localStorage as a Map. */
function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) } as unknown as Storage & { map: Map<string, string> }
}

describe('the recorder', () => {
  const KEY = 'launch-kit-rehearsal:test'
  const T0 = Date.UTC(2030, 5, 12, 14, 0)

  it('credits talk time to the slide shown meanwhile, pauses with the timer, and keeps it in storage', () => {
    const storage = memoryStorage()
    const recorder = createRecorder(storage, KEY)
    const step = (talk: number, status: TimerStatus, slide: number) => recorder.step(talk, status, slide, T0 + talk)
    step(0, 'stopped', 2)
    step(0, 'running', 2)
    step(90_000, 'running', 3) // moved to slide 3 after 1:30 on slide 2
    step(100_000, 'paused', 3)
    step(100_000, 'paused', 4) // moved while paused: no time
    step(100_000, 'running', 4)
    step(130_000, 'running', 4)
    expect(shownSeconds(recorder.current()!)).toEqual({ 2: 90, 3: 10, 4: 30 })
    expect(parseRecording(storage.map.get(KEY)!)).toEqual(recorder.current())
  })

  it('goes on with the stored rehearsal after a reload, and starts a new one (keeping the last) when the timer restarts', () => {
    const storage = memoryStorage()
    const first = createRecorder(storage, KEY)
    first.step(0, 'stopped', 2, T0)
    first.step(0, 'running', 2, T0)
    first.step(60_000, 'running', 2, T0 + 60_000)
    const reloaded = createRecorder(storage, KEY)
    reloaded.step(75_000, 'running', 2, T0 + 75_000) // the 15 s the page was reloading are not counted
    reloaded.step(95_000, 'running', 3, T0 + 95_000)
    expect(shownSeconds(reloaded.current()!)).toEqual({ 2: 80 })
    reloaded.step(0, 'stopped', 1, T0 + 200_000)
    reloaded.step(0, 'running', 1, T0 + 300_000)
    reloaded.step(5_000, 'running', 1, T0 + 305_000)
    expect(shownSeconds(reloaded.current()!)).toEqual({ 1: 5 })
    expect(reloaded.current()!.startedAt).toBe(T0 + 300_000)
    expect(shownSeconds(parseRecording(storage.map.get(`${KEY}:previous`)!)!)).toEqual({ 2: 80 })
  })

  it('refuses stored text that is not a recording, and records in memory when storage refuses', () => {
    expect(parseRecording('{"startedAt":1,"shownMs":{"2":-5}}')).toBeNull()
    expect(parseRecording('not json')).toBeNull()
    const refusing = { getItem: () => { throw new Error('denied') }, setItem: () => { throw new Error('quota') } }
    const recorder = createRecorder(refusing, KEY)
    recorder.step(0, 'stopped', 1, T0)
    recorder.step(0, 'running', 1, T0)
    recorder.step(2_000, 'running', 1, T0 + 2_000)
    expect(shownSeconds(recorder.current()!)).toEqual({ 1: 2 })
  })

  it('writes a file with every slide\'s title, speaker, budget and shown time', () => {
    const recording = { startedAt: T0, shownMs: { 2: 125_040, 3: 61_000 } }
    const file = rehearsalFile(recording, { title: 'A Fictional Report', slides: [{ no: 1, title: 'Waiting', minutes: 0, speaker: 'moderator' }, { no: 2, title: 'Welcome', minutes: 2, speaker: 'moderator' }, { no: 3, title: 'Finding', minutes: 5 }], speakers: [{ id: 'moderator', name: 'Mo Derator' }] })
    expect(file).toEqual({
      kind: 'launch-kit-rehearsal',
      version: 1,
      deck: 'A Fictional Report',
      recordedAt: '2030-06-12T14:00:00.000Z',
      speakers: [{ id: 'moderator', name: 'Mo Derator' }],
      slides: [
        { no: 1, title: 'Waiting', speaker: 'moderator', budgetSeconds: 0, shownSeconds: 0 },
        { no: 2, title: 'Welcome', speaker: 'moderator', budgetSeconds: 120, shownSeconds: 125 },
        { no: 3, title: 'Finding', budgetSeconds: 300, shownSeconds: 61 },
      ],
    })
    expect(rehearsalFileName('a-fictional-report', recording)).toBe('rehearsal-a-fictional-report-2030-06-12T14-00.json')
  })
})
