import type { Deck } from 'launch-kit/scripts/deck/index'
import type { Manifest } from 'launch-kit/scripts/output/index'
/**
 * The run of show as the export writes it (`npm run export -- --only slides,run-of-show,site`): one A4 page with every
 * speaker's name and the blocks' start times adding up to the session, tagged, its fonts embedded, in the manifest
 * and on the site; and the FICTIONAL panel fixture's run of show, printed in Chromium by the same code, in clock times
 * from its start in Europe/Belgrade and in UTC, with the export's own checks shown to catch what is missing.
 * The first page is rendered to $PANEL_SHOTS_DIR/run-of-show.png when it is set (e.g. docs/shots).
 */
import type { Browser } from 'playwright-chromium'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { findBrowser, launchBrowser } from 'launch-kit/scripts/browser/index'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { loadPdfTools, pdfMetadata } from 'launch-kit/scripts/pdf/index'
import { makeRunOfShowPdf, NO_START_NOTE, runOfShowExpectation, runOfShowOf, runOfShowProblems } from 'launch-kit/scripts/runofshow/index'
import { event as panelEvent } from 'launch-kit/tests/fixtures/panel/data/event'
import { isA4, linksAndOutline, pdfFonts, pdfInfo, pdfText, renderPage } from 'launch-kit/tests/support/pdf'
import { runScript } from 'launch-kit/tests/support/script-run'
import { unexplained } from 'launch-kit/tests/support/stderr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../../data/event'

const FILE = `${event.report.slug}-run-of-show.pdf`

/** Lower-case letters, digits and the characters of a time: compares text across line breaks and spacing. */
function squeeze(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

/**
 * The blocks' start minutes, counted here from the slides as the moderator would: a new block wherever the speaker
 * changes or the Q&A starts or ends.
 */
function blockStarts(deck: Deck): { starts: number[], end: number } {
  const starts: number[] = []
  let minute = 0
  let last: string | undefined
  for (const slide of deck.slides) {
    const key = `${slide.speaker}:${slide.qa === true}`
    if (key !== last)
      starts.push(minute)
    last = key
    minute += slide.minutes
  }
  return { starts, end: minute }
}

/** The needles in the haystack in this order (each after the one before). */
function inOrder(haystack: string, needles: readonly string[]): string[] {
  const hay = squeeze(haystack)
  let from = 0
  const missing: string[] = []
  for (const needle of needles) {
    const at = hay.indexOf(squeeze(needle), from)
    if (at < 0)
      missing.push(needle)
    else
      from = at + squeeze(needle).length
  }
  return missing
}

describe('npm run export writes the run of show', () => {
  let out: string
  let run: Awaited<ReturnType<typeof runScript>>
  let deck: Deck

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'run-of-show-'))
    deck = await readDeck()
    run = await runScript('export', ['--only', 'slides,run-of-show,site', '--out', out])
  }, 320_000)

  afterAll(async () => {
    await rm(out, { recursive: true, force: true })
  })

  it('verified, on one page, and says so', async () => {
    expect(unexplained(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/export: run-of-show PDF verified: 1 page, 4 blocks \(no start time set: times from \+0:00\)/)
    expect(run.stdout).toMatch(new RegExp(`✓ .*${FILE}  [\\d.]+ kB`))
    const info = await pdfInfo(join(out, FILE))
    expect(info.pages).toBe(1)
    expect(isA4(info.sizes[0]!)).toBe(true)
    expect(info.tagged).toBe(true)
    expect(info.title).toBe(`${deck.title} (run of show)`)
  })

  it('holds every speaker\'s name and block start times, from +0:00, that add up to the session', async () => {
    const text = (await pdfText(join(out, FILE))).join('\n')
    for (const speaker of event.speakers!)
      expect(text).toContain(`${speaker.honorific ? `${speaker.honorific} ` : ''}${speaker.name}`)
    expect(squeeze(text)).toContain(squeeze(NO_START_NOTE))
    const { starts, end } = blockStarts(deck)
    expect(end).toBe(event.plan.sessionMinutes)
    const hm = (m: number) => `+${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`
    expect(starts.map(hm)).toEqual(['+0:00', '+0:20', '+0:37', '+0:43'])
    // The table's rows, in order: each block's start, who speaks, and the end of the session at +0:45.
    const table = text.slice(text.indexOf('Blocks'))
    expect(inOrder(table, ['+0:00', 'Teuta Avdimetaj', '+0:20', 'Dr Ramadan Ilazi', '+0:37', 'Q&A, chaired by Teuta Avdimetaj', '+0:43', 'Teuta Avdimetaj', hm(end), 'End of the session', `${end} min`])).toEqual([])
  })

  it('links the report, embeds its fonts, and is in the manifest and on the site', async () => {
    const file = join(out, FILE)
    expect((await linksAndOutline(file)).links).toContain(event.report.url)
    const fonts = await pdfFonts(file)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(f => !f.embedded)).toEqual([])
    expect(fonts.some(f => f.name.includes('AtkinsonHyperlegibleNext'))).toBe(true)
    const bytes = await readFile(file)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.entries.filter(e => e.kind === 'run-of-show')).toEqual([expect.objectContaining({ path: FILE, pages: 1, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })])
    expect((await readFile(join(out, 'site', FILE))).equals(bytes)).toBe(true)
    expect(manifest.entries.some(e => e.kind === 'site' && e.path === `site/${FILE}`)).toBe(true)
  })

  it('renders its page (the note\'s picture)', async () => {
    const page = await renderPage(join(out, FILE), 1, 110)
    const png = new PNG({ width: page.width, height: page.height })
    png.data = Buffer.from(page.data)
    const target = process.env.PANEL_SHOTS_DIR ? resolve(process.env.PANEL_SHOTS_DIR, 'run-of-show.png') : join(out, 'run-of-show.png')
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, PNG.sync.write(png))
    // Ink on the page: the table and the QR code, not a blank sheet.
    let dark = 0
    for (let i = 0; i < page.data.length; i += 4)
      dark += page.data[i]! < 128 ? 1 : 0
    expect(dark / (page.width * page.height)).toBeGreaterThan(0.005)
  })
})

describe('the FICTIONAL panel\'s run of show, with a start time', () => {
  let browser: Browser
  let bytes: Uint8Array
  let deck: Deck

  beforeAll(async () => {
    deck = await readDeck(join(ENGINE, 'tests', 'fixtures', 'panel', 'slides.md'))
    browser = await launchBrowser(findBrowser())
    const context = await browser.newContext()
    const made = await makeRunOfShowPdf(context, { deck, event: panelEvent, metadata: pdfMetadata(deck, panelEvent, 'run-of-show'), timeout: 60_000 })
    bytes = made.bytes
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('gives each block its clock time in Europe/Belgrade and in UTC, ending when the session does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'run-of-show-panel-'))
    try {
      await writeFile(join(dir, 'panel.pdf'), bytes)
      const text = (await pdfText(join(dir, 'panel.pdf'))).join('\n')
      expect(text).toContain('Starts 16:00 CEST (14:00 UTC)')
      const rows = ['16:00', '14:00', 'Mo Derator', '16:02', '14:02', 'Ana Example', '16:11', '14:11', 'Dr Ben Sample', '16:17', '14:17', 'Cleo Placeholder', '16:21', '14:21', 'Q&A, chaired by Mo Derator', '16:28', '14:28', 'Mo Derator', '16:30', '14:30', 'End of the session']
      expect(inOrder(text.slice(text.indexOf('Blocks')), rows)).toEqual([])
      for (const role of ['moderator', 'author', 'discussant'])
        expect(text).toContain(role)
      expect(text).not.toContain(NO_START_NOTE.slice(0, 20))
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('fails the export\'s checks when a name or a time is missing, or the times are out of order', async () => {
    const { openPdf } = await loadPdfTools()
    const pdf = await openPdf(bytes)
    try {
      const expected = runOfShowExpectation(runOfShowOf(deck.slides, panelEvent), panelEvent)
      expect(await runOfShowProblems(pdf, expected)).toEqual([])
      expect(await runOfShowProblems(pdf, { ...expected, names: [...expected.names, 'Nobody Else'] })).toEqual(['"Nobody Else" is not in the text of the run of show'])
      const swapped = [...expected.times]
      ;[swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!]
      expect(swapped.slice(0, 3)).toEqual(['16:00', '16:11', '16:02'])
      expect(await runOfShowProblems(pdf, { ...expected, times: swapped })).toEqual([`1 of ${expected.times.length} block start times are not in the text in order, first 16:02`])
      expect(await runOfShowProblems(pdf, { ...expected, reportUrl: 'https://example.org/elsewhere' })).toEqual(['the report\'s link https://example.org/elsewhere is not a link in the PDF'])
    }
    finally {
      await pdf.close()
    }
  })
})
