/**
 * The run of show as data and as HTML (scripts/runofshow/): the FICTIONAL panel fixture's slides grouped into blocks
 * by speaker and the Q&A, clock times from its start in Europe/Belgrade and in UTC; this deck, which sets no start,
 * in times from +0:00.
 */
import type { RunOfShow } from 'launch-kit/scripts/runofshow/index'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { blockWho, clockAt, NO_START_NOTE, runOfShowHtml, runOfShowOf, slideRange, timeText } from 'launch-kit/scripts/runofshow/index'
import { event as panelEvent } from 'launch-kit/tests/fixtures/panel/data/event'
import { beforeAll, describe, expect, it } from 'vitest'
import { event } from '../../../data/event'

let panel: RunOfShow
let ours: RunOfShow

beforeAll(async () => {
  panel = runOfShowOf((await readDeck(`${ENGINE}/tests/fixtures/panel/slides.md`)).slides, panelEvent)
  ours = runOfShowOf((await readDeck()).slides, event)
})

describe('blocks', () => {
  it('group the panel by speaker, the Q&A a block of its own even with the same chair', () => {
    expect(panel.blocks.map(b => [blockWho(b), slideRange(b), b.startMinute, b.minutes, b.endMinute])).toEqual([
      ['Mo Derator', 'Slides 1–2', 0, 2, 2],
      ['Ana Example', 'Slides 3–4', 2, 9, 11],
      ['Dr Ben Sample', 'Slide 5', 11, 6, 17],
      ['Cleo Placeholder', 'Slide 6', 17, 4, 21],
      ['Q&A, chaired by Mo Derator', 'Slide 7', 21, 7, 28],
      ['Mo Derator', 'Slide 8', 28, 2, 30],
    ])
    expect(panel.totalMinutes).toBe(panelEvent.plan.sessionMinutes)
    expect(panel.blocks.map(b => b.speaker?.role)).toEqual(['moderator', 'author', 'author', 'discussant', 'moderator', 'moderator'])
  })

  it('start each block where the one before ends, and end the last at the session\'s length', () => {
    for (const show of [panel, ours]) {
      show.blocks.forEach((block, i) => expect(block.startMinute).toBe(i === 0 ? 0 : show.blocks[i - 1]!.endMinute))
      expect(show.blocks.at(-1)!.endMinute).toBe(show.totalMinutes)
    }
    expect(ours.totalMinutes).toBe(event.plan.sessionMinutes)
  })

  it('split this deck between the two co-authors, with the Q&A chaired by Teuta Avdimetaj', () => {
    expect(ours.blocks.map(b => [blockWho(b), slideRange(b), b.minutes])).toEqual([
      ['Teuta Avdimetaj', 'Slides 1–13', 20],
      ['Dr Ramadan Ilazi', 'Slides 14–22', 17],
      ['Q&A, chaired by Teuta Avdimetaj', 'Slide 23', 6],
      ['Teuta Avdimetaj', 'Slides 24–25', 2],
    ])
  })
})

describe('clock times', () => {
  it('read the start in the event\'s zone (CEST in June) and in UTC', () => {
    expect(panel.blocks.map(b => timeText(clockAt(panel, b.startMinute)))).toEqual([
      '16:00 CEST (14:00 UTC)',
      '16:02 CEST (14:02 UTC)',
      '16:11 CEST (14:11 UTC)',
      '16:17 CEST (14:17 UTC)',
      '16:21 CEST (14:21 UTC)',
      '16:28 CEST (14:28 UTC)',
    ])
    expect(timeText(clockAt(panel, panel.totalMinutes))).toBe('16:30 CEST (14:30 UTC)')
  })

  it('show seconds when a budget is not whole minutes, and the winter zone in winter', () => {
    const winter = { start: { instant: Date.UTC(2030, 0, 15, 15, 0), timeZone: 'Europe/Belgrade' } }
    expect(clockAt(winter, 2.5)).toEqual({ relative: '+0:02:30', local: '16:02:30', utc: '15:02:30', zone: 'CET' })
  })

  it('count from +0:00 when no start is set', () => {
    expect(event.plan.start).toBeNull()
    expect(ours.start).toBeNull()
    expect(ours.blocks.map(b => timeText(clockAt(ours, b.startMinute)))).toEqual(['+0:00', '+0:20', '+0:37', '+0:43'])
    expect(clockAt(ours, 75)).toEqual({ relative: '+1:15' })
  })
})

describe('the page', () => {
  it('says when the session starts and ends, lists the panel and every block, and the report link and QR code', () => {
    const html = runOfShowHtml({ event: panelEvent, show: panel, fontCss: '' })
    expect(html).toContain('Starts 16:00 CEST (14:00 UTC)</strong> · ends 16:30 CEST (14:30 UTC) · 30 min')
    expect(html).toContain('<strong>Mo Derator</strong>, moderator, Institute of Examples (fictional): 11 min')
    expect(html).toContain('<strong>Q&amp;A:</strong> 16:21 CEST (14:21 UTC) to 16:28 CEST (14:28 UTC), 7 min, chaired by Mo Derator')
    expect(html.match(/<tr class="(?:block|qa)"/g)).toHaveLength(6)
    expect(html).toContain(`<a href="${panelEvent.report.url}">`)
    expect(html).toContain(`<svg role="img" aria-label="QR code: ${panelEvent.plan.qrUrl}"`)
    expect(html).not.toContain(NO_START_NOTE)
  })

  it('says the times are relative when no start is set', () => {
    const html = runOfShowHtml({ event, show: ours, fontCss: '' })
    expect(html).toContain(NO_START_NOTE)
    expect(html).toContain('<th scope="col">From start</th>')
  })

  it('shows markup in a title as text', () => {
    const show = runOfShowOf([{ no: 1, title: '<img src=x onerror=alert(1)>', minutes: 1, speaker: 'ana' }], panelEvent)
    const html = runOfShowHtml({ event: panelEvent, show, fontCss: '' })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})
