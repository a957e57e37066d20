/**
 * npm run lint:zoom: is every slide legible on a Zoom share? Builds the deck (or takes --dist), opens each slide in
 * Chromium at Slidev's 980×552 canvas and checks text size, contrast, chart label sizes, chart colours under
 * colour-vision deficiency, and overflow (rules and thresholds: scripts/lint/rules.ts). Prints one line per
 * violation and exits 1 if there is any.
 *
 *   npm run lint:zoom                          build into a temporary folder, lint, clean up
 *   npm run lint:zoom -- --dist dist           lint an existing build
 *   npm run lint:zoom -- --shots exports/zoom  also write each slide at 1280×720 and scaled to 640×360
 */
import type { Browser } from 'playwright-chromium'
import type { StaticServer } from './browser/index'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { browserLine, deckContext, getBrowser, launchBrowser, serveStatic } from './browser/index'
import { createLog, ROOT } from './core/index'
import { buildDeck, loadLaunch, readDeck } from './deck/index'
import { CANVAS, formatViolation, lintSlides, openSlide, shootBoth, SHOT } from './lint/index'
import { makeWorkDir } from './output/index'

const log = createLog('lint:zoom')
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    shots: { type: 'string' },
    browser: { type: 'string' },
  },
})

/** The build's temporary folder: removed at the end, on Ctrl-C, and by a later run if this one is killed. */
let work: Awaited<ReturnType<typeof makeWorkDir>> | undefined
let server: StaticServer | undefined
let browser: Browser | undefined
try {
  // The launch's charts name the chart language the deck is read in; the lint reads the built deck, so no gate.
  await loadLaunch()
  const deck = await readDeck()
  const total = deck.slides.length
  // Found (or provisioned) first: with no browser the lint stops at once, before a build it could not use.
  const found = await getBrowser({ explicit: values.browser, say: log.step })
  let dist = values.dist ? resolve(ROOT, values.dist) : undefined
  if (!dist) {
    work = await makeWorkDir('lint-zoom')
    dist = join(work.path, 'dist')
    log.step('building the deck')
    await buildDeck(dist)
  }
  server = await serveStatic(dist)
  browser = await launchBrowser(found)
  log.step(browserLine(found, browser))
  const { context, blocked } = await deckContext(browser, { viewport: CANVAS, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const results = await lintSlides(page, server.url, total, r => log.progress('slides', r.no, total))
  const violations = results.flatMap(r => r.violations)
  for (const v of violations)
    log.error(formatViolation(v))
  if (blocked.length > 0)
    log.error(`the deck tried to reach other machines: ${[...new Set(blocked)].join(', ')}. Bundle the asset instead.`)

  if (values.shots) {
    const dir = resolve(ROOT, values.shots)
    await page.setViewportSize(SHOT.full)
    for (let no = 1; no <= total; no++) {
      await openSlide(page, server.url, no)
      await shootBoth(page, dir, `slide-${String(no).padStart(2, '0')}`)
    }
    log.step(`${total * 2} screenshots in ${relative(ROOT, dir) || '.'}`)
  }

  if (violations.length > 0 || blocked.length > 0) {
    log.error(`${violations.length} violation${violations.length === 1 ? '' : 's'} on ${new Set(violations.map(v => v.slide)).size} of ${total} slides. Fix the slide (slides.md), styles/index.css or the layout; the thresholds are the Zoom rules.`)
    process.exitCode = 1
  }
  else {
    log.done(`${total} slides legible, no violations`)
  }
}
catch (error) {
  log.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
finally {
  await browser?.close()
  await server?.close()
  await work?.remove()
}
