/**
 * browser: the Chromium every command drives — find it (find.ts), get one when there is none (provision.ts: Playwright's
 * download, then the npm registry's Chromium), launch it with this project's flags and bundled fonts, check it can make
 * what the export needs, guard it (a dead browser or crashed page is noticed at once, a hung step is stopped), and the
 * static server it reads from.
 * May import: core, output, playwright-chromium, Node.
 */
export { assertCanExport, BrowserCapabilityError, printingProblems } from './capabilities'
export { BrowserNotFoundError, findBrowser, HOW_TO_GET_A_BROWSER, originOf, SEARCH_ENV } from './find'
export type { BrowserSource, FindOptions, FoundBrowser } from './find'
export { BrowserGoneError, DEFAULT_STALL_MS, guardBrowser, stallLimit } from './guard'
export type { BrowserGuard } from './guard'
export { BrowserLaunchError, browserLine, CHROMIUM_ARGS, deckContext, fontsConf, keepLocal, launchBrowser, launchFailure } from './launch'
export { getBrowser, provisionBrowser } from './provision'
export type { ProvisionOptions, ProvisionStep } from './provision'
export { serveStatic } from './server'
export type { StaticServer } from './server'
export { watchProgress } from './watchdog'
