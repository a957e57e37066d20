/**
 * The facts of the launch being exported (its data/index.ts), for the engine's code that reads them after the gate:
 * the data version, the handout's list of sources, the event behind file names, metadata and the kit's credit.
 * Commands hand them over in their gate (scripts/deck/load.ts); tests, for the launch they run on.
 */
import type { LaunchData } from './define'
import type { LaunchEvent } from './event.schema'
import { eventOf } from './define'

/** On globalThis under a registered symbol, so two loaded copies of the engine share it (charts/launch.ts says why). */
const CURRENT = Symbol.for('launch-kit.data')
const holder = globalThis as { [CURRENT]?: LaunchData }

export function provideData(data: LaunchData): void {
  holder[CURRENT] = data
}

/** Whether a launch's data has been handed over yet (readers that can do without it ask first). */
export function hasLaunchData(): boolean {
  return holder[CURRENT] !== undefined
}

export function launchData(): LaunchData {
  const current = holder[CURRENT]
  if (!current)
    throw new Error('No launch loaded: the engine needs a launch\'s data/index.ts first (commands load it in their gate; tests call loadLaunch()).')
  return current
}

/** The launch's event (data/event.ts), as validated with the rest of its data. */
export function launchEvent(): LaunchEvent {
  const event = eventOf(launchData())
  if (!event)
    throw new Error('data/index.ts lists no dataset "event": every launch has one (data/event.ts)')
  return event
}
