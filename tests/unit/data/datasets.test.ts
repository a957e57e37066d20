import type { Dataset } from 'launch-kit/data/define'
import { formatIssue, validateData, validateDatasets } from 'launch-kit/data/validate'
import { describe, expect, it } from 'vitest'
import launch, { datasets } from '../../../data/index'

interface Found { path: string, node: Record<string, unknown> }

/** Every object in a dataset that looks like a figure (has a `status` of exact/atLeast/unknown). */
function figures(value: unknown, path = '$'): Found[] {
  if (Array.isArray(value))
    return value.flatMap((v, i) => figures(v, `${path}[${i}]`))
  if (!value || typeof value !== 'object')
    return []
  const node = value as Record<string, unknown>
  const own = ['exact', 'atLeast', 'unknown'].includes(node.status as string) ? [{ path, node }] : []
  return [...own, ...Object.entries(node).flatMap(([k, v]) => figures(v, `${path}.${k}`))]
}

/** Every object that looks like a source. */
function sourcesIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value))
    return value.flatMap(sourcesIn)
  if (!value || typeof value !== 'object')
    return []
  const node = value as Record<string, unknown>
  const own = typeof node.url === 'string' && typeof node.publisher === 'string' ? [node] : []
  return [...own, ...Object.values(node).flatMap(sourcesIn)]
}

/**
 * What the walkers above find in each dataset today (known figures, unknown figures, sources). A walker that found
 * fewer would check less without saying so (a renamed field, a changed shape): each count is a floor the data may
 * grow past. Datasets with no figures say so here, so that a figure added to them later is noticed too.
 */
const FLOOR: Record<string, { known: number, unknown: number, sources: number }> = {
  'countries': { known: 6, unknown: 0, sources: 6 },
  'event': { known: 0, unknown: 0, sources: 4 },
  'vaccines': { known: 24, unknown: 2, sources: 52 },
  'tech-presence': { known: 2, unknown: 0, sources: 46 },
  'five-g': { known: 0, unknown: 0, sources: 19 },
  'loans': { known: 6, unknown: 2, sources: 11 },
}

it('every dataset has its floor of figures and sources, and the walkers find them', () => {
  expect(datasets.map(d => d.id).sort()).toEqual(Object.keys(FLOOR).sort())
  const total = { known: 0, unknown: 0, sources: 0 }
  for (const dataset of datasets) {
    const found = figures(dataset.data)
    const counts = {
      known: found.filter(f => f.node.status !== 'unknown').length,
      unknown: found.filter(f => f.node.status === 'unknown').length,
      sources: sourcesIn(dataset.data).length,
    }
    const floor = FLOOR[dataset.id]!
    for (const key of ['known', 'unknown', 'sources'] as const) {
      expect(counts[key], `${dataset.id}: ${key}`).toBeGreaterThanOrEqual(floor[key])
      total[key] += counts[key]
    }
  }
  expect(total.known).toBeGreaterThanOrEqual(38)
  expect(total.unknown).toBeGreaterThanOrEqual(4)
  expect(total.sources).toBeGreaterThanOrEqual(138)
})

describe.each(datasets.map(d => [d.id, d] as const))('dataset %s', (_id, dataset: Dataset) => {
  it('passes its schema and the cross-field checks', () => {
    expect(validateDatasets([dataset], launch).map(formatIssue)).toEqual([])
  })

  it('gives every known figure a value, a date and at least one source', () => {
    const known = figures(dataset.data).filter(f => f.node.status !== 'unknown')
    expect(known.length).toBeGreaterThanOrEqual(FLOOR[dataset.id]!.known)
    for (const { path, node } of known) {
      expect(typeof node.value, path).toBe('number')
      expect(Number.isFinite(node.value), path).toBe(true)
      expect(node.date, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      expect((node.sources as unknown[]).length, path).toBeGreaterThan(0)
    }
  })

  it('never stores an unknown as a number (unknown is not zero)', () => {
    const unknowns = figures(dataset.data).filter(f => f.node.status === 'unknown')
    expect(unknowns.length).toBeGreaterThanOrEqual(FLOOR[dataset.id]!.unknown)
    for (const { path, node } of unknowns) {
      expect(node, path).not.toHaveProperty('value')
      expect(String(node.reason).length, path).toBeGreaterThan(10)
    }
  })

  it('cites only https sources with a publisher and a title', () => {
    const found = sourcesIn(dataset.data)
    expect(found.length).toBeGreaterThanOrEqual(FLOOR[dataset.id]!.sources)
    for (const source of found) {
      expect(String(source.url)).toMatch(/^https:\/\//)
      expect(String(source.publisher).trim()).not.toBe('')
      expect(String(source.title).trim()).not.toBe('')
    }
  })
})

describe('the data as a whole', () => {
  it('validates with no problem', () => {
    expect(validateData(launch).map(formatIssue)).toEqual([])
  })

  it('never records a year for the launch', () => {
    const event = datasets.find(d => d.id === 'event')!.data as unknown as { launch: Record<string, string> }
    expect(event.launch.dateText).toBe('Wednesday, 15 October')
    expect(JSON.stringify(event.launch)).not.toMatch(/\b(19|20)\d{2}\b/)
  })

  it('keeps Kosovo as a sourced zero, not a missing value', () => {
    const vaccines = datasets.find(d => d.id === 'vaccines')!.data as unknown as { countries: { country: string, chinese: { purchased: { basis: string, figure?: { status: string, value?: number, sources?: unknown[] } } } }[] }
    const kosovo = vaccines.countries.find(c => c.country === 'XK')!
    expect(kosovo.chinese.purchased.figure).toMatchObject({ status: 'exact', value: 0 })
    expect(kosovo.chinese.purchased.figure!.sources!.length).toBeGreaterThan(0)
  })
})

describe('this launch\'s own check: a reported total against its shipments', () => {
  const vaccines = datasets.find(d => d.id === 'vaccines')!
  function broken(mutate: (data: any) => void): string[] {
    const data = structuredClone(vaccines.data)
    mutate(data)
    return validateDatasets([{ ...vaccines, data }], launch).map(formatIssue)
  }

  it('rejects a reported total below the shipments it lists', () => {
    expect(broken((d) => { d.countries[0].chinese.purchased.figure.value = 1_000_000 })).toEqual([
      'data/vaccines.ts: dataset "vaccines", country RS (Serbia), field chinese.purchased.figure.value: the listed purchase shipments add up to 1,500,000, more than the reported total of 1,000,000',
    ])
  })
})

describe('this launch\'s own schema: one id per 5G commitment', () => {
  it('rejects a duplicate id, naming the country and the field', () => {
    const fiveG = datasets.find(d => d.id === 'five-g')!
    const data = structuredClone(fiveG.data) as { commitments: { id: string }[] }
    data.commitments.find(c => c.id === 'kosovo-us-memorandum')!.id = 'washington-agreement-kosovo'
    const messages = validateDatasets([{ ...fiveG, data }], launch).map(formatIssue)
    expect(messages).toHaveLength(1)
    for (const fragment of ['data/five-g.ts', 'dataset "five-g"', 'country XK (Kosovo)', 'field id', 'duplicate id "washington-agreement-kosovo"'])
      expect(messages[0]).toContain(fragment)
  })
})
