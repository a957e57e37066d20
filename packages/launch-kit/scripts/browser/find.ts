/**
 * Where the Chromium comes from. The search, first match wins: an explicit path (--browser), CHROMIUM_PATH,
 * Playwright's own download (its headless shell, then its Chrome for Testing), the usual system paths, a Chrome or
 * Chromium on PATH, and last the npm registry's Chromium that `npm install` already unpacked (provision.ts). When
 * none is there, provision.ts gets one.
 *
 * DECK_BROWSER_SEARCH=none turns the search off: only --browser and CHROMIUM_PATH count. A machine that must use
 * one pinned browser sets it so a stray system Chromium is never picked; the fault tests set it to prove the
 * "no browser" message on a machine that has one.
 */
import { existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import { provisionedPath } from './provisioned'

export type BrowserSource = '--browser' | 'CHROMIUM_PATH' | 'playwright' | 'system' | 'PATH' | 'npm'

export interface FoundBrowser {
  path: string
  source: BrowserSource
}

/** Where a found browser came from, in the words of the one line every command prints. */
export function originOf(found: FoundBrowser): string {
  switch (found.source) {
    case '--browser': return `--browser ${found.path}`
    case 'CHROMIUM_PATH': return `CHROMIUM_PATH (${found.path})`
    case 'playwright': return `Playwright's download (${found.path})`
    case 'system': return found.path
    case 'PATH': return `PATH (${found.path})`
    case 'npm': return '@sparticuz/chromium (the npm registry)'
  }
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
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
] as const

/** Names a Chrome or Chromium goes by on PATH. */
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'] as const

export const HOW_TO_GET_A_BROWSER = [
  'No Chromium or Chrome found. Any one of these fixes it:',
  '  • Reinstall with scripts on:  npm install   (it unpacks the npm registry\'s Chromium on Linux x64)',
  '  • Playwright:     npx playwright install --only-shell chromium   (downloads its own build)',
  '  • Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  • Already have one elsewhere:  CHROMIUM_PATH=/path/to/chrome npm run export   (or --browser /path/to/chrome)',
].join('\n')

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

export const SEARCH_ENV = 'DECK_BROWSER_SEARCH'

export interface FindOptions {
  /** A path given on the command line; it must exist. */
  explicit?: string | undefined
  env?: NodeJS.ProcessEnv
  /** Playwright's own downloads, in the order to try (tests replace it). */
  playwrightPaths?: () => string[]
  systemPaths?: readonly string[]
  /** The npm registry's Chromium, if it is unpacked (tests replace it). */
  npmPath?: () => string | undefined
  exists?: (path: string) => boolean
  /** 'none': only --browser and CHROMIUM_PATH (default: from DECK_BROWSER_SEARCH, else 'all'). */
  search?: 'all' | 'none'
}

export function searchFrom(env: NodeJS.ProcessEnv): 'all' | 'none' {
  const value = env[SEARCH_ENV]
  if (value === undefined || value === '' || value === 'all')
    return 'all'
  if (value === 'none')
    return 'none'
  throw new BrowserNotFoundError(`${SEARCH_ENV}=${value}: expected "none" (only --browser and CHROMIUM_PATH) or "all" (the default).`)
}

/**
 * Playwright's headless shell, then its Chrome for Testing, for the Playwright version installed here. Its registry
 * knows the paths for every platform; `playwright-core/lib/coreBundle` is an entry point the package exports.
 */
export function playwrightExecutables(): string[] {
  try {
    const require = createRequire(import.meta.url)
    const { registry } = require('playwright-core/lib/coreBundle').registry as { registry: { findExecutable: (name: string) => { executablePath: (lang: string) => string | undefined } | undefined } }
    return ['chromium-headless-shell', 'chromium'].map(name => registry.findExecutable(name)?.executablePath('javascript') ?? '').filter(Boolean)
  }
  catch {
    return []
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  }
  catch {
    return false
  }
}

/** The first of PATH_NAMES found on PATH (with Windows' executable extensions). */
export function onPath(env: NodeJS.ProcessEnv, exists: (path: string) => boolean = isFile): string | undefined {
  const dirs = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean)
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : ['']
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      for (const ext of extensions) {
        const candidate = join(dir, name + ext.toLowerCase())
        if (exists(candidate))
          return candidate
      }
    }
  }
  return undefined
}

/** The search above; throws BrowserNotFoundError when nothing is there (provision.ts may then get one). */
export function findBrowser(options: FindOptions = {}): FoundBrowser {
  const { explicit, env = process.env, playwrightPaths = playwrightExecutables, systemPaths = SYSTEM_BROWSERS, npmPath = provisionedPath, exists = existsSync } = options
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
    throw new BrowserNotFoundError(`${HOW_TO_GET_A_BROWSER}\n(${SEARCH_ENV}=none: only --browser and CHROMIUM_PATH were looked at; nothing was provisioned.)`)
  const own = playwrightPaths().find(path => exists(path))
  if (own)
    return { path: own, source: 'playwright' }
  const system = systemPaths.find(path => exists(path))
  if (system)
    return { path: system, source: 'system' }
  const listed = onPath(env, path => exists(path) && (exists === existsSync ? isFile(path) : true))
  if (listed)
    return { path: listed, source: 'PATH' }
  const unpacked = npmPath()
  if (unpacked && exists(unpacked))
    return { path: unpacked, source: 'npm' }
  throw new BrowserNotFoundError(HOW_TO_GET_A_BROWSER)
}
