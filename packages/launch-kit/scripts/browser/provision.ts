/**
 * Gets a Chromium when the search (find.ts) finds none: once during `npm install` (our postinstall) and again at
 * first use when install scripts were skipped. In order:
 *   1. Playwright's own download (`playwright install --only-shell chromium`), time-boxed: where its CDN is not
 *      reachable it fails within seconds and we move on; where it hangs, it is stopped after a quiet spell.
 *   2. The npm registry's Chromium (`@sparticuz/chromium`, a dependency; Linux x64), unpacked into
 *      node_modules/.cache/deck-browser/ and checked to start.
 *   3. Else a BrowserNotFoundError that names what was tried and why each failed.
 */
import type { FindOptions, FoundBrowser } from './find'
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, createReadStream, createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress } from 'node:zlib'
import { ROOT } from '../core/index'
import { onInterrupt } from '../output/index'
import { BrowserNotFoundError, findBrowser, HOW_TO_GET_A_BROWSER, playwrightExecutables, searchFrom } from './find'
import { NPM_CHROMIUM, NPM_CHROMIUM_PLATFORM, npmChromium } from './provisioned'

export type ProvisionStep = 'playwright' | 'npm'

export interface ProvisionOptions {
  /** One line per step, for the user. */
  say?: (line: string) => void
  /** The steps to try, in order (default both; tests pick one). */
  steps?: readonly ProvisionStep[]
  /** Playwright's download is stopped after this long without output... */
  quietMs?: number
  /** ...or this long in all. */
  limitMs?: number
  /**
   * The environment Playwright's installer runs in (default: this process's). Where it installed is then looked up
   * with this process's PLAYWRIGHT_BROWSERS_PATH, which Playwright reads once, as it loads.
   */
  env?: NodeJS.ProcessEnv
  /** Where the npm registry's Chromium is unpacked (default: node_modules/.cache/deck-browser). */
  cacheDir?: string
}

type StepOptions = Required<Pick<ProvisionOptions, 'quietMs' | 'limitMs' | 'env'>> & Pick<ProvisionOptions, 'cacheDir'>

export const PROVISION_DEFAULTS = {
  steps: ['playwright', 'npm'] as readonly ProvisionStep[],
  quietMs: 30_000,
  limitMs: 10 * 60_000,
}

export interface Attempt {
  step: ProvisionStep
  ok: boolean
  /** Why it failed, in a few words. */
  why: string
  ms: number
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The last few meaningful lines of a tool's output. */
function gist(output: string): string {
  const lines = output.split('\n').map(l => l.trim()).filter(l => l && !/^\s*at\s/.test(l) && !/^[|█▏▎▍▌▋▊▉ ]+/.test(l))
  return lines.slice(-2).join(' ').slice(0, 300) || 'no output'
}

/** Runs Playwright's installer for its headless shell, stopping it when it goes quiet or runs too long. */
async function playwrightDownload(options: StepOptions): Promise<string> {
  const cli = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('playwright-core/package.json')), 'cli.js')
  const child = spawn(process.execPath, [cli, 'install', '--only-shell', 'chromium'], {
    cwd: ROOT,
    env: { ...options.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own group, so the downloader it starts goes with it when it is stopped.
    detached: process.platform !== 'win32',
  })
  const stop = () => {
    try {
      if (process.platform !== 'win32' && child.pid)
        process.kill(-child.pid, 'SIGKILL')
      else
        child.kill('SIGKILL')
    }
    catch {}
  }
  const forget = onInterrupt(stop)
  let output = ''
  let reason = ''
  let quiet: NodeJS.Timeout | undefined
  const hush = () => {
    clearTimeout(quiet)
    quiet = setTimeout(() => {
      reason = `no progress for ${seconds(options.quietMs)}`
      stop()
    }, options.quietMs)
  }
  const limit = setTimeout(() => {
    reason = `still running after ${seconds(options.limitMs)}`
    stop()
  }, options.limitMs)
  hush()
  child.stdout.on('data', (chunk) => { output += chunk; hush() })
  child.stderr.on('data', (chunk) => { output += chunk; hush() })
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', resolve)
    })
    if (reason)
      throw new Error(`stopped: ${reason}`)
    if (code !== 0)
      throw new Error(gist(output))
  }
  finally {
    clearTimeout(quiet)
    clearTimeout(limit)
    forget()
  }
  const path = playwrightExecutables()[0]
  if (!path)
    throw new Error('the download finished but Playwright does not know where its browser is')
  return path
}

/** Unpacks the npm registry's Chromium (once; a finished unpack is reused) and checks that it starts. */
async function unpackNpmChromium(options: StepOptions): Promise<string> {
  const { platform, arch } = NPM_CHROMIUM_PLATFORM
  if (process.platform !== platform || process.arch !== arch)
    throw new Error(`its Chromium is built for ${platform} ${arch} only; this machine is ${process.platform} ${process.arch}`)
  const chromium = npmChromium(options.cacheDir)
  if (!chromium)
    throw new Error(`${NPM_CHROMIUM} is not installed (run npm install; it is a dependency of this project)`)
  const works = (path: string) => spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 })
  const existing = works(chromium.unpacked)
  if (existing.status === 0)
    return chromium.unpacked
  // Written under a temporary name and renamed into place, so a run stopped halfway never leaves a broken binary,
  // and two runs unpacking at once both end with a whole one.
  mkdirSync(dirname(chromium.unpacked), { recursive: true })
  const temp = `${chromium.unpacked}.${process.pid}.tmp`
  const forget = onInterrupt(() => rmSync(temp, { force: true }))
  try {
    await pipeline(createReadStream(chromium.packed), createBrotliDecompress({ chunkSize: 2 ** 21 }), createWriteStream(temp))
    chmodSync(temp, 0o755)
    const check = works(temp)
    if (check.status !== 0)
      throw new Error(`it was unpacked but does not start here: ${gist(`${check.stdout ?? ''}${check.stderr ?? ''}${check.error?.message ?? ''}`)}`)
    renameSync(temp, chromium.unpacked)
    return chromium.unpacked
  }
  finally {
    rmSync(temp, { force: true })
    forget()
  }
}

const STEPS: Record<ProvisionStep, { name: string, run: (options: StepOptions) => Promise<string>, source: FoundBrowser['source'] }> = {
  playwright: { name: 'Playwright\'s download', run: playwrightDownload, source: 'playwright' },
  npm: { name: `the npm registry's Chromium (${NPM_CHROMIUM})`, run: unpackNpmChromium, source: 'npm' },
}

/** Tries each step in order; returns the first browser got, or throws naming every attempt. */
export async function provisionBrowser(options: ProvisionOptions = {}): Promise<FoundBrowser> {
  const { say = () => {}, steps = PROVISION_DEFAULTS.steps, quietMs = PROVISION_DEFAULTS.quietMs, limitMs = PROVISION_DEFAULTS.limitMs, env = process.env, cacheDir } = options
  const attempts: Attempt[] = []
  for (const step of steps) {
    const { name, run, source } = STEPS[step]
    const started = performance.now()
    say(`browser: none found; trying ${name}`)
    try {
      const path = await run({ quietMs, limitMs, env, cacheDir })
      const ms = performance.now() - started
      say(`browser: got one from ${name} in ${seconds(ms)}`)
      return { path, source }
    }
    catch (error) {
      const ms = performance.now() - started
      const why = error instanceof Error ? error.message : String(error)
      attempts.push({ step, ok: false, why, ms })
      say(`browser: ${name} failed in ${seconds(ms)}: ${why}`)
    }
  }
  throw new BrowserNotFoundError(`${HOW_TO_GET_A_BROWSER}\nNone could be provisioned. Tried, in order:\n${attempts.map(a => `  • ${STEPS[a.step].name}: ${a.why} (${seconds(a.ms)})`).join('\n')}`)
}

/**
 * The browser to use: found, or provisioned when the search finds none. An explicit path, CHROMIUM_PATH and
 * DECK_BROWSER_SEARCH=none are the user's choice: their errors are reported as they are, nothing is provisioned.
 */
export async function getBrowser(options: FindOptions & ProvisionOptions = {}): Promise<FoundBrowser> {
  const env = options.env ?? process.env
  try {
    return findBrowser(options)
  }
  catch (error) {
    const chosen = Boolean(options.explicit || env.CHROMIUM_PATH) || (options.search ?? searchFrom(env)) === 'none'
    if (!(error instanceof BrowserNotFoundError) || chosen)
      throw error
    return provisionBrowser(options)
  }
}
