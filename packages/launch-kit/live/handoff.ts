/**
 * Who speaks when, for the presenter view of a panel: this slide's speaker, the next hand-off (to whom, at which
 * slide, and in how long at the current pace) and each speaker's time used against the budgets of their slides.
 *
 * The pace is how long the slides before this one took against their budgets (1 before any budget is used up):
 * a talk running 10 % slow reaches the hand-off 10 % later than the budgets alone say.
 */
import { formatClock } from './pacing'

/** A slide as the panel reads it: its number, time budget and speaker id (frontmatter `minutes:` and `speaker:`). */
export interface PanelSlide {
  no: number
  minutes: number
  speaker?: string
}

export interface HandOff {
  /** The speaker id who takes over. */
  speaker: string
  /** Their first slide. */
  slideNo: number
  /** Seconds until that slide at the current pace; 0 once this slide has used its share. */
  inSeconds: number
  /** The next slide is theirs: this is the last slide before the hand-off. */
  isNext: boolean
}

export interface SpeakerTime {
  id: string
  /** Seconds their slides were shown while the timer ran. */
  usedSeconds: number
  /** The budgets of their slides, in seconds. */
  budgetSeconds: number
}

export interface PanelInput {
  slides: readonly PanelSlide[]
  /** 0-based index of the current slide. */
  index: number
  /** Seconds on the talk timer. */
  talkSeconds: number
  /** Seconds since the current slide was entered (on the talk timer). */
  slideSeconds: number
  /** Seconds each slide was shown (by slide number), the current one included. */
  shownSeconds: Readonly<Record<number, number>>
  /** The speakers' ids in the order the event lists them. */
  speakerIds: readonly string[]
}

export interface PanelState {
  speaker?: string
  handOff?: HandOff
  pace: number
  speakers: SpeakerTime[]
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

/** How long the slides before `index` took against their budgets: 1.2 is 20 % slower than planned. */
export function paceAt(slides: readonly PanelSlide[], index: number, talkSeconds: number, slideSeconds: number): number {
  const planned = sum(slides.slice(0, Math.max(0, index)).map(s => s.minutes)) * 60
  const taken = talkSeconds - slideSeconds
  return planned > 0 && taken > 0 ? taken / planned : 1
}

export function panelAt(input: PanelInput): PanelState {
  const { slides, index, talkSeconds, slideSeconds, shownSeconds, speakerIds } = input
  const current = slides[index]
  const pace = paceAt(slides, index, talkSeconds, slideSeconds)
  const speakers = speakerIds.map((id) => {
    const theirs = slides.filter(s => s.speaker === id)
    return { id, usedSeconds: sum(theirs.map(s => shownSeconds[s.no] ?? 0)), budgetSeconds: sum(theirs.map(s => s.minutes)) * 60 }
  })
  if (!current?.speaker)
    return { pace, speakers }
  const next = slides.findIndex((s, i) => i > index && s.speaker !== undefined && s.speaker !== current.speaker)
  if (next < 0)
    return { speaker: current.speaker, pace, speakers }
  const left = Math.max(0, current.minutes * 60 * pace - slideSeconds)
  const between = sum(slides.slice(index + 1, next).map(s => s.minutes)) * 60 * pace
  return {
    speaker: current.speaker,
    handOff: { speaker: slides[next]!.speaker!, slideNo: slides[next]!.no, inSeconds: left + between, isNext: next === index + 1 },
    pace,
    speakers,
  }
}

/**
 * The words of the hand-off line: "Hand over to Dr Author Two after this slide, in 2:00" on the last slide before
 * it ("… now" once this slide has used its share), "Next: Dr Author Two at slide 14, in 4:10" before that.
 */
export function describeHandOff(handOff: HandOff | undefined, nameOf: (id: string) => string, speaker: string | undefined): string {
  if (!handOff)
    return speaker ? `${nameOf(speaker)} to the end: no hand-off left` : 'No speaker on this slide'
  if (handOff.isNext)
    return handOff.inSeconds > 0 ? `Hand over to ${nameOf(handOff.speaker)} after this slide, in ${formatClock(handOff.inSeconds)}` : `Hand over to ${nameOf(handOff.speaker)} now`
  return `Next: ${nameOf(handOff.speaker)} at slide ${handOff.slideNo}, in ${formatClock(handOff.inSeconds)}`
}

/** "12:31 of 14:00" for a speaker's used time against their budget. */
export function describeSpeakerTime(time: SpeakerTime): string {
  return `${formatClock(time.usedSeconds)} of ${formatClock(time.budgetSeconds)}`
}
