/**
 * The browser search (findBrowser takes its environment and file checks as options) and the launch failure
 * message made from Playwright's launch log.
 */
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, findBrowser, HOW_TO_GET_A_BROWSER, launchFailure } from '../../../scripts/browser/launch'

const nowhere = { playwrightPath: () => '/pw/chrome', systemPaths: ['/usr/bin/chromium'], exists: () => false }

describe('findBrowser', () => {
  it('takes --browser, then CHROMIUM_PATH, then Playwright\'s, then a system browser', () => {
    const all = (path: string) => ['/x/chrome', '/env/chrome', '/pw/chrome', '/usr/bin/chromium'].includes(path)
    const options = { ...nowhere, exists: all, env: { CHROMIUM_PATH: '/env/chrome' } }
    expect(findBrowser({ ...options, explicit: '/x/chrome' })).toEqual({ path: '/x/chrome', source: '--browser' })
    expect(findBrowser(options)).toEqual({ path: '/env/chrome', source: 'CHROMIUM_PATH' })
    expect(findBrowser({ ...options, env: {} })).toEqual({ path: '/pw/chrome', source: 'playwright' })
    expect(findBrowser({ ...options, env: {}, playwrightPath: () => '' })).toEqual({ path: '/usr/bin/chromium', source: 'system' })
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
    expect(() => findBrowser({ ...everywhere, env: { DECK_BROWSER_SEARCH: 'none' } })).toThrow(/No Chromium or Chrome found[\s\S]*DECK_BROWSER_SEARCH=none: Playwright's browser and the system paths were not searched/)
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
