/**
 * core: what every script shares and nothing else needs — where things are (paths), the one progress style (log)
 * and text into HTML (html).
 * May import: Node only. Everything under scripts/ may import it.
 */

export { escapeHtml } from './html'
export { createLog, formatBytes } from './log'
export type { Log } from './log'
export { DEFAULT_OUT, ENGINE, ROOT, SLIDES, SLIDEV_BIN } from './paths'
