import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { ChartMetadata } from 'launch-kit/scripts/kit/files'
import type { ChartKitResult } from 'launch-kit/scripts/kit/index'
import type { Manifest } from 'launch-kit/scripts/output/manifest'
/**
 * The chart kit in every language, end to end, on the fixture deck: runChartKit writes every chart in English, Albanian and
 * Serbian (Latin) into a temp folder, and the real files are read back. The SVGs hold every string the figure drew
 * as <text>, so they show what a reader sees: no English word left in a translated chart's own text (proper nouns
 * and publishers as published allowed), the locale's numbers in its labels, the alt text in the language and the
 * same as Node's. The fit check (scripts/kit/fit.ts) must pass for every chart, language and preset. Embed pages
 * carry their lang and draw in Chromium (which has no Albanian Intl: intl.js is loaded); the gallery has a language
 * switch and says which translations are not reviewed; the manifest gives each file its language; the bundled
 * typeface draws ë ç š đ č ć ž itself.
 */
import type { Browser } from 'playwright-chromium'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { parse } from 'csv-parse/sync'
import { langs } from 'launch-kit/charts/i18n/languages'
import { translation } from 'launch-kit/charts/i18n/translation'
import { PRESET_NAMES } from 'launch-kit/charts/presets'
import { chartIds, getChart } from 'launch-kit/charts/registry'
import { profiles } from 'launch-kit/charts/types'
import { findBrowser, keepLocal, launchBrowser } from 'launch-kit/scripts/browser/index'
import { serveStatic } from 'launch-kit/scripts/browser/server'
import { createLog } from 'launch-kit/scripts/core/log'
import { runChartKit } from 'launch-kit/scripts/export/index'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wordsOf } from '../support/launch'

const quiet = createLog('charts', new Writable({ write: (_chunk, _encoding, done) => done() }))
const TRANSLATED = langs().filter(l => l !== 'en')
const NBSP = '\u00A0'

/**
 * Words a translated chart may share with the English one: names of things (the boundaries' publisher; the data's
 * publishers are allowed from each chart's sources), and units and acronyms.
 */
const PROPER = ['Natural', 'Earth', 'EU', 'UN']
/** Words of the language itself that English spells the same way (none in the fixture's words today). */
const SAME_WORDS: Record<Lang, string[]> = { 'en': [], 'sq': [], 'sr-Latn': [] }
/** Short English words a leftover phrase would show, checked although they are under three letters. */
const SHORT_ENGLISH = ['of', 'by', 'in', 'on', 'at', 'is', 'as', 'an', 'or', 'to']

let work: string
let browser: Browser
let kit: ChartKitResult
const out = () => join(work, 'out')
const inLang = (id: string, lang: Lang, file: string) => join(out(), 'charts', id, lang === 'en' ? '' : lang, file)

/** The text of every <text> element of an SVG, and its <desc> (the alt text). */
async function svgText(id: string, lang: Lang): Promise<{ texts: string[], desc: string }> {
  const svg = await readFile(inLang(id, lang, `${id}.svg`), 'utf8')
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
  const texts = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(m => decode(m[1]!.replace(/<[^>]+>/g, '')))
  const desc = decode(/<desc\b[^>]*>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? '')
  return { texts, desc }
}

function words(text: string): string[] {
  return text.match(/\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu) ?? []
}

/** English words left in `text`: words of the English chart that are not names, publishers or this language's own. */
function englishLeft(text: string, english: Set<string>, lang: Lang, id: string): string[] {
  const chart = getChart(id, lang)
  const allowed = new Set([
    ...PROPER,
    ...SAME_WORDS[lang]!,
    ...chart.sources.flatMap(s => words(s.publisher)),
    ...Object.values(wordsOf(lang).countries).flatMap(c => [...words(c.name), ...words(c.short)]),
    // Month names as the language's own Intl writes them ("mar", "apr" are Albanian and Serbian too).
    ...Array.from({ length: 12 }, (_m, i) => `2021-${String(i + 1).padStart(2, '0')}`).flatMap(month => [...words(translation(lang).f.date(month)), ...words(translation(lang).f.date(month, 'long'))]),
  ].map(w => w.toLowerCase()))
  return words(text).filter((w) => {
    const lower = w.toLowerCase()
    const candidate = lower.length >= 3 || (SHORT_ENGLISH.includes(lower) && !(lang === 'sr-Latn' && lower === 'to'))
    return candidate && english.has(lower) && !allowed.has(lower)
  })
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'i18n-kit-test-'))
  browser = await launchBrowser(findBrowser())
  kit = await runChartKit({ out: out() }, { browser, log: quiet })
})

afterAll(async () => {
  await browser?.close()
  if (work)
    await rm(work, { recursive: true, force: true })
})

describe('every chart in every language', () => {
  it('passes the fit check at every preset: no text clipped, overlapping or out of its cell', () => {
    const figures = Object.entries(kit.fit)
    expect(figures).toHaveLength(chartIds().length * langs().length * PRESET_NAMES.length)
    for (const [figure, result] of figures) {
      expect(result.problems, figure).toEqual([])
      expect(result.texts, figure).toBeGreaterThan(10)
      expect(result.edgeMargin, figure).toBeGreaterThanOrEqual(0)
    }
  })

  it.each(TRANSLATED)('in %s leaves no English word in the chart\'s own text or its alt text', async (lang) => {
    for (const id of chartIds()) {
      const english = await svgText(id, 'en')
      const vocabulary = new Set([...english.texts, english.desc].flatMap(words).map(w => w.toLowerCase()))
      const mine = await svgText(id, lang)
      expect(mine.texts.length, id).toBeGreaterThan(10)
      expect(englishLeft(mine.texts.join(' '), vocabulary, lang, id), `${id} (${lang}): drawn text`).toEqual([])
      expect(englishLeft(mine.desc, vocabulary, lang, id), `${id} (${lang}): alt text`).toEqual([])
    }
  })

  it.each(langs())('in %s draws every label the chart defines, numbers in the locale\'s format', async (lang) => {
    for (const id of chartIds()) {
      const chart = getChart(id, lang)
      const config = chart.config(profiles.print)
      const plugins = config.options?.plugins as Record<string, { labels?: (string | { text: string })[], notes?: { text: string }[], areas?: { label: string, value: string }[] } | undefined>
      const expected = [
        chart.title,
        ...(plugins.valueLabels?.labels ?? []).map(l => (typeof l === 'string' ? l : l.text)),
        ...(plugins.rowNotes?.notes ?? []).map(n => n.text),
        ...(plugins.cellLabels?.labels ?? []).map(l => (typeof l === 'string' ? l : l.text)),
        // A map's country labels: the name, and the value under it ("≥ 16,8").
        ...(plugins.mapLayer?.areas ?? []).flatMap(a => [a.label, a.value]),
      ].filter(Boolean)
      // Lines of a wrapped title or note are separate <text> elements: joined with spaces they read as written.
      const drawn = (await svgText(id, lang)).texts.join(' ')
      for (const label of expected)
        expect(drawn, `${id} (${lang})`).toContain(label)
    }
    const visits = (await svgText('harbour-visits', lang)).texts.join(' ')
    const map = (await svgText('visits-map', lang)).texts
    const expectedFormats = ({
      'en': { full: '4,200,000', compact: '4.4m', bound: '≥ 42.3', range: '20–39.9' },
      'sq': { full: `4${NBSP}200${NBSP}000`, compact: `4,4${NBSP}mln`, bound: '≥ 42,3', range: '20–39,9' },
      'sr-Latn': { full: '4.200.000', compact: `4,4${NBSP}mil.`, bound: '≥ 42,3', range: '20–39,9' },
    } as Record<string, Record<'full' | 'compact' | 'bound' | 'range', string>>)[lang]!
    expect(visits).toContain(expectedFormats.full)
    expect(visits).toContain(expectedFormats.compact)
    // The visits map: a lower bound labelled with "≥" and the locale's decimals, in its label and its legend class.
    expect(map).toContain(expectedFormats.bound)
    expect(map).toContain(expectedFormats.range)
  })

  it.each(langs())('in %s carries the alt text in the language, the same in the SVG, the JSON and the registry', async (lang) => {
    for (const id of chartIds()) {
      const chart = getChart(id, lang)
      const meta = JSON.parse(await readFile(inLang(id, lang, `${id}.json`), 'utf8')) as ChartMetadata
      expect((await svgText(id, lang)).desc, `${id} (${lang})`).toBe(chart.altText)
      expect(meta.altText).toBe(chart.altText)
      expect(meta.lang).toBe(lang)
      expect(chart.altText).toContain(wordsOf(lang).countries.DK!.name)
    }
  })

  it('writes CSV headers in the language and values as machine-readable data', async () => {
    for (const lang of langs()) {
      const csv = await readFile(inLang('harbour-visits', lang, 'harbour-visits.csv'), 'utf8')
      const rows = parse(csv, { columns: true, comment: '#' }) as Record<string, string>[]
      const words = wordsOf(lang)
      const paid = `${words.charts['harbour-visits'].series.paid} (${words.charts['harbour-visits'].unit.label})`
      expect(Object.keys(rows[0]!)).toContain(words.words.countryCode)
      expect(rows.find(r => r[words.words.countryCode] === 'DK')?.[paid], lang).toBe('4200000')
      expect(rows.find(r => r[words.words.countryCode] === 'PL')?.[words.words.country], lang).toBe(words.countries.PL!.name)
      expect(csv.includes(words.kit.notReviewed), lang).toBe(!words.meta.reviewed)
    }
  })
})

describe('honesty, pages and the manifest', () => {
  it('marks unreviewed translations in the JSON and on the figure; English is the report\'s own', async () => {
    for (const lang of langs()) {
      const meta = JSON.parse(await readFile(inLang('first-crossings', lang, 'first-crossings.json'), 'utf8')) as ChartMetadata
      const reviewed = wordsOf(lang).meta.reviewed
      expect(meta.reviewed, lang).toBe(reviewed)
      expect(meta.translationNotice, lang).toBe(reviewed ? null : wordsOf(lang).kit.notReviewed)
      expect(meta.languages.map(l => l.lang)).toEqual(langs())
      const drawn = (await svgText('first-crossings', lang)).texts.join(' ')
      expect(drawn.includes(wordsOf(lang).kit.notReviewed.split(' ').slice(0, 3).join(' ')), lang).toBe(!reviewed)
    }
  })

  it('gives each embed page its lang, and draws a translated one in Chromium with intl.js', async () => {
    const server = await serveStatic(join(out(), 'charts'), { single: false })
    const context = await browser.newContext()
    await keepLocal(context)
    try {
      for (const lang of langs()) {
        const html = await readFile(inLang('harbour-visits', lang, 'embed.html'), 'utf8')
        expect(html, lang).toContain(`<html lang="${wordsOf(lang).meta.tag}">`)
      }
      const page = await context.newPage()
      const errors: string[] = []
      const requested: string[] = []
      page.on('pageerror', e => errors.push(e.message))
      page.on('console', m => m.type() === 'error' && errors.push(m.text()))
      page.on('request', r => requested.push(new URL(r.url()).pathname))
      await page.goto(`${server.url}/harbour-visits/sq/embed.html`)
      await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 })
      expect(errors).toEqual([])
      // This Chromium has no Albanian Intl data, so the page loaded FormatJS's from beside embed.js.
      expect(await page.evaluate(() => Intl.NumberFormat.supportedLocalesOf(['sq']).length > 0)).toBe(true)
      expect(requested).toContain('/harbour-visits/intl.js')
      const toggle = page.locator('[data-toggle]')
      expect(await toggle.textContent()).toBe(wordsOf('sq').kit.embed.showData)
      await toggle.click()
      expect(await toggle.textContent()).toBe(wordsOf('sq').kit.embed.showChart)
      expect(await page.locator('table').textContent()).toContain(`4${NBSP}200${NBSP}000`)
      // A map too: chartjs-chart-geo with FormatJS's Intl, its table in the locale.
      await page.goto(`${server.url}/visits-map/sr-Latn/embed.html`)
      await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 })
      expect(errors).toEqual([])
      expect(await page.locator('table').textContent()).toContain('najmanje 42,3')
      // An English page needs no FormatJS.
      requested.length = 0
      await page.goto(`${server.url}/harbour-visits/embed.html`)
      await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 })
      expect(requested.filter(p => p.endsWith('intl.js'))).toEqual([])
    }
    finally {
      await context.close()
      await server.close()
    }
  })

  it('has a gallery page per language with a language switch and a notice on unreviewed ones', async () => {
    for (const lang of langs()) {
      const html = await readFile(join(out(), 'charts', lang === 'en' ? 'index.html' : `index.${lang}.html`), 'utf8')
      const strings = wordsOf(lang)
      expect(html, lang).toContain(`<html lang="${strings.meta.tag}">`)
      for (const other of langs())
        expect(html, lang).toContain(`hreflang="${wordsOf(other).meta.tag}"`)
      expect(html, lang).toContain('aria-current="page"')
      expect(html.includes(strings.kit.notReviewed), lang).toBe(!strings.meta.reviewed)
      expect(html, lang).toContain(strings.kit.gallery.embedCode)
      expect(html, lang).toContain(`harbour-visits/${lang === 'en' ? '' : `${lang}/`}embed.html`)
    }
  })

  it('lists every file in the manifest with its language', async () => {
    const manifest = JSON.parse(await readFile(join(out(), 'manifest.json'), 'utf8')) as Manifest
    const kitFiles = manifest.entries.filter(e => e.kind.startsWith('chart-'))
    for (const lang of langs()) {
      const mine = kitFiles.filter(e => e.lang === lang)
      expect(mine.filter(e => e.kind === 'chart-png'), lang).toHaveLength(chartIds().length * PRESET_NAMES.length)
      expect(mine.filter(e => e.kind === 'chart-json').map(e => e.chart), lang).toEqual([...chartIds()].sort())
      expect(mine.filter(e => e.kind === 'chart-gallery'), lang).toHaveLength(1)
    }
    for (const entry of kitFiles.filter(e => e.path.split('/').length === 4 && (langs() as string[]).includes(e.path.split('/')[2]!)))
      expect(entry.lang, entry.path).toBe(entry.path.split('/')[2])
    for (const entry of kitFiles.filter(e => /\.(?:woff2|js|css)$/.test(e.path)))
      expect(entry.lang, entry.path).toBeUndefined()
  })

  it('draws ë ç š đ č ć ž with the bundled typeface itself, not a fallback, and the SVG embeds its latin-ext face', async () => {
    const svg = await readFile(inLang('harbour-services', 'sr-Latn', 'harbour-services.svg'), 'utf8')
    expect(svg).toMatch(/unicode-range:[^}]*U\+0100-02BA/)
    expect(svg).toContain('font/woff2;base64,')
    const server = await serveStatic(join(out(), 'charts'), { single: false })
    const context = await browser.newContext()
    await keepLocal(context)
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}/harbour-services/sr-Latn/embed.html`)
      await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 })
      const differs = await page.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d')!
        const width = (font: string, ch: string) => { ctx.font = font; return ctx.measureText(ch.repeat(10)).width }
        return [...'ëçšđčćžČĆŠĐŽ'].map(ch => [ch, width('40px "Atkinson Hyperlegible Next", "DejaVu Sans"', ch) !== width('40px "DejaVu Sans"', ch)] as const)
      })
      expect(differs.filter(([, own]) => !own).map(([ch]) => ch)).toEqual([])
    }
    finally {
      await context.close()
      await server.close()
    }
  })
})
