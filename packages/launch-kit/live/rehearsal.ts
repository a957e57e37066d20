/**
 * A rehearsal as the presenter view records it: how long each slide was shown while the presenter timer ran. It is
 * kept in the browser's localStorage (nothing leaves the machine) and downloaded as a JSON file, which
 * `launch-kit rehearsal <file.json> [<file2.json>]` turns into tables and a chart (scripts/rehearsal/).
 *
 * The file carries each slide's title, budget and speaker as the deck had them, so a rehearsal still reads the same
 * after the slides change, and two rehearsals of different versions of the deck can be compared.
 */

export const REHEARSAL_KIND = 'launch-kit-rehearsal'
export const REHEARSAL_VERSION = 1

/** What localStorage holds while a rehearsal runs. */
export interface Recording {
  /** When the timer was started for this rehearsal (epoch ms). */
  startedAt: number
  /** Milliseconds each slide was shown while the timer ran, by slide number. */
  shownMs: Record<string, number>
}

export interface RehearsalSlide {
  no: number
  title: string
  /** Speaker id (frontmatter `speaker:`), when the slide names one. */
  speaker?: string
  budgetSeconds: number
  shownSeconds: number
}

export interface RehearsalFile {
  kind: typeof REHEARSAL_KIND
  version: typeof REHEARSAL_VERSION
  /** The deck's title. */
  deck: string
  /** When the rehearsal started, ISO 8601 in UTC. */
  recordedAt: string
  speakers: { id: string, name: string }[]
  slides: RehearsalSlide[]
}

export function newRecording(startedAt: number): Recording {
  return { startedAt, shownMs: {} }
}

/** The recording with `ms` more on slide `no` (a new object: the caller's is not changed). */
export function addShown(recording: Recording, no: number, ms: number): Recording {
  if (!(ms > 0))
    return recording
  return { ...recording, shownMs: { ...recording.shownMs, [no]: (recording.shownMs[no] ?? 0) + ms } }
}

/** Seconds per slide number, for the presenter view's per-speaker times. */
export function shownSeconds(recording: Recording): Record<number, number> {
  return Object.fromEntries(Object.entries(recording.shownMs).map(([no, ms]) => [Number(no), ms / 1000]))
}

/** A recording read back from localStorage, or null when the text is not one (another version, or edited by hand). */
export function parseRecording(text: string | null): Recording | null {
  if (!text)
    return null
  try {
    const value = JSON.parse(text) as Partial<Recording>
    const shown = value.shownMs
    if (typeof value.startedAt !== 'number' || !shown || typeof shown !== 'object')
      return null
    if (!Object.entries(shown).every(([no, ms]) => /^\d+$/.test(no) && typeof ms === 'number' && Number.isFinite(ms) && ms >= 0))
      return null
    return { startedAt: value.startedAt, shownMs: { ...shown } }
  }
  catch {
    return null
  }
}

export interface DeckForRehearsal {
  title: string
  slides: readonly { no: number, title: string, minutes: number, speaker?: string }[]
  speakers: readonly { id: string, name: string }[]
}

/** The file the presenter downloads: every slide with its budget and the time it was shown (0 when it never was). */
export function rehearsalFile(recording: Recording, deck: DeckForRehearsal): RehearsalFile {
  return {
    kind: REHEARSAL_KIND,
    version: REHEARSAL_VERSION,
    deck: deck.title,
    recordedAt: new Date(recording.startedAt).toISOString(),
    speakers: deck.speakers.map(s => ({ id: s.id, name: s.name })),
    slides: deck.slides.map(s => ({
      no: s.no,
      title: s.title,
      ...(s.speaker ? { speaker: s.speaker } : {}),
      budgetSeconds: s.minutes * 60,
      shownSeconds: Math.round((recording.shownMs[s.no] ?? 0) / 100) / 10,
    })),
  }
}

/** `rehearsal-<slug>-2025-10-15T14-02.json`: sorts by time, and is a valid file name everywhere. */
export function rehearsalFileName(slug: string, recording: Recording): string {
  return `rehearsal-${slug}-${new Date(recording.startedAt).toISOString().slice(0, 16).replace(':', '-')}.json`
}
