/**
 * Records a rehearsal while the presenter timer runs (live/rehearsal.ts holds the format): each step credits the
 * talk time since the step before to the slide that was shown meanwhile, so pausing the timer pauses the recording
 * and moving between slides splits the time where the move happened. Starting the timer from stopped begins a new
 * rehearsal; the one before is kept under `<key>:previous` until the next. Each change is saved to `storage` at once,
 * so a reload in the middle of a rehearsal goes on with it.
 */
import type { Recording } from './rehearsal'
import { addShown, newRecording, parseRecording } from './rehearsal'

export type TimerStatus = 'stopped' | 'running' | 'paused'

/** The part of the Web Storage API the recorder uses (localStorage in the browser; a Map in a test). */
export interface RecordingStorage {
  getItem: (key: string) => string | null
  setItem: (key: string, value: string) => void
}

export interface Recorder {
  /**
   * One step: `talkMs` is the presenter timer's reading, `slideNo` the slide shown from now on, `now` the wall clock
   * (epoch ms, to date a new rehearsal).
   */
  step: (talkMs: number, status: TimerStatus, slideNo: number, now: number) => void
  /** The rehearsal being recorded (or the last one, while the timer is stopped); null before the first. */
  current: () => Recording | null
}

export function createRecorder(storage: RecordingStorage | undefined, key: string): Recorder {
  let recording = parseRecording(read(storage, key))
  let lastStatus: TimerStatus | undefined
  let lastTalkMs = 0
  let lastSlide = 0
  const save = () => {
    if (recording)
      write(storage, key, JSON.stringify(recording))
  }
  return {
    step(talkMs, status, slideNo, now) {
      // A start from stopped is a new rehearsal; so is the first step of a page whose timer runs with nothing stored.
      const fresh = status !== 'stopped' && (lastStatus === 'stopped' || (lastStatus === undefined && !recording))
      if (fresh) {
        if (recording && Object.keys(recording.shownMs).length > 0)
          write(storage, `${key}:previous`, JSON.stringify(recording))
        recording = newRecording(now - talkMs)
        // Seen starting: the moments since the click belong to the slide on screen (not so after a reload).
        if (lastStatus === 'stopped')
          recording = addShown(recording, slideNo, talkMs)
        save()
      }
      // The timer's reading only moves while it runs, so what it moved since the last step (up to a pause) is shown time.
      else if (status !== 'stopped' && lastStatus !== undefined && recording && talkMs > lastTalkMs) {
        recording = addShown(recording, lastSlide, talkMs - lastTalkMs)
        save()
      }
      lastStatus = status
      lastTalkMs = talkMs
      lastSlide = slideNo
    },
    current: () => recording,
  }
}

// Storage may be missing or refuse (a private window, a full quota): the rehearsal then lives in memory only.
function read(storage: RecordingStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  }
  catch {
    return null
  }
}

function write(storage: RecordingStorage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value)
  }
  catch {}
}
