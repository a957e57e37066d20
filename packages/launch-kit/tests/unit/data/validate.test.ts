/**
 * Validation names the file, the dataset, the country and the field of every problem, on broken copies of the
 * fixture's datasets (FICTIONAL TEST DATA, tests/fixtures/atlas): a negative count, a number given as a string, a date
 * that is not on the calendar, a source without https, markup in a note, a country the launch does not compare.
 */
import type { Dataset } from 'launch-kit/data/define'
import { formatIssue, validateData, validateDatasets } from 'launch-kit/data/validate'
import { describe, expect, it } from 'vitest'
import launch, { datasets } from '../../fixtures/atlas/data/index'

function broken(id: string, mutate: (data: any) => void): string[] {
  const dataset = datasets.find(d => d.id === id)! as Dataset
  const data = structuredClone(dataset.data)
  mutate(data)
  return validateDatasets([{ ...dataset, data }], launch).map(formatIssue)
}

describe('the fixture\'s data', () => {
  it('validates with no problem (so every message below is the mistake\'s)', () => {
    expect(validateData(launch).map(formatIssue)).toEqual([])
  })
})

describe('validation names the file, dataset, country and field', () => {
  it('rejects a negative count', () => {
    expect(broken('visits', (d) => { d.entries[4].free.value = -30_000 })).toEqual([
      'data/visits.ts: dataset "visits", country PL (Poland), field free.value: must not be negative',
    ])
  })

  it('rejects a number given as a string', () => {
    expect(broken('visits', (d) => { d.entries[0].paid.value = '4200000' })[0]).toContain('country DK (Denmark), field paid.value: expected a finite number')
  })

  it('rejects a malformed date', () => {
    expect(broken('firsts', (d) => { d.entries[2].ferry.date = '2021-02-30' })[0]).toContain('country LV (Latvia), field ferry.date: expected an ISO 8601 date')
  })

  it('rejects a source without https', () => {
    expect(broken('visits', (d) => { d.entries[3].paid.sources[0] = { ...d.entries[3].paid.sources[0], url: 'http://example.org/a' } })[0]).toContain('country LT (Lithuania), field paid.sources[0].url: expected an https:// URL')
  })

  it('rejects HTML inside a note', () => {
    expect(broken('visits', (d) => { d.entries[4].paid.note = 'Refused <script>alert(1)</script>' })[0]).toContain('country PL (Poland), field paid.note: must be plain text')
  })

  it('rejects a country the launch does not compare, and names the one now missing', () => {
    expect(broken('visits', (d) => { d.entries[1].country = 'ES' })).toEqual([
      'data/visits.ts: dataset "visits", country ES (Spain), field country: ES is not one of the countries this launch compares (DK, EE, LV, LT, PL in data/countries.ts)',
      'data/visits.ts: dataset "visits", field entries: no entry for EE',
    ])
  })
})
