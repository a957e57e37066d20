/**
 * What a new user's trial of the guides found, held in place: the default map area for a tall northern group of
 * countries, a timeline over twelve years, and a chart whose build throws, named with its file.
 */
import type { TimelineModel } from 'launch-kit/charts/timeline'
import { createCanvas } from '@napi-rs/canvas'
import { chartBuildProblems } from 'launch-kit/charts/check'
import { defineChart } from 'launch-kit/charts/define'
import { launchCharts, provideCharts } from 'launch-kit/charts/launch'
import { timelineConfig } from 'launch-kit/charts/timeline'
import { profiles } from 'launch-kit/charts/types'
import { makeMapShapes } from 'launch-kit/scripts/maps/shapes'
import { describe, expect, it } from 'vitest'

describe('the default map area', () => {
  it('holds a tall northern group whole, with land around it, and stays a sensible size', () => {
    const shapes = makeMapShapes(['EE', 'LV', 'LT', 'FI'])
    const points = Object.values(shapes.focus).flatMap(f => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2))
    const [west, east] = [Math.min(...points.map(p => p[0])), Math.max(...points.map(p => p[0]))]
    const [south, north] = [Math.min(...points.map(p => p[1])), Math.max(...points.map(p => p[1]))]
    expect(shapes.box.west).toBeLessThan(west)
    expect(shapes.box.east).toBeGreaterThan(east)
    expect(shapes.box.south).toBeLessThan(south)
    expect(shapes.box.north).toBeGreaterThan(north)
    // A box wide enough to take in half the continent bends so much under a conic projection that it cut the
    // countries off: no more than about three times the group's own width.
    expect(shapes.box.east - shapes.box.west).toBeLessThan(3 * (east - west) + 20)
    expect(shapes.context.length).toBeGreaterThan(3)
  })
})

describe('a timeline over twelve years', () => {
  const model: TimelineModel = {
    rows: [{ key: 'FI', label: 'Finland', name: 'Finland' }, { key: 'LV', label: 'Latvia', name: 'Latvia' }],
    series: [{ id: 'done', label: 'Roll-out complete', short: 'Roll-out', color: 'blue', pointStyle: 'circle', points: [{ status: 'on', date: '2013-12-31' }, { status: 'notBy', date: '2025-12-31' }], neverText: 'no roll-out' }],
    connect: false,
    stagger: false,
    measure: 'smart-meter roll-outs',
  }
  const frame = { title: 'T', subtitle: 'S', source: 'Source: X', notes: [] }

  it('starts before its first date, so the first dot is drawn whole, and ticks on whole years', () => {
    const config = timelineConfig(model, profiles.print, frame)
    const x = config.options!.scales!.x as { min: number, afterBuildTicks: (axis: unknown) => void }
    expect(x.min).toBeLessThan(Date.UTC(2013, 11, 31) / 86_400_000 - 60)
    const axis = { ctx: createCanvas(10, 10).getContext('2d'), width: 640, ticks: [] as { value: number }[] }
    x.afterBuildTicks(axis)
    const labels = axis.ticks.map(tick => new Date(tick.value * 86_400_000).toISOString().slice(5, 10))
    expect(labels.length).toBeGreaterThan(2)
    expect(new Set(labels)).toEqual(new Set(['01-01']))
  })

  it('says in the alt text what had not happened by a date', async () => {
    const { describeTimeline } = await import('launch-kit/charts/timeline')
    expect(describeTimeline(model)).toContain('Latvia: no roll-out complete by 31 Dec 2025.')
  })
})

describe('a chart whose build throws', () => {
  it('is named with its file, the language and what to check, not as a stack trace', () => {
    const own = launchCharts()
    const broken = defineChart({ id: 'broken-chart', datasets: [], sources: [{ publisher: 'P', title: 'T', url: 'https://example.org/', confidence: 'low' }], build: () => { throw new RangeError('Invalid time value') } })
    provideCharts({ ...own, charts: [...own.charts, broken] })
    try {
      expect(chartBuildProblems()).toEqual([`charts/definitions/broken-chart.ts: chart "broken-chart" could not be built in en: Invalid time value. Check what its build() returns against the model of its kind (launch-kit's charts/<kind>.ts; npm run check's type check names the field)`])
    }
    finally {
      provideCharts(own)
    }
  })
})
