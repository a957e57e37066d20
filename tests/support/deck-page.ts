/**
 * Opens the built deck in Chromium for a test: one browser per file, requests off this machine blocked and
 * recorded, console errors collected.
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { StaticServer } from '../../scripts/browser/server'
import { findBrowser, keepLocal, launchBrowser } from '../../scripts/browser/index'
import { serveStatic } from '../../scripts/browser/server'

export interface DeckSession {
  url: string
  browser: Browser
  context: BrowserContext
  page: Page
  /** Requests that tried to leave localhost. */
  blocked: string[]
  /** console.error / warnings / uncaught errors, as text. */
  errors: string[]
  close: () => Promise<void>
}

export async function openDeck(dist: string, viewport = { width: 980, height: 552 }, deviceScaleFactor = 1): Promise<DeckSession> {
  const server: StaticServer = await serveStatic(dist)
  const browser = await launchBrowser(findBrowser())
  const context = await browser.newContext({ viewport, deviceScaleFactor })
  const blocked = await keepLocal(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console.error: ${message.text()}`)
  })
  page.on('pageerror', error => errors.push(`uncaught: ${error.message}`))
  return {
    url: server.url,
    browser,
    context,
    page,
    blocked,
    errors,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}
