/**
 * What this launch's chart kit writes as data for its doses chart (the kit's CSV, made in plain Node from the
 * registry as the export makes it): the gaps stay empty and say "not known", Kosovo's zero is a sourced 0, and lower
 * bounds say "at least". How the kit's files are made is the engine's to test, on its fixture decks.
 */
import type { ChartDefinition } from 'launch-kit/charts/types'
import { parse } from 'csv-parse/sync'
import { getChart } from 'launch-kit/charts/registry'
import { chartCsv } from 'launch-kit/scripts/kit/files'
import { describe, expect, it } from 'vitest'

function csvRecords(chart: ChartDefinition): Record<string, string>[] {
  return parse(chartCsv(chart, 'abc123def456'), { columns: true, comment: '#', skip_empty_lines: true }) as Record<string, string>[]
}

describe('the vaccine doses CSV', () => {
  const records = csvRecords(getChart('chinese-vaccine-doses'))
  const row = (code: string) => records.find(r => r['Country code'] === code)!

  it('marks Montenegro\'s purchases and Albania\'s donations as not known, with empty values, not 0', () => {
    expect(row('ME')['Bought (doses)']).toBe('')
    expect(row('ME')['Bought: status']).toBe('not known')
    expect(row('AL')['Donated by China (doses)']).toBe('')
    expect(row('AL')['Donated by China: status']).toBe('not known')
  })

  it('keeps Kosovo\'s sourced zero as an exact 0 and lower bounds as "at least"', () => {
    expect(row('XK')['Total (doses)']).toBe('0')
    expect(row('XK')['Total: status']).toBe('exact')
    expect(row('BA')['Bought (doses)']).toBe('500000')
    expect(row('BA')['Bought: status']).toBe('at least')
  })
})
