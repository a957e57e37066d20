import type { StaticServer } from 'launch-kit/scripts/browser/server'
/**
 * Opens the built deck in Chromium for a test: one browser per file, requests off this machine blocked and
 * recorded, console errors collected.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-chromium'
import { findBrowser, keepLocal, launchBrowser } from 'launch-kit/scripts/browser/index'
import { serveStatic } from 'launch-kit/scripts/browser/server'

/**
 * Options for every context that opens the deck. Slidev asks for a Screen Wake Lock while presenting; Chromium 153
 * (the npm-registry build) denies it unless granted, and the denial surfaces as an uncaught "Wake Lock permission
 * request denied", so the permission is granted as a presenter's browser would.
 */
export const DECK_CONTEXT: BrowserContextOptions = { permissions: ['screen-wake-lock'] }

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
  let browser: Browser | undefined
  try {
    browser = await launchBrowser(findBrowser())
    const context = await browser.newContext({ ...DECK_CONTEXT, viewport, deviceScaleFactor })
    const blocked = await keepLocal(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(`console.error: ${message.text()}`)
    })
    page.on('pageerror', error => errors.push(`uncaught: ${error.message}`))
    const opened = browser
    return {
      url: server.url,
      browser: opened,
      context,
      page,
      blocked,
      errors,
      close: async () => {
        try {
          await opened.close()
        }
        finally {
          await server.close()
        }
      },
    }
  }
  catch (error) {
    await browser?.close()
    await server.close()
    throw error
  }
}
