/**
 * The browser search (findBrowser takes its environment and file checks as options) and the launch failure
 * message made from Playwright's launch log. tests/e2e/browser-provision.test.ts runs the same order with real
 * binaries.
 */
import { delimiter, join } from 'node:path'
import { BrowserNotFoundError, findBrowser, HOW_TO_GET_A_BROWSER, launchFailure } from 'launch-kit/scripts/browser/index'
import { describe, expect, it } from 'vitest'

const nowhere = { playwrightPaths: () => ['/pw/shell', '/pw/chrome'], systemPaths: ['/usr/bin/chromium'], npmPath: () => '/npm/chromium', exists: () => false }
const onPath = join('/opt', 'bin', 'chromium')

describe('findBrowser', () => {
  it('takes --browser, then CHROMIUM_PATH, then Playwright\'s, a system browser, one on PATH, then the npm registry\'s', () => {
    const there = new Set(['/x/chrome', '/env/chrome', '/pw/chrome', '/usr/bin/chromium', onPath, '/npm/chromium'])
    const options = { ...nowhere, exists: (path: string) => there.has(path), env: { CHROMIUM_PATH: '/env/chrome', PATH: ['/nothing', join('/opt', 'bin')].join(delimiter) } }
    expect(findBrowser({ ...options, explicit: '/x/chrome' })).toEqual({ path: '/x/chrome', source: '--browser' })
    expect(findBrowser(options)).toEqual({ path: '/env/chrome', source: 'CHROMIUM_PATH' })
    const env = { PATH: options.env.PATH }
    expect(findBrowser({ ...options, env })).toEqual({ path: '/pw/chrome', source: 'playwright' })
    there.add('/pw/shell')
    expect(findBrowser({ ...options, env })).toEqual({ path: '/pw/shell', source: 'playwright' })
    expect(findBrowser({ ...options, env, playwrightPaths: () => [] })).toEqual({ path: '/usr/bin/chromium', source: 'system' })
    expect(findBrowser({ ...options, env, playwrightPaths: () => [], systemPaths: [] })).toEqual({ path: onPath, source: 'PATH' })
    expect(findBrowser({ ...options, env: {}, playwrightPaths: () => [], systemPaths: [] })).toEqual({ path: '/npm/chromium', source: 'npm' })
  })

  it('names a --browser or CHROMIUM_PATH that does not exist', () => {
    expect(() => findBrowser({ ...nowhere, explicit: '/nope' })).toThrow('--browser /nope: no such file')
    expect(() => findBrowser({ ...nowhere, env: { CHROMIUM_PATH: '/nope' } })).toThrow('CHROMIUM_PATH=/nope: no such file')
  })

  it('says how to get one when the search finds nothing', () => {
    expect(() => findBrowser({ ...nowhere, env: {} })).toThrow(HOW_TO_GET_A_BROWSER)
  })

  it('searches nothing beyond --browser and CHROMIUM_PATH with DECK_BROWSER_SEARCH=none', () => {
    const everywhere = { ...nowhere, exists: () => true }
    expect(() => findBrowser({ ...everywhere, env: { DECK_BROWSER_SEARCH: 'none' } })).toThrow(/No Chromium or Chrome found[\s\S]*DECK_BROWSER_SEARCH=none: only --browser and CHROMIUM_PATH were looked at; nothing was provisioned/)
    expect(findBrowser({ ...everywhere, env: { DECK_BROWSER_SEARCH: 'none', CHROMIUM_PATH: '/env/chrome' } }).source).toBe('CHROMIUM_PATH')
    expect(() => findBrowser({ ...everywhere, env: { DECK_BROWSER_SEARCH: 'nowhere' } })).toThrow(BrowserNotFoundError)
  })
})

describe('launchFailure', () => {
  it('quotes what the browser printed and how it ended, not Playwright\'s whole launch log', () => {
    const message = 'browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n<launching> /x --a --b\n<launched> pid=7\n[pid=7][err] error while loading shared libraries: libnss3.so\nCall log:\n  - [pid=7][err] error while loading shared libraries: libnss3.so\n  - [pid=7] <process did exit: exitCode=127, signal=null>\n'
    expect(launchFailure(message)).toBe('it stopped (exit code 127), saying: error while loading shared libraries: libnss3.so')
  })

  it('falls back to the first line when the browser said nothing', () => {
    expect(launchFailure('browserType.launch: Timeout 180000ms exceeded.\nCall log:\n  - <launching>')).toBe('Timeout 180000ms exceeded.')
  })
})
