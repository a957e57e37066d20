/**
 * The map shapes (charts/map-shapes.ts): the committed module is exactly what `npm run map-shapes` makes from the
 * installed world-atlas, and its shapes are the countries they claim to be, checked with d3-geo (spherical
 * point-in-polygon), not with the generator's own code.
 */
import type { GeoFeature } from 'launch-kit/charts/geo'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { geoBounds, geoContains } from 'd3-geo'
import { toFeature } from 'launch-kit/charts/geo'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { makeMapShapes, mapShapesModule } from 'launch-kit/scripts/maps/shapes'
import { describe, expect, it } from 'vitest'
import mapArea from '../../../charts/map-area'
import { mapShapes } from '../../../charts/map-shapes'
import { countries } from '../../../data/countries'

const { box: contextBox, context: contextShapes, focus: focusShapes } = mapShapes
const feature = (code: string): GeoFeature => toFeature(code, focusShapes[code]!)

describe('charts/map-shapes.ts', () => {
  it('is what npm run map-shapes makes from world-atlas (run it and commit the result if this fails)', async () => {
    const committed = await readFile(join(ROOT, 'charts', 'map-shapes.ts'), 'utf8')
    expect(committed === mapShapesModule(makeMapShapes(countries.map(c => c.country), mapArea)), 'charts/map-shapes.ts differs from the generator\'s output').toBe(true)
  })

  it('holds the six countries, Kosovo matched by its name', () => {
    expect(Object.keys(focusShapes).sort()).toEqual(countries.map(c => c.country).sort())
    expect(focusShapes.XK!.name).toBe('Kosovo')
    expect(focusShapes.RS!.name).toBe('Serbia')
  })

  it('puts each country where it is: its label point inside it, and known cities inside the right country', () => {
    for (const code of countries.map(c => c.country)) {
      const anchor = focusShapes[code]!.anchor
      expect(anchor, code).toBeDefined()
      expect(geoContains(feature(code), anchor!), `${code}: label point inside`).toBe(true)
    }
    // Capitals (longitude, latitude), each inside its own country and no other of the six.
    const capitals = { RS: [20.46, 44.82], BA: [18.41, 43.86], ME: [19.26, 42.44], MK: [21.43, 42.0], AL: [19.82, 41.33], XK: [21.17, 42.67] } as const
    for (const [code, point] of Object.entries(capitals)) {
      for (const other of countries.map(c => c.country))
        expect(geoContains(feature(other), [...point]), `${code} capital in ${other}`).toBe(other === code)
    }
  })

  it('draws the neighbours the issue names, clipped to the box, and keeps the six whole', () => {
    const names = contextShapes.map(s => s.name)
    for (const name of ['Croatia', 'Slovenia', 'Hungary', 'Romania', 'Bulgaria', 'Greece', 'Italy'])
      expect(names).toContain(name)
    // Clipped as a plane in degrees (as drawn, a cut edge never shows), so the points are checked, not the sphere.
    for (const shape of contextShapes) {
      const points = (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates).flat(2)
      expect(Math.min(...points.map(p => p[0])), shape.name).toBeGreaterThanOrEqual(contextBox.west)
      expect(Math.max(...points.map(p => p[0])), shape.name).toBeLessThanOrEqual(contextBox.east)
      expect(Math.min(...points.map(p => p[1])), shape.name).toBeGreaterThanOrEqual(contextBox.south)
      expect(Math.max(...points.map(p => p[1])), shape.name).toBeLessThanOrEqual(contextBox.north)
    }
    // Serbia reaches from about 18.8° to 23° E and 42.2° to 46.2° N.
    const [[west, south], [east, north]] = geoBounds(feature('RS') as never)
    expect([west, east, south, north].map(v => Math.round(v))).toEqual([19, 23, 42, 46])
  })

  it('stays small: under 70 kB, well under the 750 kB world it comes from', async () => {
    const bytes = Buffer.byteLength(await readFile(join(ROOT, 'charts', 'map-shapes.ts'), 'utf8'))
    expect(bytes).toBeLessThan(70_000)
  })
})
