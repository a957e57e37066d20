/**
 * Alt text is generated from the data (charts/bars.ts, timeline.ts, matrix.ts): checked on the real charts for the
 * facts a reader must get, and on small made-up models for each rule (leader, ratio, zeros, gaps, lower bounds).
 */
import type { BarModel } from 'launch-kit/charts/bars'
import type { MatrixModel } from 'launch-kit/charts/matrix'
import type { TimelineModel, TimelinePoint } from 'launch-kit/charts/timeline'
import type { Figure } from 'launch-kit/data/schema'
import { describeBars } from 'launch-kit/charts/bars'
import { langs } from 'launch-kit/charts/i18n/languages'
import { describeMatrix } from 'launch-kit/charts/matrix'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { describeTimeline } from 'launch-kit/charts/timeline'
import { describe, expect, it } from 'vitest'
import { chartTextsInFreshProcess, UNLIKE_PROCESSES } from '../../support/fresh-process'

const source = [{ publisher: 'Test', title: 'Test source', url: 'https://example.org/', confidence: 'high' }] as const
const exact = (value: number): Figure => ({ status: 'exact', value, date: '2021-05-01', sources: [...source] })
const atLeast = (value: number): Figure => ({ status: 'atLeast', value, date: '2021-05-01', sources: [...source] })
const unknown: Figure = { status: 'unknown', reason: 'not found' }
const rows = [
  { key: 'AA', label: 'Alpha', name: 'Alphaland' },
  { key: 'BB', label: 'Beta', name: 'Betaland' },
  { key: 'CC', label: 'Gamma', name: 'Gammaland' },
]

function bars(values: Figure[][], extra: Partial<BarModel> = {}): BarModel {
  return {
    categories: rows,
    series: values.map((v, i) => ({ id: `s${i}`, label: i === 0 ? 'Bought' : 'Donated by Deltaland', color: 'vermillion', values: v })),
    stacked: false,
    format: 'count',
    unit: 'crates',
    measure: 'crates shipped',
    ...extra,
  }
}

describe('alt text of the fixture\'s charts', () => {
  it('is generated and not empty', () => {
    expect(chartsIn().length).toBeGreaterThanOrEqual(4)
    for (const chart of chartsIn())
      expect(chart.altText, chart.id).toMatch(/^(Stacked bar chart|Bar chart|Timeline|Grid|Map) of /)
  })

  it('is the same in separate processes with other clocks, time zones and locales, in every chart language', async () => {
    const here = langs().flatMap(lang => chartsIn(lang).map(chart => ({ id: chart.id, lang, altText: chart.altText })))
    expect(new Set(here.map(c => c.altText)).size).toBe(here.length)
    const others = await Promise.all(UNLIKE_PROCESSES.map(env => chartTextsInFreshProcess(env)))
    expect(others.map(o => o.clock.slice(0, 4))).toEqual(['2031', '2019'])
    for (const other of others)
      expect(other.charts.map(({ id, lang, altText }) => ({ id, lang, altText }))).toEqual(here)
  }, 120_000)

  it('says Poland\'s sourced zero as none, names the leader, and which figures are not known or lower bounds', () => {
    const text = getChart('harbour-visits').altText
    expect(text).toContain('Denmark is highest with 4,400,000 visits')
    expect(text).toContain('Poland: none.')
    expect(text).toContain('Not known: Latvia (paid visits), Latvia (free visits) and Lithuania (free visits).')
    expect(text).toMatch(/Figures for Estonia and Lithuania are lower bounds/)
    expect(text).toContain('Lithuania (at least 700,000)')
  })

  it('does not claim a ratio against a lower bound', () => {
    // Denmark's 4.4 million against Lithuania's "at least 700,000": the true ratio could be smaller.
    expect(getChart('harbour-visits').altText).not.toMatch(/times the next/)
  })

  it('names fields and series in running text, never a colour token', () => {
    expect(getChart('harbour-services').altText).toContain('(cargo, passengers, fishing and repairs)')
    expect(getChart('harbour-visits').altText).toContain('each bar split into paid visits and free visits')
    expect(getChart('harbour-visits').altText).not.toContain('vermillion')
  })

  it('says where the ferry came first, and that Poland had none', () => {
    const text = getChart('first-crossings').altText
    expect(text).toContain('from 16 Jan 2021 to 29 Apr 2021')
    expect(text).toContain('The first ferry came earlier in Denmark (16 Jan 2021; Train: none by 1 Apr 2021) and Latvia')
    expect(text).toContain('Poland: no ferry; first night train 27 Mar 2021.')
  })

  it('groups matrix rows with the same pattern', () => {
    const text = getChart('harbour-services').altText
    expect(text).toContain('Denmark: extensive in all 4 fields.')
    expect(text).toContain('Lithuania and Poland: limited or none in all 4 fields.')
    expect(text).toContain('Latvia: undecided in cargo; not found in')
  })
})

describe('describeBars on made-up models', () => {
  it('names the leader with its unit and the runner-up', () => {
    expect(describeBars(bars([[exact(300), exact(200), exact(100)]]))).toBe(
      'Bar chart of crates shipped by country, in crates. Alphaland is highest with 300 crates, followed by Betaland (200). Then Gammaland (100).',
    )
  })

  it('gives the ratio when the leader has at least twice an exact runner-up', () => {
    expect(describeBars(bars([[exact(500), exact(100), exact(50)]]))).toContain('5 times the next, Betaland (100)')
    expect(describeBars(bars([[exact(550), exact(100), exact(50)]]))).toContain('more than 5 times the next')
    expect(describeBars(bars([[exact(200), exact(100), exact(50)]]))).toContain('twice the next')
    expect(describeBars(bars([[atLeast(500), exact(100), exact(50)]]))).toContain('at least 5 times the next')
  })

  it('says zeros as none and unknowns as not known, never as 0', () => {
    const text = describeBars(bars([[exact(10), exact(0), unknown]]))
    expect(text).toContain('Betaland: none.')
    expect(text).toContain('Not known: Gammaland.')
    expect(text).not.toContain('Gammaland (0')
  })

  it('describes stacked bars by their totals, with lower bounds where a part is a bound', () => {
    const text = describeBars(bars([[exact(100), atLeast(40), unknown], [exact(5), exact(5), exact(5)]], { stacked: true }))
    expect(text).toMatch(/^Stacked bar chart of crates shipped by country, each bar split into bought and donated by Deltaland, in crates\./)
    expect(text).toContain('Alphaland is highest with 105 crates')
    expect(text).toContain('Betaland (at least 45)')
    expect(text).toContain('Gammaland (at least 5)')
    expect(text).toContain('Not known: Gammaland (bought).')
    expect(text).toContain('The figure for Betaland is a lower bound (at least), not a total.')
  })

  it('writes percentages without repeating the unit', () => {
    const text = describeBars(bars([[exact(45.2), exact(30), exact(20)]], { format: 'percent', unit: '% of population', measure: 'the share served' }))
    expect(text).toContain('Alphaland is highest with 45.2%, followed by Betaland (30.0%)')
    expect(text).not.toContain('% % of population')
  })

  it('handles a chart where nothing is known', () => {
    expect(describeBars(bars([[unknown, unknown, unknown]]))).toBe('Bar chart of crates shipped by country, in crates. Not known: Alphaland, Betaland and Gammaland.')
  })

  it('compares grouped series series by series, each with its own zeros and unknowns', () => {
    const text = describeBars(bars([[exact(200), exact(100), exact(0)], [exact(50), exact(214), unknown]]))
    expect(text).toMatch(/^Bar chart of crates shipped by country, comparing bought and donated by Deltaland, in crates\./)
    expect(text).toContain('Bought: Alphaland is highest with 200 crates, twice the next, Betaland (100).')
    expect(text).toContain('Gammaland: none (bought).')
    expect(text).toContain('Donated by Deltaland: Betaland is highest with 214 crates, more than 4 times the next, Alphaland (50).')
    expect(text).toContain('Not known: Gammaland (donated by Deltaland).')
  })

  it('keeps acronyms and proper nouns capitalised in running text', () => {
    const text = describeBars({ ...bars([[exact(1), exact(2), exact(3)]]), stacked: true, series: [{ id: 'a', label: 'Bought', color: 'vermillion', values: [exact(1), exact(2), exact(3)] }, { id: 'b', label: 'EU-funded', color: 'blue', values: [exact(1), exact(2), exact(3)] }] })
    expect(text).toContain('each bar split into bought and EU-funded, in crates.')
    expect(text).not.toContain('vermillion')
  })

  it('is deterministic: the same text in separate processes with other clocks, time zones and locales', async () => {
    const models = [bars([[exact(3), exact(2), atLeast(1)], [unknown, exact(1), exact(0)]]), bars([[exact(100), atLeast(40), unknown], [exact(5), exact(5), exact(5)]], { stacked: true })]
    const here = models.map(model => describeBars(model))
    const others = await Promise.all(UNLIKE_PROCESSES.map(env => chartTextsInFreshProcess(env, { bars: models })))
    for (const other of others)
      expect(other.bars).toEqual(here)
  }, 120_000)
})

describe('describeTimeline on made-up models', () => {
  const on = (date: string): TimelinePoint => ({ status: 'on', date })
  function timeline(a: TimelinePoint[], b: TimelinePoint[]): TimelineModel {
    return {
      rows,
      series: [
        { id: 'a', label: 'First visit', short: 'Visit', color: 'vermillion', pointStyle: 'circle', points: a, neverText: 'never visited' },
        { id: 'b', label: 'First call', short: 'Call', color: 'blue', pointStyle: 'rect', points: b, neverText: 'never called' },
      ],
      connect: true,
      stagger: false,
      measure: 'first visits and calls',
    }
  }

  it('says which came first where, with both dates', () => {
    const text = describeTimeline(timeline([on('2021-01-05'), on('2021-03-01'), { status: 'never' }], [on('2021-02-01'), on('2021-02-10'), on('2021-02-20')]))
    expect(text).toBe('Timeline of first visits and calls by country, from 5 Jan 2021 to 1 Mar 2021. '
      + 'The first visit came earlier in Alphaland (5 Jan 2021; Call: 1 Feb 2021). '
      + 'The first call came earlier in Betaland (10 Feb 2021; Visit: 1 Mar 2021). '
      + 'Gammaland: never visited; first call 20 Feb 2021.')
  })

  it('says a "none by" date in words when neither came first', () => {
    const text = describeTimeline(timeline([{ status: 'notBy', date: '2021-02-01' }, on('2021-01-02'), on('2021-01-03')], [{ status: 'notBy', date: '2021-03-01' }, on('2021-01-02'), on('2021-01-04')]))
    expect(text).toContain('Alphaland: no first visit by 1 Feb 2021; no first call by 1 Mar 2021.')
  })

  it('counts an event before a "none by" date as first, and says unknowns in words', () => {
    const text = describeTimeline(timeline([on('2021-01-05'), { status: 'unknown' }, on('2021-01-01')], [{ status: 'notBy', date: '2021-04-01' }, on('2021-02-10'), on('2021-01-01')]))
    expect(text).toContain('The first visit came earlier in Alphaland (5 Jan 2021; Call: none by 1 Apr 2021).')
    expect(text).toContain('Betaland: first visit not known; first call 10 Feb 2021.')
    expect(text).toContain('Gammaland: first visit 1 Jan 2021; first call 1 Jan 2021.')
  })
})

describe('describeTimeline with more than two series', () => {
  const on = (date: string): TimelinePoint => ({ status: 'on', date })
  const none: TimelinePoint = { status: 'none' }
  const model: TimelineModel = {
    rows,
    series: [
      { id: 'pact', label: 'Regional pact', short: 'Pact', color: 'blue', pointStyle: 'circle', points: [on('2020-11-02'), on('2020-11-02'), on('2020-11-02')], neverText: 'no pact' },
      { id: 'accord', label: 'Accord', short: 'Accord', color: 'vermillion', pointStyle: 'circle', points: [on('2020-08'), on('2021-06-13'), none], neverText: 'no accord' },
      { id: 'pledge', label: 'Pledge', short: 'Pledge', color: 'orange', pointStyle: 'rect', points: [on('2020-10-16'), none, none], neverText: 'no pledge' },
    ],
    connect: false,
    stagger: true,
    measure: 'signatures',
    rowText: [undefined, undefined, 'nothing else found'],
  }

  it('says a date every row shares once, lists each row in date order, and keeps month-only dates as months', () => {
    const text = describeTimeline(model)
    expect(text).toContain('from Aug 2020 to 13 Jun 2021')
    expect(text).toContain('All 3 countries: Regional pact (2 Nov 2020).')
    expect(text).toContain('Alphaland: Accord (Aug 2020) and Pledge (16 Oct 2020).')
    expect(text).toContain('Gammaland: nothing else found.')
  })
})

describe('describeMatrix on a made-up model', () => {
  const model: MatrixModel = {
    rows,
    columns: [{ key: 'x', label: 'IT & data' }, { key: 'y', label: 'Ports' }],
    cells: [
      [{ level: 'high', summary: '' }, { level: 'high', summary: '' }],
      [{ level: 'low', summary: '' }, { level: 'none', summary: '' }],
      [{ level: 'high', summary: '' }, { level: 'high', summary: '' }],
    ],
    levels: [
      { key: 'high', label: 'High', legend: 'High', fill: 'vermillion', ink: 'paper', outline: false },
      { key: 'low', label: 'Low', legend: 'Low or none', fill: 'levelLow', ink: 'ink', outline: false },
      { key: 'none', label: 'Not found', legend: 'Not found', fill: 'noData', ink: 'inkMuted', outline: false },
    ],
    measure: 'presence',
  }

  it('groups rows with the same levels and keeps acronyms', () => {
    expect(describeMatrix(model)).toBe('Grid of presence: 3 countries by 2 fields (IT & data and ports). '
      + 'Alphaland and Gammaland: high in both fields. Betaland: low or none in IT & data; not found in ports.')
  })

  it('refuses a cell whose level is not defined', () => {
    const broken = { ...model, cells: [[{ level: 'huge', summary: '' }, { level: 'high', summary: '' }], ...model.cells.slice(1)] }
    expect(() => describeMatrix(broken)).toThrow(/unknown level "huge"/)
  })
})
