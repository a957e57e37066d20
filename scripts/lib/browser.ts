/**
 * Finds and launches the Chromium every script and test uses. Order: an explicit path (--browser), the
 * CHROMIUM_PATH environment variable, Playwright's own downloaded browser, then a system Chromium or Chrome.
 * Without one, it stops with a message that says how to get one.
 */
import type { Browser, BrowserContext, LaunchOptions } from 'playwright-chromium'
import { existsSync } from 'node:fs'
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

export interface FindOptions {
  /** A path given on the command line; it must exist. */
  explicit?: string
  env?: NodeJS.ProcessEnv
  /** Where Playwright would look for its own download (tests replace it). */
  playwrightPath?: () => string
  systemPaths?: readonly string[]
  exists?: (path: string) => boolean
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
 * fixed colour profile and font rendering so repeated renders give the same pixels.
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

export async function launchBrowser(found: FoundBrowser = findBrowser(), extra: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: found.path, headless: true, args: [...CHROMIUM_ARGS], ...extra })
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
