/**
 * Finds and launches the Chromium every script and test uses. Order: an explicit path (--browser), the
 * CHROMIUM_PATH environment variable, Playwright's own downloaded browser, then a system Chromium or Chrome.
 * Without one, it stops with a message that says how to get one.
 *
 * DECK_BROWSER_SEARCH=none turns the search off: only --browser and CHROMIUM_PATH count. A machine that must use
 * one pinned browser sets it so a stray system Chromium is never picked; the fault tests set it to prove the
 * "no browser" message on a machine that has one.
 */
import type { Browser, BrowserContext, LaunchOptions } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-chromium'

export type BrowserSource = '--browser' | 'CHROMIUM_PATH' | 'playwright' | 'system'

export interface FoundBrowser {
  path: string
  source: BrowserSource
}

export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
] as const

export const HOW_TO_GET_A_BROWSER = [
  'No Chromium or Chrome found. Any one of these fixes it:',
  '  • Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  • Playwright:     npx playwright install chromium   (downloads its own build)',
  '  • Already have one elsewhere:  CHROMIUM_PATH=/path/to/chrome npm run export   (or --browser /path/to/chrome)',
].join('\n')

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

/** A browser was found but did not start (not a Chromium, a broken install, missing libraries). */
export class BrowserLaunchError extends Error {
  override name = 'BrowserLaunchError'
}

export const SEARCH_ENV = 'DECK_BROWSER_SEARCH'

export interface FindOptions {
  /** A path given on the command line; it must exist. */
  explicit?: string
  env?: NodeJS.ProcessEnv
  /** Where Playwright would look for its own download (tests replace it). */
  playwrightPath?: () => string
  systemPaths?: readonly string[]
  exists?: (path: string) => boolean
  /** 'none': do not look for Playwright's or a system browser (default: from DECK_BROWSER_SEARCH, else 'all'). */
  search?: 'all' | 'none'
}

function searchFrom(env: NodeJS.ProcessEnv): 'all' | 'none' {
  const value = env[SEARCH_ENV]
  if (value === undefined || value === '' || value === 'all')
    return 'all'
  if (value === 'none')
    return 'none'
  throw new BrowserNotFoundError(`${SEARCH_ENV}=${value}: expected "none" (only --browser and CHROMIUM_PATH) or "all" (the default).`)
}

function playwrightExecutable(): string {
  try {
    return chromium.executablePath()
  }
  catch {
    return ''
  }
}

export function findBrowser(options: FindOptions = {}): FoundBrowser {
  const { explicit, env = process.env, playwrightPath = playwrightExecutable, systemPaths = SYSTEM_BROWSERS, exists = existsSync } = options
  const search = options.search ?? searchFrom(env)
  if (explicit) {
    if (!exists(explicit))
      throw new BrowserNotFoundError(`--browser ${explicit}: no such file. Give the path of a Chromium or Chrome executable.`)
    return { path: explicit, source: '--browser' }
  }
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new BrowserNotFoundError(`CHROMIUM_PATH=${fromEnv}: no such file. Point it at a Chromium or Chrome executable, or unset it to search the usual places.`)
    return { path: fromEnv, source: 'CHROMIUM_PATH' }
  }
  if (search === 'none')
    throw new BrowserNotFoundError(`${HOW_TO_GET_A_BROWSER}\n(${SEARCH_ENV}=none: Playwright's browser and the system paths were not searched.)`)
  const own = playwrightPath()
  if (own && exists(own))
    return { path: own, source: 'playwright' }
  const system = systemPaths.find(path => exists(path))
  if (system)
    return { path: system, source: 'system' }
  throw new BrowserNotFoundError(HOW_TO_GET_A_BROWSER)
}

/**
 * Flags for a quiet, deterministic headless Chromium: no background traffic (this network refuses it anyway),
 * fixed colour profile and font rendering so repeated renders give the same pixels (with FONTS_CONF below).
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--disable-lcd-text',
  '--hide-scrollbars',
] as const

/** What Playwright's launch log says the browser printed and how it ended, in a few lines. */
export function launchFailure(message: string): string {
  const log = message.split('Call log:')[0] ?? message
  const said = [...new Set([...log.matchAll(/\[pid=\d+\]\[err\] (.+)/g)].map(m => m[1]!.trim()).filter(Boolean))].slice(0, 3)
  const exit = /<process did exit: exitCode=(\w+), signal=(\w+)>/.exec(message)
  const how = exit ? (exit[2] !== 'null' ? ` (killed by ${exit[2]})` : ` (exit code ${exit[1]})`) : ''
  const first = message.split('\n')[0]!.replace(/^browserType\.launch: /, '')
  return said.length > 0 ? `it stopped${how}, saying: ${said.join(' | ')}` : `${first}${how}`
}

export interface LaunchExtra extends LaunchOptions {
  /**
   * A folder (existing) for Chromium's own temporary files, e.g. its shared-memory files (--disable-dev-shm-usage
   * puts them in TMPDIR). A browser killed outright cannot remove them; inside a folder the run owns they go with it.
   */
  tempDir?: string
}

/**
 * Fontconfig for the browser (Linux): the system's, with system fonts unhinted like the web fonts. A system font only
 * draws glyphs the bundled fonts lack ("≥"); without this, two exports of the same data sometimes differed there.
 * A FONTCONFIG_FILE the user set is kept.
 */
export const FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url))

/** Launches the browser; if it does not start, says which one it was, what it said, and what to try. */
export async function launchBrowser(found: FoundBrowser = findBrowser(), extra: LaunchExtra = {}): Promise<Browser> {
  const { tempDir, ...options } = extra
  const env = { FONTCONFIG_FILE: FONTS_CONF, ...process.env, ...(tempDir ? { TMPDIR: tempDir } : {}) }
  try {
    return await chromium.launch({ executablePath: found.path, headless: true, args: [...CHROMIUM_ARGS], env, ...options })
  }
  catch (error) {
    const reason = launchFailure(error instanceof Error ? error.message : String(error))
    throw new BrowserLaunchError(`The browser at ${found.path} (found via ${found.source}) did not start: ${reason}.\nIs it a Chromium or Chrome executable that runs on this machine (try it with --version)? Point --browser or CHROMIUM_PATH at one that does.`, { cause: error })
  }
}

/** Lets requests to this machine through and blocks (and records) every other one. */
export async function keepLocal(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    if (local)
      return route.continue()
    blocked.push(url.href)
    return route.abort('blockedbyclient')
  })
  return blocked
}
