/**
 * Launches the Chromium that find.ts found (or provision.ts got) with this project's flags and fonts, opens contexts
 * that keep every request on this machine, and says in one line which browser it is and where it came from.
 */
import type { Browser, BrowserContext, BrowserContextOptions, LaunchOptions } from 'playwright-chromium'
import type { FoundBrowser } from './find'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-chromium'
import { ROOT } from '../core/index'
import { originOf } from './find'

const require = createRequire(import.meta.url)

/** A browser was found but did not start (not a Chromium, a broken install, missing libraries). */
export class BrowserLaunchError extends Error {
  override name = 'BrowserLaunchError'
}

/**
 * Flags for a quiet, deterministic headless Chromium: no background traffic (this network refuses it anyway),
 * fixed colour profile and font rendering so repeated renders give the same pixels (with fontsConf below).
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
   * puts them in TMPDIR), and for Playwright's artifacts folder. A browser killed outright, or a run stopped while the
   * browser starts, cannot remove them; inside a folder the run owns they go with it.
   */
  tempDir?: string
}

/**
 * Fontconfig for the browser (Linux): bundled fonts only, no system fonts (fonts.conf says why). A FONTCONFIG_FILE the
 * user set is kept.
 */
export function fontsConf(): string {
  const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  const cacheDir = join(ROOT, 'node_modules', '.cache', 'launch-kit')
  const text = readFileSync(fileURLToPath(new URL('./fonts.conf', import.meta.url)), 'utf8')
    .replaceAll('@FONT_DIR@', fontDir)
    .replaceAll('@CACHE_DIR@', join(cacheDir, 'fontconfig'))
  const path = join(cacheDir, `fonts-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.conf`)
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true })
    // Written under a temporary name and renamed, so two runs starting at once never read half a file.
    const temp = `${path}.${process.pid}.tmp`
    writeFileSync(temp, text)
    renameSync(temp, path)
  }
  return path
}

/**
 * Runs `work` with os.tmpdir() pointing at `dir`. Playwright makes the browser's profile folder
 * (playwright_chromiumdev_profile-*) in os.tmpdir() and `chromium.launch` takes no option for it; a run stopped
 * (Ctrl-C) between that and the browser's start left it behind (seen in the faults battery, as an ordinary user).
 * Node reads the variable at each call, so the folder lands in the run's own temporary folder and goes with it.
 * Anything else the process puts in os.tmpdir() meanwhile lands there too, which the run also owns.
 */
async function inTempDir<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const name = process.platform === 'win32' ? 'TEMP' : 'TMPDIR'
  const before = process.env[name]
  process.env[name] = dir
  try {
    return await work()
  }
  finally {
    if (process.env[name] === dir) {
      if (before === undefined)
        delete process.env[name]
      else
        process.env[name] = before
    }
  }
}

/** Launches the browser; if it does not start, says which one it was, what it said, and what to try. */
export async function launchBrowser(found: FoundBrowser, extra: LaunchExtra = {}): Promise<Browser> {
  const { tempDir, ...options } = extra
  const env = { FONTCONFIG_FILE: fontsConf(), ...process.env, ...(tempDir ? { TMPDIR: tempDir } : {}) }
  try {
    // Playwright makes its artifacts folder in the OS temp folder unless told otherwise, and a run stopped (Ctrl-C)
    // between that and the browser's start left it behind (seen in the faults battery).
    const artifactsDir = tempDir ? join(tempDir, 'playwright') : undefined
    if (artifactsDir)
      mkdirSync(artifactsDir, { recursive: true })
    const launch = () => chromium.launch({ executablePath: found.path, headless: true, args: [...CHROMIUM_ARGS], env, ...(artifactsDir ? { artifactsDir } : {}), ...options })
    return await (tempDir ? inTempDir(tempDir, launch) : launch())
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

/** The one line every command prints (from a launched browser or its `--version`): `browser: Chromium 153.0.8010.0 from @sparticuz/chromium (the npm registry)`. */
export function browserLine(found: FoundBrowser, browser: Browser | string): string {
  const version = typeof browser === 'string' ? browser : browser.version()
  const name = /^\d/.test(version) ? `Chromium ${version}` : version
  return `browser: ${name} from ${originOf(found)}`
}

/**
 * A context for the deck: requests kept on this machine (keepLocal) and the Screen Wake Lock Slidev asks for granted,
 * as a desktop browser grants it to a visible page (a headless shell denies it, which the page reports as an error).
 */
export async function deckContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext, blocked: string[] }> {
  const context = await browser.newContext(options)
  await context.grantPermissions(['screen-wake-lock'])
  const blocked = await keepLocal(context)
  return { context, blocked }
}
