/**
 * The presenter view of a panel in the built deck, in Chromium at 1280×720 (a laptop beside Zoom), with the browser
 * clock under the test's control: the speaker of the slide, the next hand-off counted down at the current pace, the
 * cue on the last slide before it, each speaker's time against their budgets; then two rehearsals recorded in the
 * page, downloaded with its button and turned into the comparison table by `launch-kit rehearsal`.
 * Screenshots go to $PANEL_SHOTS_DIR when it is set (e.g. docs/shots), otherwise to a temporary folder.
 */
import type { RehearsalFile } from 'launch-kit/live/rehearsal'
import type { DeckSession } from 'launch-kit/tests/support/deck-page'
import type { Page } from 'playwright-chromium'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { waitForSlide } from 'launch-kit/scripts/lint/walk'
import { openDeck } from 'launch-kit/tests/support/deck-page'
import { runScript } from 'launch-kit/tests/support/script-run'
import { unexplained } from 'launch-kit/tests/support/stderr'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { event } from '../../data/event'

// A rehearsal on a made-up day: a test fixture, not the launch's date.
const T0 = Date.UTC(2030, 5, 12, 14, 0)
/** Polls wait for the page to show what the paused clock says; the clock does not move meanwhile (zoom-live.test.ts). */
const POLL = { timeout: 10_000 }
const VIEWPORT = { width: 1280, height: 720 }
/** Rehearsal A takes every slide a quarter longer than its budget: 75 s per planned minute. */
const SLOW = 75_000

let temp: string
let shots: string
let session: DeckSession
let budgets: Map<number, number>

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'panel-presenter-'))
  shots = process.env.PANEL_SHOTS_DIR ? resolve(process.env.PANEL_SHOTS_DIR) : temp
  budgets = new Map((await readDeck()).slides.map(s => [s.no, s.minutes]))
  session = await openDeck(inject('distDir'), VIEWPORT)
})

afterAll(async () => {
  await session?.close()
  await rm(temp, { recursive: true, force: true })
})

async function timerButton(page: Page, icon: 'play' | 'renew'): Promise<void> {
  await page.hover('.slidev-presenter .grid-section.bottom .group')
  await page.locator(`.slidev-presenter .i-carbon\\:${icon}`).click()
  await page.mouse.move(640, 200)
}

/** Shows each slide from `from` to before `to` for `msPerMinute` per planned minute, moving on with the arrow key. */
async function present(page: Page, from: number, to: number, msPerMinute: number): Promise<void> {
  for (let no = from; no < to; no++) {
    await page.clock.runFor(budgets.get(no)! * msPerMinute)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(new RegExp(`/presenter/${no + 1}$`))
  }
}

async function download(page: Page, name: string): Promise<{ path: string, file: RehearsalFile }> {
  const waiting = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download rehearsal timings (JSON)' }).click()
  const done = await waiting
  expect(done.suggestedFilename()).toMatch(new RegExp(`^rehearsal-${event.report.slug}-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}\\.json$`))
  const path = join(temp, name)
  await done.saveAs(path)
  return { path, file: JSON.parse(await readFile(path, 'utf8')) as RehearsalFile }
}

describe('the presenter view of this panel at 1280×720', () => {
  const files: string[] = []

  it('names the speaker, counts down to the hand-off at the current pace, cues it, and keeps each speaker\'s time', async () => {
    const { page, url } = session
    await page.clock.install({ time: T0 })
    await page.goto(`${url}/presenter/2`)
    await waitForSlide(page, 2)
    await page.clock.pauseAt(T0 + 10_000) // from here on, time moves only when the test says so
    const panel = page.locator('.slidev-presenter .panel-status')
    const handOff = panel.locator('.panel-status__handoff')
    const timeOf = (id: string) => panel.locator(`[data-speaker-id="${id}"] .panel-status__clock`)

    // Under the "Next" preview, legible, and the preview still there.
    expect(await panel.evaluate(e => e.closest('.grid-section.next') !== null)).toBe(true)
    expect(await panel.getAttribute('data-panel-speaker')).toBe('avdimetaj')
    expect(await handOff.textContent()).toMatch(/^\s*Next: Dr Ramadan Ilazi at slide 14, in 20:00\s*$/)

    await timerButton(page, 'play')
    // Teuta Avdimetaj's slides 2–11, each a quarter over its budget: 16 planned minutes take 20.
    await present(page, 2, 12, SLOW)
    await expect.poll(() => panel.getAttribute('data-handoff'), POLL).toBe('later')
    // At that pace, slides 12 and 13 (2 + 2 planned minutes) take 5:00.
    expect(await panel.getAttribute('data-handoff-seconds')).toBe('300')
    expect(await handOff.textContent()).toMatch(/^\s*Next: Dr Ramadan Ilazi at slide 14, in 5:00\s*$/)
    expect(await timeOf('avdimetaj').textContent()).toBe('20:00 of 28:00')
    expect(await timeOf('ilazi').textContent()).toBe('0:00 of 17:00')

    // Slide 13 is the last before the hand-off: the cue, 2:30 at this pace, 2:00 after half a minute.
    await present(page, 12, 13, SLOW)
    await expect.poll(() => panel.getAttribute('data-handoff'), POLL).toBe('next')
    await page.clock.runFor(30_000)
    await expect.poll(() => panel.getAttribute('data-handoff-seconds'), POLL).toBe('120')
    expect(await handOff.textContent()).toMatch(/^\s*Hand over to Dr Ramadan Ilazi after this slide, in 2:00\s*$/)
    expect(await timeOf('avdimetaj').textContent()).toBe('23:00 of 28:00')
    const cue = await handOff.evaluate(e => ({ size: Number.parseFloat(getComputedStyle(e).fontSize), weight: getComputedStyle(e).fontWeight, background: getComputedStyle(e).backgroundColor }))
    expect(cue).toEqual({ size: 18, weight: '700', background: 'rgb(179, 71, 0)' })
    const box = (await panel.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height)
    expect((await page.locator('.slidev-presenter .grid-section.next .slidev-slide-container').boundingBox())!.height).toBeGreaterThan(120)
    const shot = join(shots, 'presenter-handoff.png')
    await page.screenshot({ path: shot })
    expect((await stat(shot)).size).toBeGreaterThan(20_000)

    // Over to Dr Ramadan Ilazi: his slides 14–22 (17 planned minutes) before the Q&A take 21:15 at this pace.
    await page.clock.runFor(120_000)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/\/presenter\/14$/)
    await expect.poll(() => panel.getAttribute('data-panel-speaker'), POLL).toBe('ilazi')
    expect(await handOff.textContent()).toMatch(/^\s*Next: Teuta Avdimetaj at slide 23, in 21:15\s*$/)
    await page.clock.runFor(60_000)
    await expect.poll(() => timeOf('ilazi').textContent(), POLL).toBe('1:00 of 17:00')
    expect(await timeOf('avdimetaj').textContent()).toBe('25:00 of 28:00')
    expect(await panel.locator('.panel-status__time--current').getAttribute('data-speaker-id')).toBe('ilazi')

    const a = await download(page, 'a.json')
    files.push(a.path)
    const shown = new Map(a.file.slides.map(s => [s.no, s.shownSeconds]))
    for (let no = 2; no <= 13; no++)
      expect(shown.get(no), `slide ${no}`).toBe(budgets.get(no)! * 75)
    expect(shown.get(14)).toBe(60)
    expect(shown.get(15)).toBe(0)
    expect(a.file.speakers).toEqual([{ id: 'avdimetaj', name: 'Teuta Avdimetaj' }, { id: 'ilazi', name: 'Dr Ramadan Ilazi' }])
    expect(a.file.slides.find(s => s.no === 14)).toMatchObject({ speaker: 'ilazi', budgetSeconds: 180, title: 'Serbia’s ‘iron-clad’ ties run through the Digital Silk Road' })
    expect(session.errors).toEqual([])
    expect(session.blocked).toEqual([])
  })

  it('records a second rehearsal after a reset, and the command compares the two side by side', async () => {
    const { page, url } = session
    await timerButton(page, 'renew')
    await page.goto(`${url}/presenter/2`)
    await waitForSlide(page, 2)
    await page.clock.pauseAt(await page.evaluate(() => Date.now()) + 1000)
    await timerButton(page, 'play')
    // Rehearsal B keeps every budget, through slide 14.
    await present(page, 2, 15, 60_000)
    const b = await download(page, 'b.json')
    files.push(b.path)
    expect(b.file.slides.find(s => s.no === 2)?.shownSeconds).toBe(60)
    expect(b.file.slides.find(s => s.no === 14)?.shownSeconds).toBe(180)
    // The first rehearsal stays in the browser beside the new one.
    const kept = await page.evaluate(key => localStorage.getItem(`${key}:previous`), `launch-kit-rehearsal:${event.report.slug}`)
    expect(JSON.parse(kept!).shownMs['14']).toBe(60_000)

    const out = join(temp, 'comparison')
    const run = await runScript('rehearsal', [...files, '--out', out])
    expect(unexplained(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    const md = await readFile(join(out, 'comparison.md'), 'utf8')
    expect(md).toContain('| Slide | Title | Speaker | Budget | A | A − budget | B | B − budget | B − A |')
    expect(md).toContain('| 2 | Beyond economic considerations | Teuta Avdimetaj | 1:00 | 1:15 | +0:15 | 1:00 | +0:00 | −0:15 |')
    expect(md).toContain('| 14 | Serbia’s ‘iron-clad’ ties run through the Digital Silk Road | Dr Ramadan Ilazi | 3:00 | 1:00 | −2:00 | 3:00 | +0:00 | +2:00 |')
    expect(md).toContain('| Teuta Avdimetaj | 28:00 | 25:00 | −3:00 | 20:00 | −8:00 | −5:00 |')
    expect(md).toContain('| Dr Ramadan Ilazi | 17:00 | 1:00 | −16:00 | 3:00 | −14:00 | +2:00 |')
    // Where A runs long: every slide of its first block, a quarter over.
    expect(md).toContain('- A: slide 3 "About this launch" (Teuta Avdimetaj) took 2:30 of 2:00, +0:30.')
    expect(md).toContain('- B: no slide ran long')
    expect(run.stdout).toContain('A: slide 3 "About this launch" (Teuta Avdimetaj) took 2:30 of 2:00, +0:30.')
    for (const name of ['slides.csv', 'speakers.csv', 'chart.svg'])
      expect((await stat(join(out, name))).size, name).toBeGreaterThan(100)
  })
})
