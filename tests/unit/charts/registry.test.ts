/**
 * This launch's nine charts in the registry: the charts the deck needs, each with its words, a row per country of the
 * six, alt text naming all six and series in the theme's colours (the colours are this launch's choice); and what the
 * charts say, against the dossier. How charts are built and drawn is the engine's to test, on its fixture decks.
 */
import type { ChartDefinition } from 'launch-kit/charts/types'
import { validateCharts } from 'launch-kit/charts/check'
import { chartIds, chartsIn, getChart } from 'launch-kit/charts/registry'
import { palette } from 'launch-kit/charts/theme'
import { profiles } from 'launch-kit/charts/types'
import { describe, expect, it } from 'vitest'
import { countries } from '../../../data/countries'
import { datasets } from '../../../data/index'

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
  it('holds the charts the deck needs, each once, all well formed', () => {
    expect(chartIds()).toEqual(expect.arrayContaining(['chinese-vaccine-doses', 'chinese-doses-per-100', 'first-deliveries', 'tech-presence-matrix']))
    expect(validateCharts(chartsIn(), datasets.map(d => d.id))).toEqual([])
  })

  it('names the valid ids when asked for an unknown one', () => {
    expect(() => getChart('no-such-chart')).toThrow(/Unknown chart id "no-such-chart". Valid ids: chinese-vaccine-doses, /)
  })

  it('reports a chart that refers to a dataset that does not exist', () => {
    const broken = { ...getChart('first-deliveries'), datasets: ['vaccines', 'vacines'] }
    expect(validateCharts([broken], datasets.map(d => d.id))).toEqual([
      'charts/definitions/first-deliveries.ts: chart "first-deliveries", field datasets: refers to dataset "vacines", which does not exist (known: countries, event, vaccines, tech-presence, five-g, loans)',
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

describe('the vaccine doses chart reads correctly against the dossier', () => {
  const chart = getChart('chinese-vaccine-doses')
  const row = (name: string) => chart.table.rows.find(r => r.label === name)!.cells.map(c => c.text)

  it('shows each country\'s bought, donated and total doses', () => {
    expect(row('Serbia')).toEqual(['4,200,000', '200,000', '4,400,000'])
    expect(row('Bosnia and Herzegovina')).toEqual(['at least 500,000', '50,000', 'at least 550,000'])
    expect(row('Montenegro')).toEqual(['not known', '30,000', 'at least 30,000'])
    expect(row('North Macedonia')).toEqual(['at least 700,000', '100,000', 'at least 800,000'])
    expect(row('Albania')).toEqual(['at least 252,000', 'not known', 'at least 252,000'])
    expect(row('Kosovo')).toEqual(['0', '0', '0'])
  })

  it('keeps the disagreeing Serbian total in a note', () => {
    expect(chart.notes.join(' ')).toContain('RFE/RL says Serbia "bought four million doses"')
  })

  it('labels lower bounds and gaps on the bars', () => {
    const labels = chart.config(profiles.print).options?.plugins?.valueLabels?.labels
    // Compact figures as Intl writes them for en-GB (charts/i18n/locale.ts).
    expect(labels).toEqual(['4.4m', '≥ 550k', '≥ 30k (bought: no data)', '≥ 800k', '≥ 252k (donated by China: no data)', 'none'])
  })
})

describe('the first-deliveries chart', () => {
  const chart = getChart('first-deliveries')
  it('dates the first Chinese and COVAX deliveries per country', () => {
    const cells = Object.fromEntries(chart.table.rows.map(r => [r.label, r.cells.map(c => c.text)]))
    expect(cells).toEqual({
      'Serbia': ['16 Jan 2021', 'none by 1 Apr 2021'],
      'Bosnia and Herzegovina': ['29 Apr 2021', '25 Mar 2021'],
      'Montenegro': ['3 Mar 2021', '28 Mar 2021'],
      'North Macedonia': ['30 Apr 2021', '28 Mar 2021'],
      'Albania': ['25 Mar 2021', '12 Mar 2021'],
      'Kosovo': ['no Chinese vaccines', '28 Mar 2021'],
    })
  })
})

describe('the tech-presence matrix', () => {
  // The design's colour for each level: a single hue from strong to pale, and "not found" in the no-data grey.
  const FILL_OF_LEVEL: Record<string, string> = {
    extensive: palette.levelHigh,
    present: palette.levelMid,
    limited: palette.levelLow,
    undecided: palette.levelOpen,
    notFound: palette.noData,
  }

  it('fills every cell with its level\'s colour, outlining only the white "undecided" cells', () => {
    const chart = getChart('tech-presence-matrix')
    const [dataset] = chart.config(profiles.print).data.datasets as unknown as { data: { x: string, y: string }[], [key: string]: unknown }[]
    const columns = chart.table.columns.slice(1).map(c => c.label)
    const fills = coloursOf(dataset!, 'backgroundColor', 0)
    const outlines = coloursOf(dataset!, 'borderColor', 0)
    // Every cell of the table is drawn once, row by row: 6 countries × 4 fields.
    expect(dataset!.data).toHaveLength(chart.table.rows.length * columns.length)
    expect(dataset!.data.length).toBe(24)
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

  it('follows the report: Serbia extensive everywhere; Kosovo, North Macedonia and Albania limited; Montenegro\'s 5G undecided', () => {
    const chart = getChart('tech-presence-matrix')
    const levels = Object.fromEntries(chart.table.rows.map(r => [r.label, r.cells.map(c => c.value)]))
    expect(levels.Serbia).toEqual(['extensive', 'extensive', 'extensive', 'extensive'])
    expect(levels['Bosnia and Herzegovina']).toEqual(['present', 'present', 'notFound', 'present'])
    expect(levels.Montenegro).toEqual(['undecided', 'notFound', 'notFound', 'notFound'])
    for (const name of ['North Macedonia', 'Albania', 'Kosovo'])
      expect(levels[name]).toEqual(['limited', 'limited', 'limited', 'limited'])
  })
})
