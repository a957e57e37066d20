import type { ChartMetadata } from 'launch-kit/scripts/kit/files'
import type { ChartKitResult } from 'launch-kit/scripts/kit/index'
import type { Manifest } from 'launch-kit/scripts/output/manifest'
/**
 * The article chart kit end to end: runChartKit writes every chart twice into temp folders (one browser for all),
 * then the real files are checked with real parsers: PNG sizes and pixels (pngjs), SVG parsed and rasterised in
 * Chromium and compared with the PNG, CSV (csv-parse) against the data, JSON against the registry, the manifest's
 * hashes, and the command line's refusal of unknown ids and presets. The embed pages and the gallery in Chromium:
 * charts-kit-embed.test.ts.
 */
import type { Browser, Page } from 'playwright-chromium'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { Writable } from 'node:stream'
import { parse } from 'csv-parse/sync'
import { langs } from 'launch-kit/charts/i18n/languages'
import { PRESET_NAMES, presets } from 'launch-kit/charts/presets'
import { chartsIn } from 'launch-kit/charts/registry'
import { palette } from 'launch-kit/charts/theme'
import { findBrowser, launchBrowser } from 'launch-kit/scripts/browser/index'
import { createLog } from 'launch-kit/scripts/core/log'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { runChartKit } from 'launch-kit/scripts/export/index'
import { dataVersion } from 'launch-kit/scripts/output/data-version'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { free, paid } from '../fixtures/atlas/charts/definitions/figures'
import { countries } from '../fixtures/atlas/data/countries'
import { startChild } from '../support/children'
import { TSX } from '../support/script-run'

const quiet = createLog('charts', new Writable({ write: (_chunk, _encoding, done) => done() }))

let work: string
let browser: Browser
let first: ChartKitResult
let second: ChartKitResult
const outA = () => join(work, 'a')
const outB = () => join(work, 'b')

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter(e => e.isFile()).map(e => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort()
}

async function metadata(id: string, out = outA()): Promise<ChartMetadata> {
  return JSON.parse(await readFile(join(out, 'charts', id, `${id}.json`), 'utf8')) as ChartMetadata
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map(i => Number.parseInt(colour.slice(i, i + 2), 16)) as [number, number, number]
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'charts-kit-test-'))
  browser = await launchBrowser(findBrowser())
  first = await runChartKit({ out: outA() }, { browser, log: quiet })
  second = await runChartKit({ out: outB() }, { browser, log: quiet })
})

afterAll(async () => {
  await browser?.close()
  if (work)
    await rm(work, { recursive: true, force: true })
})

describe('the files', () => {
  it('are written for every chart, exactly as each chart\'s JSON lists them', async () => {
    expect(first.charts).toEqual(chartsIn().map(c => c.id))
    for (const chart of chartsIn()) {
      const meta = await metadata(chart.id)
      expect(await walk(join(outA(), 'charts', chart.id)), chart.id).toEqual(meta.files.map(f => f.path).sort())
    }
    expect(existsSync(join(outA(), 'charts', 'index.html'))).toBe(true)
  })

  it('PNG presets have their size and are complete figures, not blank', async () => {
    for (const chart of chartsIn()) {
      for (const name of PRESET_NAMES) {
        const png = PNG.sync.read(await readFile(join(outA(), 'charts', chart.id, `${chart.id}-${name}.png`)))
        const preset = presets[name]
        expect([png.width, png.height], `${chart.id} ${name}`).toEqual([preset.width * preset.scale, preset.height * preset.scale])
        const colours = new Set<number>()
        let inked = 0
        for (let i = 0; i < png.data.length; i += 4 * 7) {
          colours.add(png.data.readUInt32BE(i))
          if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200)
            inked++
        }
        expect(colours.size, `${chart.id} ${name}: colours`).toBeGreaterThan(50)
        expect(inked / (png.data.length / 4 / 7), `${chart.id} ${name}: inked share`).toBeGreaterThan(0.02)
        expect([...png.data.subarray(0, 4)], 'the paper fills the corner').toEqual([...hex(palette.paper), 255])
      }
    }
  })

  it('CSV values equal the data module\'s, with unknowns empty and lower bounds marked', async () => {
    const csv = await readFile(join(outA(), 'charts', 'harbour-visits', 'harbour-visits.csv'), 'utf8')
    const records = parse(csv, { columns: true, comment: '#' }) as Record<string, string>[]
    expect(records).toHaveLength(countries.length)
    countries.forEach((country, i) => {
      const record = records[i]!
      expect(record['Country code']).toBe(country.country)
      for (const [column, figure] of [['Paid visits', paid[i]!], ['Free visits', free[i]!]] as const) {
        expect(record[`${column}: status`], `${country.name} ${column}`).toBe({ exact: 'exact', atLeast: 'at least', unknown: 'not known' }[figure.status])
        expect(record[`${column} (visits)`]).toBe(figure.status === 'unknown' ? '' : String(figure.value))
      }
    })
    expect(csv.trimEnd().split('\n').filter(l => l.startsWith('# Source: '))).toHaveLength(1)
    for (const chart of chartsIn()) {
      const rows = parse(await readFile(join(outA(), 'charts', chart.id, `${chart.id}.csv`), 'utf8'), { columns: true, comment: '#' }) as Record<string, string>[]
      expect(rows.map(r => r.Country), chart.id).toEqual(chart.table.rows.map(r => r.label))
    }
  })

  it('JSON metadata matches the registry and the data version', async () => {
    for (const chart of chartsIn()) {
      const meta = await metadata(chart.id)
      expect(meta).toMatchObject({ id: chart.id, title: chart.title, subtitle: chart.subtitle, unit: chart.unit, altText: chart.altText, notes: chart.notes, dataVersion: dataVersion() })
      expect(meta.sources.map(s => s.url)).toEqual(chart.sources.map(s => s.url))
      expect(meta.licence.name).toBe('CC BY 4.0')
    }
  })

  it('are all listed in the manifest, with their size and hash', async () => {
    const manifest = JSON.parse(await readFile(join(outA(), 'manifest.json'), 'utf8')) as Manifest
    for (const entry of manifest.entries)
      expect(entry.dataVersion, entry.path).toBe(dataVersion())
    const listed = manifest.entries.filter(e => e.kind.startsWith('chart-'))
    expect(listed.map(e => e.path).sort()).toEqual((await walk(join(outA(), 'charts'))).map(p => `charts/${p}`))
    for (const entry of listed) {
      const bytes = await readFile(join(outA(), entry.path))
      expect(entry.bytes).toBe(bytes.length)
      expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
    expect(listed.filter(e => e.kind === 'chart-png')).toHaveLength(chartsIn().length * PRESET_NAMES.length * langs().length)
  })

  it('are the same on a second run: byte-identical text and SVG, pixel-identical PNG', async () => {
    const files = await walk(join(outA(), 'charts'))
    expect(await walk(join(outB(), 'charts'))).toEqual(files)
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(outA(), 'charts', file)), readFile(join(outB(), 'charts', file))])
      // PNGs come out byte-identical too; only if the encoder ever differs do the decoded pixels decide.
      if (file.endsWith('.png') && !a.equals(b))
        expect(PNG.sync.read(a).data.equals(PNG.sync.read(b).data), file).toBe(true)
      else
        expect(a.equals(b), file).toBe(true)
    }
    expect(second.dataVersion).toBe(first.dataVersion)
  })
})

describe('the SVG', () => {
  let page: Page
  beforeAll(async () => {
    page = await browser.newPage()
  })
  afterAll(async () => page.close())

  it('parses, draws with paths and <text> (the country names, the title), and embeds no bitmap', async () => {
    for (const chart of chartsIn()) {
      const svg = await readFile(join(outA(), 'charts', chart.id, `${chart.id}.svg`), 'utf8')
      const found = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          texts: [...doc.querySelectorAll('text')].map(t => t.textContent ?? ''),
          paths: doc.querySelectorAll('path, rect').length,
          images: doc.querySelectorAll('image, foreignObject').length,
          title: doc.querySelector('svg > title')?.textContent ?? '',
        }
      }, svg)
      expect(found.error, chart.id).toBeNull()
      expect(found.root).toBe('svg')
      expect(found.images).toBe(0)
      expect(found.paths).toBeGreaterThan(10)
      expect(found.title).toBe(chart.title)
      expect(found.texts).toContain(chart.title)
      for (const country of countries)
        expect(found.texts, `${chart.id}: ${country.shortName}`).toContain(country.shortName)
    }
  })

  it('looks like the article PNG when rasterised', async () => {
    const { width, height, scale } = presets.article
    for (const chart of chartsIn()) {
      const [svg, png] = await Promise.all([
        readFile(join(outA(), 'charts', chart.id, `${chart.id}.svg`), 'utf8'),
        readFile(join(outA(), 'charts', chart.id, `${chart.id}-article.png`)),
      ])
      const diff = await page.evaluate(async ({ svg, png, w, h }) => {
        const load = (src: string) => new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image()
          img.onload = () => resolve(img)
          img.onerror = () => reject(new Error(`could not load ${src.slice(0, 40)}`))
          img.src = src
        })
        const pixels = (img: HTMLImageElement) => {
          const ctx = Object.assign(document.createElement('canvas'), { width: w, height: h }).getContext('2d')!
          ctx.drawImage(img, 0, 0, w, h)
          return ctx.getImageData(0, 0, w, h).data
        }
        const a = pixels(await load(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))))
        const b = pixels(await load(`data:image/png;base64,${png}`))
        let far = 0
        let sum = 0
        for (let i = 0; i < a.length; i += 4) {
          const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!))
          sum += d
          if (d > 64)
            far++
        }
        return { far: far / (a.length / 4), mean: sum / (a.length / 4) }
      }, { svg, png: png.toString('base64'), w: width * scale, h: height * scale })
      // Measured: 0.5–0.9 % of pixels differ (text antialiasing, sub-pixel glyph positions); a misplaced label
      // or a missing bar moves far more.
      expect(diff.far, `${chart.id}: share of pixels that differ`).toBeLessThan(0.02)
      expect(diff.mean, `${chart.id}: mean difference`).toBeLessThan(3)
    }
  })
})

describe('options', () => {
  /** Refusing bad options takes ~2 s alone (tsx starting); a minute is the deadline on two loaded cores. */
  async function runCli(args: string[]): Promise<{ code: number | null, stderr: string }> {
    const { code, stderr } = await startChild(process.execPath, [TSX, join(ENGINE, 'scripts/charts.ts'), ...args], { cwd: ROOT, deadline: 60_000 }).exited
    return { code, stderr }
  }

  it('an unknown chart id or preset stops with the valid ones listed, exit ≠ 0, nothing written', async () => {
    const out = join(work, 'refused')
    const [id, preset] = await Promise.all([
      runCli(['--only', 'harbour-visits,no-such-chart', '--out', out]),
      runCli(['--preset', 'poster', '--out', out]),
    ])
    expect(id.code).not.toBe(0)
    expect(id.stderr).toContain('Unknown chart id "no-such-chart". Valid ids: harbour-visits,')
    expect(preset.code).not.toBe(0)
    expect(preset.stderr).toContain('Unknown preset "poster". Valid presets: article, social, square.')
    expect(existsSync(out)).toBe(false)
  })

  it('--only, --preset and --transparent replace just that chart, keeping the others and the full gallery', async () => {
    const result = await runChartKit({ out: outB(), only: ['harbour-visits'], presets: ['social'], transparent: true }, { browser, log: quiet })
    expect(result.charts).toEqual(['harbour-visits'])
    const folder = join(outB(), 'charts', 'harbour-visits')
    expect((await walk(folder)).filter(f => f.endsWith('.png'))).toEqual(langs().map(l => `${l === 'en' ? '' : `${l}/`}harbour-visits-social.png`).sort())
    const png = PNG.sync.read(await readFile(join(folder, 'harbour-visits-social.png')))
    expect(png.data[3], 'corner alpha').toBe(0)
    const svg = await readFile(join(folder, 'harbour-visits.svg'), 'utf8')
    expect(svg).not.toContain(`<rect fill="${palette.paper}" stroke="none" x="0" y="0"`)
    for (const other of chartsIn().filter(c => c.id !== 'harbour-visits'))
      expect(existsSync(join(outB(), 'charts', other.id, `${other.id}-article.png`)), other.id).toBe(true)
    const gallery = await readFile(join(outB(), 'charts', 'index.html'), 'utf8')
    expect(gallery.match(/<article class="card"/g)).toHaveLength(chartsIn().length)
    const manifest = JSON.parse(await readFile(join(outB(), 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.entries.map(e => e.path).sort()).toEqual((await walk(join(outB(), 'charts'))).map(p => `charts/${p}`))
    expect((await readdir(outB())).filter(name => name.startsWith('.'))).toEqual([])
  })
})
