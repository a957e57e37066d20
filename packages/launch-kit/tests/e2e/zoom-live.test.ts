/**
 * The live-event slides in the built deck, with the browser clock under the test's control: the holding slide's
 * countdown (deck built once more with a start set through VITE_DECK_START, see live/start.ts), "Starting soon"
 * without a start, static details in print, the QR code, and the pacing beside the presenter timer.
 * Screenshots go to $ZOOM_SHOTS_DIR when it is set (e.g. exports/zoom), otherwise to a temporary folder.
 */
import type { DeckSession } from '../support/deck-page'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { qrSvg } from 'launch-kit/live/qr'
import { startInstant } from 'launch-kit/live/zoned-time'
import { buildDeck, readDeck } from 'launch-kit/scripts/deck/index'
import { shootBoth, SHOT } from 'launch-kit/scripts/lint/shots'
import { openSlide, waitForSlide } from 'launch-kit/scripts/lint/walk'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { event } from '../fixtures/atlas/data/event'
import { openDeck } from '../support/deck-page'

// A rehearsal start on a 15 October that was a Wednesday: a test fixture, not the launch's year (which is not known).
const START = { local: '2025-10-15T16:00', timeZone: 'Europe/Belgrade' }
const START_TEXT = 'Wednesday, 15 October, 16:00 CEST'
const AT = startInstant(START)
const YEAR = /\b(19|20)\d{2}\b/
/**
 * How long a poll waits for the page to show what the (fake, paused) clock says. Vitest's default is 1 s; with both
 * cores busy (two `node -e 'for(;;);'` hogs and other work, load average 9) these polls took up to 0.41 s, so 1 s
 * was too close. The clock does not move while a poll waits, so a longer wait cannot let a wrong value pass.
 */
const POLL = { timeout: 10_000 }

let temp: string
let shots: string

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'zoom-live-'))
  shots = process.env.ZOOM_SHOTS_DIR ? resolve(process.env.ZOOM_SHOTS_DIR) : join(temp, 'shots')
})

afterAll(async () => {
  await rm(temp, { recursive: true, force: true })
})

/** Rendered text with line breaks and runs of space as single spaces. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

async function findSlide(title: string): Promise<number> {
  const slide = (await readDeck()).slides.find(s => s.title === title)
  if (!slide)
    throw new Error(`no slide titled "${title}" in slides.md`)
  return slide.no
}

async function expectShots(paths: string[]): Promise<void> {
  for (const path of paths)
    expect((await stat(path)).size, path).toBeGreaterThan(5_000)
}

describe('holding slide with a start time set', () => {
  let session: DeckSession

  beforeAll(async () => {
    const dist = join(temp, 'dist-start')
    const previous = process.env.VITE_DECK_START
    process.env.VITE_DECK_START = `${START.local}[${START.timeZone}]`
    try {
      // ~5-15 s alone, about a minute on two loaded cores: stopped (and failing) after four.
      await buildDeck(dist, { signal: AbortSignal.timeout(240_000) })
    }
    finally {
      if (previous === undefined)
        delete process.env.VITE_DECK_START
      else
        process.env.VITE_DECK_START = previous
    }
    session = await openDeck(dist, SHOT.full)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('counts down each second without a reload, then says "Starting now"', async () => {
    const { page, url } = session
    // The fake clock flows with real time until paused: load the slide, then stop it 299.9 s before the start.
    await page.clock.install({ time: AT - 6 * 60_000 })
    await openSlide(page, url, 1)
    await page.clock.pauseAt(AT - 5 * 60_000 + 100)
    const time = page.locator('.slidev-page-1 [role="timer"]')
    await expect.poll(() => time.textContent(), POLL).toBe('5:00')
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))
    await page.clock.runFor(1000)
    await expect.poll(() => time.textContent(), POLL).toBe('4:59')
    await page.clock.runFor(2000)
    await expect.poll(() => time.textContent(), POLL).toBe('4:57')
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    const slide = page.locator('.slidev-page-1')
    expect(words(await slide.locator('.countdown__when').innerText())).toBe(START_TEXT)
    expect(await slide.textContent()).not.toMatch(YEAR)
    await expect.poll(() => slide.textContent(), POLL).toContain('Ada Example · Dr Bo Sample')

    await page.clock.runFor(60_000)
    await expect.poll(() => time.textContent(), POLL).toBe('3:57')
    await expectShots(await shootBoth(page, shots, 'holding-countdown'))

    await page.clock.runFor(4 * 60_000)
    await expect.poll(() => slide.locator('[data-countdown]').getAttribute('data-countdown'), POLL).toBe('started')
    expect(await slide.locator('.countdown__big').textContent()).toContain('Starting now')
  })

  it('shows the start in words in print, and never a ticking number', async () => {
    const { page, url } = session
    await page.goto(`${url}/print?print=true`)
    const countdown = page.locator('.slidev-page-1 [data-countdown]')
    await expect.poll(() => countdown.getAttribute('data-countdown'), POLL).toBe('print')
    const before = await countdown.textContent()
    expect(words(await countdown.innerText())).toBe(`Starts ${START_TEXT}`)
    expect(await page.locator('[role="timer"]').count()).toBe(0)
    await page.clock.runFor(5000)
    expect(await countdown.textContent()).toBe(before)
  })
})

describe('the live slides in the deck as built', () => {
  let session: DeckSession

  beforeAll(async () => {
    session = await openDeck(inject('distDir'), SHOT.full)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('says "Starting soon" with no numbers while data/event.ts sets no start', async () => {
    expect(event.plan.start, 'this test expects plan.start to be unset in data/event.ts').toBeNull()
    const { page, url } = session
    await page.clock.install({ time: AT })
    await openSlide(page, url, 1)
    const countdown = page.locator('.slidev-page-1 [data-countdown]')
    expect(await countdown.getAttribute('data-countdown')).toBe('unset')
    const big = countdown.locator('.countdown__big')
    expect(await big.textContent()).toMatch(/^\s*Starting soon\s*$/)
    expect(await page.locator('[role="timer"]').count()).toBe(0)
    expect(await countdown.textContent()).toContain(event.launch.dateText)
    await page.clock.runFor(3000)
    expect(await big.textContent()).toMatch(/^\s*Starting soon\s*$/)
    expect(await page.locator('.slidev-page-1').textContent()).not.toMatch(YEAR)
    await expectShots(await shootBoth(page, shots, 'holding-unset'))
  })

  it('puts a locally drawn QR code for plan.qrUrl, the speakers and the file names on the Q&A and closing slides', async () => {
    const { page, url } = session
    const expected = /\bd="([^"]+)"/.exec(qrSvg(event.plan.qrUrl))?.[1]
    expect(expected).toBeTruthy()
    for (const title of ['Your questions', 'Thank you']) {
      const slideNo = await findSlide(title)
      await openSlide(page, url, slideNo)
      const slide = page.locator(`.slidev-page-${slideNo}`)
      const qr = slide.locator('.qr-code')
      expect(await qr.getAttribute('data-qr-url')).toBe(event.plan.qrUrl)
      expect(await qr.locator('svg path').getAttribute('d')).toBe(expected)
      const box = await qr.boundingBox()
      expect(box!.width).toBeGreaterThan(250)
      const text = await slide.textContent()
      expect(text).toContain('Ada Example · Dr Bo Sample')
      for (const name of [`${event.report.slug}-handout.pdf`, `${event.report.slug}-slides.pdf`, 'charts/index.html'])
        expect(text).toContain(name)
    }
    expect(session.blocked).toEqual([])
  })

  it('shows planned against elapsed time and ahead/behind beside the presenter timer', async () => {
    const { page, url } = session
    await page.setViewportSize({ width: 1600, height: 900 })
    await page.clock.install({ time: AT })
    // Slide 3 ("Agenda") has 2 minutes after 0 + 1 before it: its window is 1:00–3:00 of talk time.
    await page.goto(`${url}/presenter/3`)
    await waitForSlide(page, 3)
    await page.clock.pauseAt(AT + 60_000) // from here on, time moves only when the test says so
    const pacing = page.locator('.slidev-presenter .pacing')
    await expect.poll(() => pacing.getAttribute('data-pacing-status'), POLL).toBe('stopped')
    expect(await pacing.textContent()).toContain('This slide: 2:00 planned')

    await page.hover('.slidev-presenter .grid-section.bottom .group')
    await page.locator('.slidev-presenter .i-carbon\\:play').click()
    // Half a second more than the round figure: the widget refreshes every 250 ms and shows whole seconds.
    await page.clock.runFor(30_500)
    await expect.poll(() => pacing.getAttribute('data-pacing-status'), POLL).toBe('ahead')
    expect(await pacing.textContent()).toMatch(/Slide 0:30 of 2:00\s*Talk 0:30 · plan 1:00–3:00\s*0:30 ahead/)

    await page.clock.runFor(160_000)
    await expect.poll(() => pacing.getAttribute('data-pacing-status'), POLL).toBe('behind')
    expect(await pacing.textContent()).toMatch(/Slide 3:10 of 2:00\s*Talk 3:10 · plan 1:00–3:00\s*0:10 behind/)
    expect(await pacing.locator('.pacing__slide--over').count()).toBe(1)
    await expectShots(await shootBoth(page, shots, 'presenter-pacing'))

    // Next slide (the quote, 1 minute): its window is 3:00–4:00, so 3:10 is on plan and its own clock restarts.
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/\/presenter\/4/)
    await expect.poll(() => pacing.getAttribute('data-pacing-status'), POLL).toBe('on-plan')
    expect(await pacing.textContent()).toMatch(/Slide 0:00 of 1:00\s*Talk 3:10 · plan 3:00–4:00\s*On plan/)

    // The audience window never shows it.
    await page.goto(`${url}/4`)
    await waitForSlide(page, 4)
    expect(await page.locator('.pacing').count()).toBe(0)
  })
})
