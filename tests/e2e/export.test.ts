/**
 * One export of this deck, as `npm run export` makes it, checked for this report's facts: every slide's title and
 * every chart's title in the slides PDF; the report, its authors, its publisher and the launch (no year) on the
 * handout's cover, every slide's notes, every chart's table (its figures, its gaps and bounds in words) and every
 * source as a link; the chart kit's labels, tables and alt text for the nine charts in the three languages. How the
 * export works (its verification, determinism, faults, the vector PDFs) is the engine's to test, on its fixture decks.
 */
import type { Deck } from 'launch-kit/scripts/deck/index'
import type { Manifest } from 'launch-kit/scripts/output/manifest'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { langs } from 'launch-kit/charts/i18n/languages'
import { chartIds, chartsIn, getChart } from 'launch-kit/charts/registry'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { collectSources } from 'launch-kit/scripts/handout/sources'
import { linksAndOutline, pdfInfo, pdfText } from 'launch-kit/tests/support/pdf'
import { runScript } from 'launch-kit/tests/support/script-run'
import { unexplained } from 'launch-kit/tests/support/stderr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../../data/event'
import { datasets } from '../../data/index'
import { wordsOf } from '../support/launch'

const SLIDES = `${event.report.slug}-slides.pdf`
const HANDOUT = `${event.report.slug}-handout.pdf`
const NBSP = '\u00A0'

/** Lower-case letters and digits only: compares text across line breaks, quotes and dashes. */
function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** The text of every <text> element of an SVG of the kit. */
async function drawn(out: string, id: string, lang = 'en'): Promise<string> {
  const svg = await readFile(join(out, 'charts', id, lang === 'en' ? '' : lang, `${id}.svg`), 'utf8')
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(m => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join(' ')
}

let out: string
let deck: Deck
let run: { code: number | null, stdout: string, stderr: string }

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'deck-export-'))
  deck = await readDeck()
  // The whole export: ~30 s alone, a few minutes on two loaded cores; killed (and failing) before the hook ends.
  run = await runScript('export', ['--out', out], {}, 280_000)
}, 300_000)

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('npm run export of this deck', () => {
  it('writes and verifies the five outputs', () => {
    expect(unexplained(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/export: 5 outputs written and verified in [\d.]+s/)
  })

  it('prints the 25 slides, each with its title and its charts\' titles as text, named for the report', async () => {
    const file = join(out, SLIDES)
    const info = await pdfInfo(file)
    expect(info.pages).toBe(25)
    expect(info.title).toBe('Beyond economic considerations: The new frontiers of Chinese influence in the Western Balkans')
    expect(info.author).toBe('Teuta Avdimetaj, Dr Ramadan Ilazi')
    const texts = await pdfText(file)
    for (const slide of deck.slides) {
      const text = key(texts[slide.no - 1]!)
      expect(text, `slide ${slide.no}`).toContain(key(slide.title))
      for (const id of slide.charts)
        expect(text, `chart ${id}`).toContain(key(getChart(id).title))
    }
    expect(deck.slides.flatMap(s => s.charts).sort()).toEqual([...chartIds()].sort())
    expect((await linksAndOutline(file)).outline).toContain('Serbia\'s Chinese vaccine purchases dwarf the known totals elsewhere')
  })

  it('puts the report, its authors, its publisher and the launch on the handout\'s cover, and no year', async () => {
    const cover = (await pdfText(join(out, HANDOUT)))[0]!
    for (const text of [event.report.title, 'Teuta Avdimetaj', 'Dr Ramadan Ilazi', 'Sbunker', 'Wednesday, 15 October', 'Zoom'])
      expect(key(cover), text).toContain(key(text))
    expect(cover).not.toMatch(/15\s+October,?\s*\d{4}/)
  })

  it('gives the handout every slide\'s notes and every chart\'s figures, gaps and bounds in words', async () => {
    const all = key((await pdfText(join(out, HANDOUT))).join('\n'))
    for (const slide of deck.slides)
      expect(all, `slide ${slide.no} notes`).toContain(key(slide.notes.slice(0, 120)))
    for (const chart of chartsIn()) {
      expect(all).toContain(key(`Chart data: ${chart.title}`))
      for (const row of chart.table.rows)
        expect(all, `${chart.id}: ${row.label}`).toContain(key(`${row.label}${row.cells.map(c => c.text).join('')}`))
    }
    // Kosovo's sourced zero, Montenegro's unknown purchases and the lower bounds, as the doses table says them.
    for (const row of ['Kosovo000', 'Montenegronotknown30000atleast30000', 'Bosnia and Herzegovina at least 500,000 50,000 at least 550,000'])
      expect(all).toContain(key(row))
  })

  it('ends the handout with every source of the report as a clickable link', async () => {
    const { links } = await linksAndOutline(join(out, HANDOUT))
    const sources = collectSources(chartsIn(), datasets.map(d => d.data))
    expect(sources.length, 'the report\'s sources (57 today)').toBeGreaterThanOrEqual(57)
    for (const source of sources)
      expect(links, source.url).toContain(source.url)
  })

  it('writes the nine charts in three languages into the kit and the site, listed in the manifest', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest
    const paths = new Set(manifest.entries.map(e => e.path))
    expect(chartIds()).toHaveLength(9)
    for (const id of chartIds()) {
      for (const lang of langs()) {
        const folder = `charts/${id}/${lang === 'en' ? '' : `${lang}/`}`
        for (const file of [`${id}.svg`, `${id}.csv`, `${id}.json`, 'embed.html'])
          expect(paths, `${folder}${file}`).toContain(`${folder}${file}`)
      }
    }
    expect(paths).toContain(SLIDES)
    expect(paths).toContain(`site/${HANDOUT}`)
  })

  it('draws the charts\' figures in the kit: the doses, the bounds and the gaps, in each language\'s numbers', async () => {
    expect(await drawn(out, 'chinese-vaccine-doses')).toContain('≥ 30k (bought: no data)')
    for (const label of ['4.4m', '≥ 550k', '≥ 800k', '≥ 252k (donated by China: no data)', 'none'])
      expect(await drawn(out, 'chinese-vaccine-doses'), label).toContain(label)
    for (const label of ['50.4', '≥ 16.8', '≥ 4.8', '≥ 38.4', '≥ 8.8'])
      expect(await drawn(out, 'chinese-doses-map'), label).toContain(label)
    expect(await drawn(out, 'chinese-vaccine-doses', 'sq')).toContain(`4,4${NBSP}mln`)
    expect(await drawn(out, 'chinese-doses-map', 'sr-Latn')).toContain('≥ 16,8')
    for (const level of ['Extensive', 'Present', 'Limited', 'Undecided', 'Not found'])
      expect(await drawn(out, 'tech-presence-matrix'), level).toContain(level)
  })

  it('writes the charts\' data and alt text in the kit as the registry has them, in every language', async () => {
    for (const lang of langs()) {
      const words = wordsOf(lang)
      const csv = parse(await readFile(join(out, 'charts', 'chinese-vaccine-doses', lang === 'en' ? '' : lang, 'chinese-vaccine-doses.csv'), 'utf8'), { columns: true, comment: '#' }) as Record<string, string>[]
      const bought = `${words.charts['chinese-vaccine-doses'].series.bought} (${words.charts['chinese-vaccine-doses'].unit.label})`
      expect(csv.find(r => r[words.words.countryCode] === 'RS')?.[bought], lang).toBe('4200000')
      expect(csv.find(r => r[words.words.countryCode] === 'ME')?.[bought], lang).toBe('')
      for (const id of chartIds()) {
        const meta = JSON.parse(await readFile(join(out, 'charts', id, lang === 'en' ? '' : lang, `${id}.json`), 'utf8')) as { altText: string, sources: { url: string }[] }
        expect(meta.altText, `${id} (${lang})`).toBe(getChart(id, lang).altText)
        expect(meta.sources.map(s => s.url), id).toEqual(getChart(id).sources.map(s => s.url))
      }
    }
  })
})
