import { chartsIn } from 'launch-kit/charts/registry'
import { collectSources } from 'launch-kit/scripts/handout/sources'
/**
 * The handout's full source list: every source of every chart and dataset of the fixture deck, once each, sorted by
 * publisher.
 */
import { describe, expect, it } from 'vitest'
import { datasets } from '../../fixtures/atlas/data/index'
import { sources } from '../../fixtures/atlas/data/sources'

const all = collectSources(chartsIn(), datasets.map(d => d.data))

describe('collectSources', () => {
  it('lists each URL once', () => {
    // The fixture cites every source of its data/sources.ts: fewer would mean the walk over charts and datasets
    // stopped finding some.
    expect(all.length).toBe(Object.keys(sources).length)
    expect(new Set(all.map(s => s.url)).size).toBe(all.length)
  })

  it('includes every chart\'s sources and the event\'s', () => {
    const urls = new Set(all.map(s => s.url))
    for (const chart of chartsIn()) {
      for (const source of chart.sources)
        expect(urls, `${chart.id}: ${source.url}`).toContain(source.url)
    }
    expect(urls).toContain(sources.atlasLaunch.url)
    expect(urls).toContain(sources.atlasReport.url)
  })

  it('finds sources at any depth and ignores what is not a source', () => {
    const nested = { a: [{ b: { sources: [sources.quayNotes] } }], c: { publisher: 'only a publisher' }, d: [sources.quayNotes] }
    expect(collectSources([], [nested])).toEqual([sources.quayNotes])
  })

  it('sorts by publisher, then title', () => {
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!]
      const order = a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en')
      expect(order, `${a.publisher} / ${b.publisher}`).toBeLessThanOrEqual(0)
    }
  })
})
