/**
 * The map shapes generator (scripts/maps/shapes.ts), on the fixture deck's charts/map-shapes.ts: the committed module
 * is exactly what `npm run map-shapes` makes from the installed world-atlas, and its shapes are the countries they
 * claim to be, checked with d3-geo (spherical point-in-polygon), not with the generator's own code.
 */
import type { GeoFeature } from 'launch-kit/charts/geo'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { geoBounds, geoContains } from 'd3-geo'
import { toFeature } from 'launch-kit/charts/geo'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { makeMapShapes, mapShapesModule } from 'launch-kit/scripts/maps/shapes'
import { describe, expect, it } from 'vitest'
import mapArea from '../../fixtures/atlas/charts/map-area'
import { mapShapes } from '../../fixtures/atlas/charts/map-shapes'
import { countries } from '../../fixtures/atlas/data/countries'

const { box: contextBox, context: contextShapes, focus: focusShapes } = mapShapes
const feature = (code: string): GeoFeature => toFeature(code, focusShapes[code]!)

describe('charts/map-shapes.ts', () => {
  it('is what npm run map-shapes makes from world-atlas (run it and commit the result if this fails)', async () => {
    const committed = await readFile(join(ROOT, 'charts', 'map-shapes.ts'), 'utf8')
    expect(committed === mapShapesModule(makeMapShapes(countries.map(c => c.country), mapArea)), 'charts/map-shapes.ts differs from the generator\'s output').toBe(true)
  })

  it('holds the five countries, each by its name', () => {
    expect(Object.keys(focusShapes).sort()).toEqual(countries.map(c => c.country).sort())
    expect(focusShapes.DK!.name).toBe('Denmark')
    expect(focusShapes.LT!.name).toBe('Lithuania')
  })

  it('matches a country Natural Earth gives no code by its English name (Kosovo)', () => {
    const made = makeMapShapes(['RS', 'XK'])
    expect(Object.fromEntries(Object.entries(made.focus).map(([code, shape]) => [code, shape.name]))).toEqual({ RS: 'Serbia', XK: 'Kosovo' })
  })

  it('puts each country where it is: its label point inside it, and known cities inside the right country', () => {
    for (const code of countries.map(c => c.country)) {
      const anchor = focusShapes[code]!.anchor
      expect(anchor, code).toBeDefined()
      expect(geoContains(feature(code), anchor!), `${code}: label point inside`).toBe(true)
    }
    // Towns (longitude, latitude), each inside its own country and no other of the five: Ringsted on Zealand (the
    // capital lies on the coast, outside the 1:50m outline), Tallinn, Riga, Vilnius, Warsaw.
    const capitals = { DK: [11.79, 55.44], EE: [24.75, 59.44], LV: [24.11, 56.95], LT: [25.28, 54.69], PL: [21.01, 52.23] } as const
    for (const [code, point] of Object.entries(capitals)) {
      for (const other of countries.map(c => c.country))
        expect(geoContains(feature(other), [...point]), `${code} capital in ${other}`).toBe(other === code)
    }
  })

  it('draws the neighbours, clipped to the box, and keeps the five whole', () => {
    const names = contextShapes.map(s => s.name)
    for (const name of ['Germany', 'Sweden', 'Finland', 'Belarus', 'Russia', 'Czechia', 'Norway'])
      expect(names).toContain(name)
    // Clipped as a plane in degrees (as drawn, a cut edge never shows), so the points are checked, not the sphere.
    for (const shape of contextShapes) {
      const points = (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates).flat(2)
      expect(Math.min(...points.map(p => p[0])), shape.name).toBeGreaterThanOrEqual(contextBox.west)
      expect(Math.max(...points.map(p => p[0])), shape.name).toBeLessThanOrEqual(contextBox.east)
      expect(Math.min(...points.map(p => p[1])), shape.name).toBeGreaterThanOrEqual(contextBox.south)
      expect(Math.max(...points.map(p => p[1])), shape.name).toBeLessThanOrEqual(contextBox.north)
    }
    // Estonia reaches from about 21.9° to 28.2° E and 57.5° to 59.6° N.
    const [[west, south], [east, north]] = geoBounds(feature('EE') as never)
    expect([west, east, south, north].map(v => Math.round(v))).toEqual([22, 28, 58, 60])
  })

  it('stays small: under 70 kB, well under the 750 kB world it comes from', async () => {
    const bytes = Buffer.byteLength(await readFile(join(ROOT, 'charts', 'map-shapes.ts'), 'utf8'))
    expect(bytes).toBeLessThan(70_000)
  })
})
