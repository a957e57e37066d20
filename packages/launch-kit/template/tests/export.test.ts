/**
 * One whole export, as `npm run export` makes it, into a temporary folder: the slides PDF and the handout hold the
 * report's title as text, the run of show names every speaker, the chart kit has every chart's files, the site holds
 * the PDFs, and the manifest lists them all.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pdfPages, runCommand, stopAll } from 'launch-kit/testing/index'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import charts from '../charts/index'
import { event } from '../data/event'

let out: string
let result: Awaited<ReturnType<typeof runCommand>>

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'launch-export-'))
  result = await runCommand('export', ['--out', out], { deadlineMs: 540_000 })
})

afterAll(async () => {
  stopAll()
  await rm(out, { recursive: true, force: true })
})

describe('npm run export', () => {
  it('succeeds and says what it wrote', () => {
    expect(result.code, result.output).toBe(0)
    expect(result.output).toMatch(/5 outputs written and verified/)
  })

  it('writes the slides and the handout with the report\'s title as text', async () => {
    for (const kind of ['slides', 'handout']) {
      const pages = await pdfPages(join(out, `${event.report.slug}-${kind}.pdf`))
      expect(pages.length, kind).toBeGreaterThan(1)
      expect(pages.join(' '), kind).toContain(event.report.shortTitle)
    }
  })

  it('writes the run of show with every speaker\'s name', async () => {
    const text = (await pdfPages(join(out, `${event.report.slug}-run-of-show.pdf`))).join(' ')
    for (const speaker of event.speakers ?? [])
      expect(text).toContain(speaker.name)
  })

  it('writes every chart of the kit, and the site with both PDFs', async () => {
    for (const chart of charts.charts) {
      for (const file of [`${chart.id}.svg`, `${chart.id}.csv`, `${chart.id}.json`, 'embed.html'])
        expect(existsSync(join(out, 'charts', chart.id, file)), `${chart.id}/${file}`).toBe(true)
    }
    expect(existsSync(join(out, 'site', 'index.html'))).toBe(true)
    expect(existsSync(join(out, 'site', `${event.report.slug}-handout.pdf`))).toBe(true)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { entries: { path: string }[] }
    expect(manifest.entries.map(e => e.path)).toContain(`${event.report.slug}-slides.pdf`)
  })
})
