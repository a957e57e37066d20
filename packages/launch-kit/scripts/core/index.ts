/**
 * core: what every script shares and nothing else needs — where things are (paths) and the one progress style (log).
 * May import: Node only. Everything under scripts/ may import it.
 */

export { createLog, formatBytes } from './log'
export type { Log } from './log'
export { DEFAULT_OUT, ENGINE, ROOT, SLIDES, SLIDEV_BIN } from './paths'
