/**
 * What the export's pages may say while it prints. A console error, an uncaught exception or a failed request on
 * the print page or the handout fails the export, naming the slide where the message names one (components log
 * "[slide N] …": setup/main.ts, ChartFigure.vue) and otherwise the page and its slides. A message known to be
 * harmless is let through only if it is listed in ALLOWED_PAGE_MESSAGES below, with the reason; nothing else is.
 */
import type { BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-chromium'

export interface AllowedMessage {
  /** Matched against the message as reported ("console.error: …", "uncaught: …", "request failed: …"). */
  pattern: RegExp
  /** Why it is harmless, for whoever reads this list next. */
  reason: string
}

/**
 * Messages that do not fail the export. Empty today: every message the deck has logged so far was a real fault and
 * was fixed (e.g. "Wake Lock permission request denied" is prevented by granting the permission: browser/launch.ts).
 */
export const ALLOWED_PAGE_MESSAGES: readonly AllowedMessage[] = []

/** Where a message came from: the print page with its slide range, the handout, or another page. */
export function pageLabel(url: string | undefined): string {
  if (!url)
    return 'a page'
  if (url.startsWith('about:') || url.startsWith('data:'))
    return 'the handout page'
  const parsed = new URL(url)
  if (parsed.pathname.endsWith('/handout.html'))
    return 'the handout page'
  if (parsed.pathname.endsWith('/print')) {
    const range = parsed.searchParams.get('range')?.match(/^(\d+)-(\d+)$/)
    return range ? `the print page (slides ${range[1]}–${range[2]})` : 'the print page'
  }
  return `page ${parsed.pathname}`
}

/** "slide 7: console.error: …" when the message names its slide, else "the print page: console.error: …". */
export function describeMessage(message: string, url: string | undefined): string {
  const slide = /^(?:console\.error|uncaught): \[slide (\d+)\] /.exec(message)
  return slide ? `slide ${slide[1]}: ${message.replace(`[slide ${slide[1]}] `, '')}` : `${pageLabel(url)}: ${message}`
}

export interface PageErrors {
  /** Every message not allowed, described (slide or page, then the message), in the order they came. */
  problems: () => string[]
  stop: () => void
}

/** Listens on every page of `context` (the print page and the handout) from now until stop(). */
export function collectPageErrors(context: BrowserContext, allowed: readonly AllowedMessage[] = ALLOWED_PAGE_MESSAGES): PageErrors {
  const found: string[] = []
  const add = (message: string, page: Page | null | undefined) => {
    if (!allowed.some(a => a.pattern.test(message)))
      found.push(describeMessage(message, page?.url()))
  }
  const onConsole = (m: ConsoleMessage) => {
    // Chromium echoes each request keepLocal blocked as a console error; the "network" check names it, with its address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource: net::ERR_BLOCKED_BY_CLIENT'))
      add(`console.error: ${m.text()}`, m.page())
  }
  const onError = (error: { page: () => Page | null, error: () => Error }) => add(`uncaught: ${error.error().message}`, error.page())
  // Requests keepLocal blocks are reported on their own (the "network" check); these are the local ones that failed.
  const onFailed = (request: Request) => {
    const failure = request.failure()?.errorText ?? 'failed'
    if (!failure.includes('ERR_BLOCKED_BY_CLIENT'))
      add(`request failed: ${request.url()} (${failure})`, request.frame().page())
  }
  const onResponse = (response: Response) => {
    if (response.status() >= 400)
      add(`request failed: ${response.url()} (HTTP ${response.status()})`, response.frame().page())
  }
  context.on('console', onConsole)
  context.on('weberror', onError)
  context.on('requestfailed', onFailed)
  context.on('response', onResponse)
  return {
    problems: () => [...found],
    stop: () => {
      context.off('console', onConsole)
      context.off('weberror', onError)
      context.off('requestfailed', onFailed)
      context.off('response', onResponse)
    },
  }
}
