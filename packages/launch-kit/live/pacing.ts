/**
 * Per-slide time budgets (frontmatter `minutes:`) against the presenter's timer: how long the current slide has
 * taken against its budget, and whether the talk as a whole is ahead of or behind its plan.
 *
 * The plan gives every slide a window: it should start once the budgets before it are used up, and end when its
 * own is. Elapsed talk time before the window means the talk is ahead; after it, behind; inside it, on plan.
 */

/** Slidev's shared timer state (sharedState.timer), the part this module reads. */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

/** Milliseconds on Slidev's presenter timer at `now`, computed as its own useTimer() does. */
export function timerElapsedMs(timer: TimerState, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  if (timer.status === 'paused')
    return Math.max(0, timer.pausedAt - timer.startedAt)
  return Math.max(0, now - timer.startedAt)
}

/** A slide's budget from its frontmatter, in minutes; anything missing or not a non-negative number counts as 0. */
export function budgetOf(frontmatter: Record<string, unknown> | undefined): number {
  const value = Number(frontmatter?.minutes ?? 0)
  return Number.isFinite(value) && value >= 0 ? value : 0
}

export interface PacingInput {
  /** Budget of every slide in minutes, in slide order. */
  budgets: readonly number[]
  /** 0-based index of the current slide. */
  index: number
  /** Seconds on the talk timer. */
  talkSeconds: number
  /** Seconds since the current slide was entered (on the talk timer). */
  slideSeconds: number
}

export interface Pacing {
  /** The current slide's budget. */
  slidePlanSeconds: number
  slideSeconds: number
  /** Seconds past the slide's budget, 0 while within it. */
  slideOverSeconds: number
  /** When the plan starts and ends the current slide, in talk seconds. */
  windowStart: number
  windowEnd: number
  talkSeconds: number
  /** The whole plan. */
  totalPlanSeconds: number
  status: 'ahead' | 'behind' | 'on-plan'
  /** How far ahead or behind, in seconds (0 on plan). */
  offsetSeconds: number
}

export function pacingAt(input: PacingInput): Pacing {
  const { budgets, index, talkSeconds, slideSeconds } = input
  const before = budgets.slice(0, Math.max(0, index)).reduce((sum, m) => sum + m, 0)
  const own = budgets[index] ?? 0
  const windowStart = before * 60
  const windowEnd = (before + own) * 60
  const status = talkSeconds < windowStart ? 'ahead' : talkSeconds > windowEnd ? 'behind' : 'on-plan'
  return {
    slidePlanSeconds: own * 60,
    slideSeconds,
    slideOverSeconds: Math.max(0, slideSeconds - own * 60),
    windowStart,
    windowEnd,
    talkSeconds,
    totalPlanSeconds: budgets.reduce((sum, m) => sum + m, 0) * 60,
    status,
    offsetSeconds: status === 'ahead' ? windowStart - talkSeconds : status === 'behind' ? talkSeconds - windowEnd : 0,
  }
}

/** 75 → "1:15", 3725 → "1:02:05"; whole seconds, rounded down. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor(s / 60) % 60
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

/** The words the presenter reads: "Slide 1:40 of 2:00", "Talk 12:10 · plan 10:00–12:00", "0:10 behind". */
export function describePacing(p: Pacing): { slide: string, talk: string, verdict: string } {
  return {
    slide: `Slide ${formatClock(p.slideSeconds)} of ${formatClock(p.slidePlanSeconds)}`,
    talk: `Talk ${formatClock(p.talkSeconds)} · plan ${formatClock(p.windowStart)}–${formatClock(p.windowEnd)}`,
    verdict: p.status === 'on-plan' ? 'On plan' : `${formatClock(p.offsetSeconds)} ${p.status}`,
  }
}
