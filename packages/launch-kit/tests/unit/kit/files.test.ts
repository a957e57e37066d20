/**
 * The chart kit's CSV and JSON, made in plain Node from the registry: parsed back with csv-parse and JSON.parse and
 * compared with the chart's own table, sources and alt text.
 */
import type { ChartDefinition } from 'launch-kit/charts/types'
import { parse } from 'csv-parse/sync'
import { langs } from 'launch-kit/charts/i18n/languages'
import { PRESET_NAMES } from 'launch-kit/charts/presets'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { chartCsv, chartFiles, chartJson, csvNumber, STATUS_WORDS } from 'launch-kit/scripts/kit/files'
import { kitLicence } from 'launch-kit/scripts/kit/licence'
import { describe, expect, it } from 'vitest'
import { chartTextsInFreshProcess, UNLIKE_PROCESSES } from '../../support/fresh-process'

const VERSION = 'abc123def456'

function csvRecords(chart: ChartDefinition): Record<string, string>[] {
  return parse(chartCsv(chart, VERSION), { columns: true, comment: '#', skip_empty_lines: true }) as Record<string, string>[]
}

describe.each(chartsIn().map(c => [c.id, c] as const))('CSV of %s', (_id, chart) => {
  const records = csvRecords(chart)
  const columns = chart.table.columns.slice(1)

  it('has one row per country, keyed by ISO code, in the chart\'s order', () => {
    expect(records.map(r => r['Country code'])).toEqual(chart.table.rows.map(r => r.key))
    expect(records.map(r => r.Country)).toEqual(chart.table.rows.map(r => r.label))
  })

  it('holds the plotted values with units in the headers, unknowns empty and a status beside each', () => {
    chart.table.rows.forEach((row, ri) => {
      columns.forEach((column, ci) => {
        const cell = row.cells[ci]!
        const header = column.unit ? `${column.label} (${column.unit})` : column.label
        const value = records[ri]![header]
        if (cell.status === 'text') {
          expect(value).toBe(cell.text)
          return
        }
        expect(records[ri]![`${column.label}: status`]).toBe(STATUS_WORDS[cell.status])
        if (cell.value === null)
          expect(value, `${row.label} / ${column.label}`).toBe('')
        else if (typeof cell.value === 'number')
          expect(Number(value)).toBeCloseTo(cell.value, 3)
        else
          expect(value).toBe(cell.value)
      })
    })
  })

  it('ends with the source line, notes, licence and data version as comments', () => {
    const comments = chartCsv(chart, VERSION).trimEnd().split('\n').filter(line => line.startsWith('# '))
    expect(comments[0]).toContain(chart.title)
    expect(comments.find(c => c.startsWith('# Source: '))).toContain(chart.sources[0].publisher)
    expect(comments.filter(c => c.startsWith('# Note: '))).toHaveLength(chart.notes.length)
    expect(comments.at(-1)).toContain(`${kitLicence().name}`)
    expect(comments.at(-1)).toContain(`Data version ${VERSION}`)
  })
})

describe('the harbour visits CSV', () => {
  const records = csvRecords(getChart('harbour-visits'))
  const row = (code: string) => records.find(r => r['Country code'] === code)!

  it('marks Latvia\'s visits and Lithuania\'s free visits as not known, with empty values, not 0', () => {
    expect(row('LV')['Paid visits (visits)']).toBe('')
    expect(row('LV')['Paid visits: status']).toBe('not known')
    expect(row('LT')['Free visits (visits)']).toBe('')
    expect(row('LT')['Free visits: status']).toBe('not known')
  })

  it('keeps Poland\'s sourced zero as an exact 0 and lower bounds as "at least"', () => {
    expect(row('PL')['Total (visits)']).toBe('0')
    expect(row('PL')['Total: status']).toBe('exact')
    expect(row('EE')['Paid visits (visits)']).toBe('500000')
    expect(row('EE')['Paid visits: status']).toBe('at least')
  })
})

describe('CSV numbers', () => {
  it('are plain, with at most three decimals', () => {
    expect(csvNumber(4_200_000)).toBe('4200000')
    expect(csvNumber(48.06938472332064)).toBe('48.069')
    expect(csvNumber(0)).toBe('0')
  })
})

describe('the JSON metadata', () => {
  it.each(chartsIn().map(c => [c.id, c] as const))('of %s matches the registry', (_id, chart) => {
    const files = chartFiles(chart.id, PRESET_NAMES, ['a.woff2'])
    const meta = JSON.parse(chartJson(chart, VERSION, files))
    expect(meta).toMatchObject({
      id: chart.id,
      title: chart.title,
      subtitle: chart.subtitle,
      unit: chart.unit,
      altText: chart.altText,
      notes: chart.notes,
      sources: chart.sources.map(s => ({ publisher: s.publisher, title: s.title, url: s.url, confidence: s.confidence })),
      dataVersion: VERSION,
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    })
    expect(meta.files.map((f: { path: string }) => f.path)).toContain(`${chart.id}-article.png`)
    expect(meta.files.find((f: { preset?: string }) => f.preset === 'article')).toMatchObject({ width: 3200, height: 1800 })
  })

  it('is the same text for the same chart and version in separate processes (no clock, no time zone, no locale)', async () => {
    // Two fresh processes with other clocks (2031 and 2019), time zones (UTC+14, UTC-10) and locales (de, ar), and
    // this one (UTC, the machine's locale, today): every chart's CSV and JSON must come out the same in all three.
    const [a, b] = await Promise.all(UNLIKE_PROCESSES.map(env => chartTextsInFreshProcess(env)))
    // The probes did run with the clocks they were given.
    expect(a!.clock.slice(0, 4)).toBe('2031')
    expect(b!.clock.slice(0, 4)).toBe('2019')
    const here = langs().flatMap(lang => chartsIn(lang).map(chart => ({ id: chart.id, lang, csv: chartCsv(chart, VERSION), json: chartJson(chart, VERSION, chartFiles(chart.id, PRESET_NAMES, ['a.woff2'], lang)) })))
    expect(here.length).toBeGreaterThanOrEqual(4 * langs().length)
    for (const other of [a!, b!])
      expect(other.charts.map(({ id, lang, csv, json }) => ({ id, lang, csv, json }))).toEqual(here)
  }, 120_000)
})
