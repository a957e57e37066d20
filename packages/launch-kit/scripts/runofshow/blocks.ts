/**
 * The run of show as data: the deck's slides grouped into blocks — a run of slides with one speaker, the Q&A
 * (slides with `qa: true`) a block of its own — each with its start, length and running total in minutes from the
 * start of the session, and the clock times of those minutes: in the event's time zone and in UTC when
 * data/event.ts sets `plan.start`, counted from +0:00 when it does not.
 */
import type { LaunchEvent } from '../../data/event.schema'
import type { PanelSpeaker } from '../../live/speakers'
import type { DeckSlide } from '../deck/index'
import { panelOf } from '../../live/speakers'
import { startInstant } from '../../live/zoned-time'

export type RunSlide = Pick<DeckSlide, 'no' | 'title' | 'minutes'>

export interface RunBlock {
  /** 1-based, in order. */
  no: number
  /** Who speaks, when the slides name someone data/event.ts lists. */
  speaker?: PanelSpeaker
  /** The audience's questions (its slides say `qa: true`). */
  qa: boolean
  slides: RunSlide[]
  /** Minutes from the start of the session to the block's start, its length, and the running total at its end. */
  startMinute: number
  minutes: number
  endMinute: number
}

export interface RunOfShow {
  blocks: RunBlock[]
  totalMinutes: number
  speakers: PanelSpeaker[]
  /** The session's start (from plan.start), or null while it is not set: the times are then relative. */
  start: { instant: number, timeZone: string } | null
}

type SlideIn = Pick<DeckSlide, 'no' | 'title' | 'minutes' | 'speaker' | 'qa'>

export function runOfShowOf(slides: readonly SlideIn[], event: LaunchEvent): RunOfShow {
  const speakers = panelOf(event)
  const blocks: RunBlock[] = []
  let minute = 0
  for (const slide of slides) {
    const qa = slide.qa === true
    const last = blocks.at(-1)
    if (!last || last.speaker?.id !== slide.speaker || last.qa !== qa) {
      const speaker = speakers.find(s => s.id === slide.speaker)
      blocks.push({ no: blocks.length + 1, ...(speaker ? { speaker } : {}), qa, slides: [], startMinute: minute, minutes: 0, endMinute: minute })
    }
    const block = blocks.at(-1)!
    block.slides.push({ no: slide.no, title: slide.title, minutes: slide.minutes })
    block.minutes += slide.minutes
    minute += slide.minutes
    block.endMinute = minute
  }
  const start = event.plan.start ? { instant: startInstant(event.plan.start), timeZone: event.plan.start.timeZone } : null
  return { blocks, totalMinutes: minute, speakers, start }
}

/** A moment of the session, as the run of show prints it. */
export interface ClockTime {
  /** "+0:12": hours and minutes from the start; always there. */
  relative: string
  /** "16:12" in the event's time zone and "14:12" in UTC, when the start is set (with seconds off the minute). */
  local?: string
  utc?: string
  /** The zone's short name at that moment, e.g. "CEST". */
  zone?: string
}

function hoursMinutes(totalSeconds: number): string {
  const s = Math.round(totalSeconds)
  const rest = s % 60 === 0 ? '' : `:${String(s % 60).padStart(2, '0')}`
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}${rest}`
}

function wallClock(instant: number, timeZone: string, seconds: boolean): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23' }).format(instant)
}

function zoneName(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(instant).find(p => p.type === 'timeZoneName')?.value ?? timeZone
}

export function clockAt(show: Pick<RunOfShow, 'start'>, minute: number): ClockTime {
  const relative = `+${hoursMinutes(minute * 60)}`
  if (!show.start)
    return { relative }
  const instant = show.start.instant + Math.round(minute * 60_000)
  const seconds = Math.round(minute * 60) % 60 !== 0
  return { relative, local: wallClock(instant, show.start.timeZone, seconds), utc: wallClock(instant, 'UTC', seconds), zone: zoneName(instant, show.start.timeZone) }
}

/** "Slides 14–22", "Slide 23". */
export function slideRange(block: Pick<RunBlock, 'slides'>): string {
  const first = block.slides[0]!.no
  const last = block.slides.at(-1)!.no
  return first === last ? `Slide ${first}` : `Slides ${first}–${last}`
}

/** Who a block is: "Dr Author Two", "Q&A, chaired by Jane Doe", or "No speaker named". */
export function blockWho(block: Pick<RunBlock, 'speaker' | 'qa'>): string {
  const name = block.speaker?.fullName
  if (block.qa)
    return name ? `Q&A, chaired by ${name}` : 'Q&A'
  return name ?? 'No speaker named'
}

/** "12 min", "1.5 min". */
export function minutesText(minutes: number): string {
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} min`
}
