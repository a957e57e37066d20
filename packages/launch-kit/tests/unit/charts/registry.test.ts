/**
 * The chart registry and what every chart of a launch is made of (charts/define.ts and the kinds), on the fixture
 * deck's four charts: well formed, a row per country, alt text naming every country, the final frame at once in
 * print, fresh configurations, theme colours point by point, unknowns drawn as gaps and never as zero, and every
 * matrix cell in its level's colour.
 */
import type { BarModel } from 'launch-kit/charts/bars'
import type { ChartDefinition } from 'launch-kit/charts/types'
import type { Figure } from 'launch-kit/data/schema'
import { barConfig, barTable } from 'launch-kit/charts/bars'
import { validateCharts } from 'launch-kit/charts/check'
import { chartIds, chartsIn, getChart } from 'launch-kit/charts/registry'
import { palette } from 'launch-kit/charts/theme'
import { profiles } from 'launch-kit/charts/types'
import { describe, expect, it } from 'vitest'
import { countries } from '../../fixtures/atlas/data/countries'
import { datasets } from '../../fixtures/atlas/data/index'

const NAMES = countries.map(c => c.name)
const THEME = new Set<string>(Object.values(palette))

/**
 * A dataset's fill or outline for each of its points: Chart.js takes a colour, a colour per point, or a function of
 * the point's context (the matrix fills each cell by its level); each is resolved here as Chart.js would, per point.
 */
function coloursOf(dataset: { data: unknown[], [key: string]: unknown }, option: 'backgroundColor' | 'borderColor', datasetIndex: number): unknown[] {
  const value = dataset[option]
  return dataset.data.map((raw, dataIndex) => {
    if (typeof value === 'function')
      return value({ type: 'data', dataIndex, datasetIndex, raw, dataset, active: false, chart: {} })
    return Array.isArray(value) ? value[dataIndex] : value
  })
}

describe('the registry', () => {
  it('holds the fixture\'s charts, each once, in its order, all well formed', () => {
    expect(chartIds()).toEqual(['harbour-visits', 'visits-map', 'first-crossings', 'harbour-services'])
    expect(validateCharts(chartsIn(), datasets.map(d => d.id))).toEqual([])
  })

  it('names the valid ids when asked for an unknown one', () => {
    expect(() => getChart('no-such-chart')).toThrow(/Unknown chart id "no-such-chart". Valid ids: harbour-visits, visits-map, /)
  })

  it('reports a chart that refers to a dataset that does not exist', () => {
    const broken = { ...getChart('first-crossings'), datasets: ['firsts', 'frists'] }
    expect(validateCharts([broken], datasets.map(d => d.id))).toEqual([
      'charts/definitions/first-crossings.ts: chart "first-crossings", field datasets: refers to dataset "frists", which does not exist (known: countries, event, visits, firsts, services)',
    ])
  })
})

describe.each(chartsIn().map(c => [c.id, c] as const))('chart %s', (_id, chart: ChartDefinition) => {
  it('has a title, a subtitle, a unit, sources and generated alt text', () => {
    expect(chart.title.length).toBeGreaterThan(10)
    expect(chart.subtitle.length).toBeGreaterThan(10)
    expect(chart.unit.length).toBeGreaterThan(0)
    expect(chart.sources.length).toBeGreaterThan(0)
    expect(chart.altText.length).toBeGreaterThan(80)
  })

  it('tabulates one row per country, in the deck order', () => {
    expect(chart.table.rows.map(r => r.label)).toEqual(NAMES)
  })

  it('mentions every country in its alt text', () => {
    for (const name of NAMES)
      expect(chart.altText).toContain(name)
  })

  it('draws its final frame at once in print and animates live', () => {
    expect(chart.config(profiles.print).options?.animation).toBe(false)
    expect(chart.config(profiles.slide).options?.animation).toBeTruthy()
  })

  it('returns fresh objects each time (Chart.js mutates what it is given)', () => {
    const a = chart.config(profiles.print)
    const b = chart.config(profiles.print)
    expect(a).not.toBe(b)
    expect(a.data).not.toBe(b.data)
    expect(a.data.datasets[0]).not.toBe(b.data.datasets[0])
  })

  it('uses only theme colours for its series, point by point (a colour, a list, or a function of the point)', () => {
    const datasets = chart.config(profiles.print).data.datasets as unknown as { label: string, data: unknown[], [key: string]: unknown }[]
    expect(datasets.length).toBeGreaterThan(0)
    datasets.forEach((dataset, d) => {
      expect(dataset.data.length, dataset.label).toBeGreaterThan(0)
      for (const option of ['backgroundColor', 'borderColor'] as const) {
        coloursOf(dataset, option, d).forEach((colour, i) => {
          expect(typeof colour, `${dataset.label} point ${i}: ${option}`).toBe('string')
          expect(THEME.has(colour as string), `${dataset.label} point ${i}: ${option} ${String(colour)} is not a theme colour`).toBe(true)
        })
      }
    })
  })
})

describe('bar charts never draw an unknown as zero', () => {
  const bars = chartsIn().filter(c => c.config(profiles.print).type === 'bar')
  it('are there to check', () => {
    expect(bars.map(c => c.id)).toEqual(['harbour-visits'])
  })

  it.each(bars.map(c => [c.id, c] as const))('%s: every "not known" cell is a gap in the data', (_id, chart) => {
    const config = chart.config(profiles.print)
    const series = config.data.datasets
    const valueColumns = chart.table.columns.slice(1)
    // A table column per series, in order; a stacked chart of several series adds its Total column last, no other.
    const stacked = (config.options?.scales?.x as { stacked?: boolean } | undefined)?.stacked === true
    expect(valueColumns.slice(0, series.length).map(c => c.label)).toEqual(series.map(s => s.label))
    expect(valueColumns.slice(series.length).map(c => c.label)).toEqual(stacked && series.length > 1 ? ['Total'] : [])
    chart.table.rows.forEach((row, r) => {
      series.forEach((dataset, s) => {
        const cell = row.cells[s]!
        if (cell.status === 'unknown')
          expect(dataset.data[r], `${row.label}, ${dataset.label}`).toBeNull()
        else
          expect(dataset.data[r], `${row.label}, ${dataset.label}`).toBe(cell.value)
      })
      if (valueColumns.length === series.length)
        return
      // The Total: the sum of the known parts; exact only when every part is; not known only when no part is.
      const parts = row.cells.slice(0, series.length)
      const total = row.cells[series.length]!
      const known = parts.filter(p => p.status !== 'unknown')
      if (known.length === 0) {
        expect(total.status, `${row.label}, Total`).toBe('unknown')
        expect(total.value, `${row.label}, Total`).toBeNull()
        return
      }
      expect(total.value, `${row.label}, Total`).toBeCloseTo(known.reduce((sum, p) => sum + (p.value as number), 0), 6)
      expect(total.status, `${row.label}, Total`).toBe(parts.every(p => p.status === 'exact') ? 'exact' : 'atLeast')
    })
  })
})

describe('grouped bars of a made-up model', () => {
  const source = [{ publisher: 'Test', title: 'Test source', url: 'https://example.org/', confidence: 'high' }] as const
  const exact = (value: number): Figure => ({ status: 'exact', value, date: '2021-05-01', sources: [...source] })
  const unknown: Figure = { status: 'unknown', reason: 'not found' }
  const model: BarModel = {
    categories: [{ key: 'AA', label: 'Alpha', name: 'Alphaland' }, { key: 'BB', label: 'Beta', name: 'Betaland' }],
    series: [
      { id: 'a', label: 'Bought', color: 'vermillion', values: [exact(200), unknown] },
      { id: 'b', label: 'Given', color: 'blue', values: [unknown, exact(0)] },
    ],
    stacked: false,
    format: 'count',
    unit: 'crates',
    measure: 'crates',
  }
  const frame = { title: 'T', subtitle: 'S', source: 'Source: Test', notes: [] }

  it('draw every "not known" value as a gap, a sourced zero as 0, and tabulate one column per series, no Total', () => {
    const config = barConfig(model, profiles.print, frame)
    expect(config.data.datasets.map(d => d.data)).toEqual([[200, null], [null, 0]])
    expect(barTable(model).columns.slice(1).map(c => c.label)).toEqual(['Bought', 'Given'])
    expect(barTable(model).rows.map(r => r.cells.map(c => c.status))).toEqual([['exact', 'unknown'], ['unknown', 'exact']])
  })
})

describe('the harbour services matrix', () => {
  // The design's colour for each level: a single hue from strong to pale, and "not found" in the no-data grey.
  const FILL_OF_LEVEL: Record<string, string> = {
    extensive: palette.levelHigh,
    present: palette.levelMid,
    limited: palette.levelLow,
    undecided: palette.levelOpen,
    notFound: palette.noData,
  }

  it('fills every cell with its level\'s colour, outlining only the white "undecided" cells', () => {
    const chart = getChart('harbour-services')
    const [dataset] = chart.config(profiles.print).data.datasets as unknown as { data: { x: string, y: string }[], [key: string]: unknown }[]
    const columns = chart.table.columns.slice(1).map(c => c.label)
    const fills = coloursOf(dataset!, 'backgroundColor', 0)
    const outlines = coloursOf(dataset!, 'borderColor', 0)
    // Every cell of the table is drawn once, row by row: 5 countries × 4 fields.
    expect(dataset!.data).toHaveLength(chart.table.rows.length * columns.length)
    expect(dataset!.data.length).toBe(20)
    const levelsSeen = new Set<string>()
    chart.table.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        const i = r * columns.length + c
        const level = String(cell.value)
        levelsSeen.add(level)
        expect(dataset!.data[i], `cell ${i}`).toMatchObject({ x: columns[c] })
        expect(fills[i], `${row.label} · ${columns[c]} (${level})`).toBe(FILL_OF_LEVEL[level])
        expect(outlines[i], `${row.label} · ${columns[c]} (${level}) outline`).toBe(level === 'undecided' ? palette.ink : FILL_OF_LEVEL[level])
      })
    })
    // Every level occurs, so every colour above was checked at least once.
    expect([...levelsSeen].sort()).toEqual(Object.keys(FILL_OF_LEVEL).sort())
  })

  it('follows the fixture\'s data: Denmark extensive everywhere, Lithuania and Poland limited, Latvia\'s cargo undecided', () => {
    const chart = getChart('harbour-services')
    const levels = Object.fromEntries(chart.table.rows.map(r => [r.label, r.cells.map(c => c.value)]))
    expect(levels.Denmark).toEqual(['extensive', 'extensive', 'extensive', 'extensive'])
    expect(levels.Estonia).toEqual(['present', 'present', 'notFound', 'present'])
    expect(levels.Latvia).toEqual(['undecided', 'notFound', 'notFound', 'notFound'])
    for (const name of ['Lithuania', 'Poland'])
      expect(levels[name]).toEqual(['limited', 'limited', 'limited', 'limited'])
  })
})
