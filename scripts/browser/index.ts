/**
 * browser: the Chromium every command drives — find it, launch it with this project's flags and fonts, guard it
 * (a dead browser or crashed page is noticed at once, a hung step is stopped), and the static server it reads from.
 * May import: core, output, playwright-chromium, Node.
 */
export { BrowserGoneError, DEFAULT_STALL_MS, guardBrowser, stallLimit } from './guard'
export type { BrowserGuard } from './guard'
export { BrowserLaunchError, BrowserNotFoundError, findBrowser, HOW_TO_GET_A_BROWSER, keepLocal, launchBrowser } from './launch'
export type { FoundBrowser } from './launch'
export { serveStatic } from './server'
export type { StaticServer } from './server'
export { watchProgress } from './watchdog'
