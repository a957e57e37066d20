import { repeatSlides } from 'launch-kit/scripts/bench/decks'
import { exportSteps } from 'launch-kit/scripts/bench/export-runs'
import { median, ratio, slope, summarize } from 'launch-kit/scripts/bench/stats'
/** The benchmark's plain parts: statistics, reading our export's log, and the synthetic decks. */
import { describe, expect, it } from 'vitest'

describe('bench statistics', () => {
  it('summarizes runs as median, min and max', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(summarize([10, 12, 11])).toEqual({ median: 11, min: 10, max: 12, values: [10, 12, 11] })
    expect(ratio(summarize([15]), summarize([10]))).toBe(1.5)
    expect(ratio(undefined, summarize([10]))).toBeNaN()
  })

  it('fits seconds per slide over deck sizes', () => {
    expect(slope([{ x: 25, y: 10 }, { x: 100, y: 17.5 }, { x: 300, y: 37.5 }])).toBeCloseTo(0.1, 6)
    expect(slope([{ x: 25, y: 10 }])).toBeNaN()
  })
})

describe('exportSteps', () => {
  it('reads each step of the export log and the final line, not the per-slide progress', () => {
    const log = [
      'export: slides, handout → exports · 0.0s',
      'export: print page done: 23 slides in 1 range, 7 charts drawn and still · 10.2s',
      'export: slide image 3/23 · 9.1s',
      'export: 4 outputs written and verified in 13.7s',
      '  ✓ exports/deck-slides.pdf  540.1 kB',
    ].join('\n')
    expect(exportSteps(log)).toEqual([
      { step: 'slides, handout → exports', at: 0 },
      { step: 'print page done: 23 slides in 1 range, 7 charts drawn and still', at: 10.2 },
      { step: '4 outputs written and verified', at: 13.7 },
    ])
  })
})

describe('repeatSlides', () => {
  it('keeps the first slide (with the headmatter) once and repeats the others in order', () => {
    expect(repeatSlides(['head', 'a', 'b'], 6)).toEqual(['head', 'a', 'b', 'a', 'b', 'a'])
    expect(repeatSlides(['head', 'a', 'b'], 2)).toEqual(['head', 'a'])
    expect(() => repeatSlides(['head'], 5)).toThrow(/at least two slides/)
  })
})
