/**
 * Makes charts/map-shapes.ts, the shapes the map charts draw: Natural Earth's 1:50m countries as the world-atlas
 * package ships them (TopoJSON), the six countries whole and the land around them clipped to a box, with a point
 * inside each of the six for its label. The deck bundles the module, so nothing is fetched when a map is drawn, and
 * only these few shapes are bundled, not the world. `npm run map-shapes` writes it; a test checks the committed file
 * is what this makes. Same package version, same bytes: nothing here reads a clock or the machine.
 *
 * The six are matched by ISO 3166 numeric code, Kosovo (which has none in Natural Earth) by its name. Neighbours
 * are every other country that reaches into the box, clipped to it with lineclip (Sutherland–Hodgman); their cut
 * edges lie on the box, which the charts never show (charts/map.ts clips inside it).
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'
import type { CountryCode } from '../../data/schema'
import type { GeoBox, GeoGeometry, GeoShape, LonLat, Ring } from '../../charts/geo'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { clipPolygon } from 'lineclip'
import polylabel from 'polylabel'
import { feature } from 'topojson-client'
import { presimplify, simplify } from 'topojson-simplify'

const require = createRequire(import.meta.url)

/** ISO 3166 numeric (as world-atlas writes it) → our alpha-2 codes; Kosovo is matched by name. */
const FOCUS_BY_NUMBER: Record<string, CountryCode> = { 688: 'RS', '070': 'BA', 499: 'ME', 807: 'MK', '008': 'AL' }
const FOCUS_BY_NAME: Record<string, CountryCode> = { Kosovo: 'XK' }
/** The deck's order (data/countries.ts), so the module reads the same way as the charts. */
const FOCUS_ORDER: CountryCode[] = ['RS', 'BA', 'ME', 'MK', 'AL', 'XK']

/**
 * The land drawn around the six, in degrees: wide enough for the widest frame a map is drawn in (a slide, about
 * 2.5:1 once the labels have their room) from the Po valley to the Black Sea coast.
 */
export const CONTEXT_BOX: GeoBox = { west: 7, south: 36, east: 33, north: 49.5 }

/** Decimal places kept: 0.001° is about 100 m, under a pixel even in the 3200-px article PNG. */
const DIGITS = 3

/**
 * Neighbours are drawn quietly, so they are simplified (Visvalingam, topojson-simplify): a point goes when the
 * triangle it makes with its neighbours is under this many square degrees (about 2 × 2 px on the article PNG).
 * Borders the six share with anyone are kept whole, so the shapes still meet exactly.
 */
const CONTEXT_MIN_WEIGHT = 0.001
/** Islands of the neighbours smaller than this (square degrees, about 15 km²) are left out. */
const CONTEXT_MIN_AREA = 0.01

interface SourceFeature {
  id?: string | number
  properties: { name?: string }
  geometry: { type: string, coordinates: unknown } | null
}

/** Which of the six a world-atlas feature is: by ISO numeric id, or (with no id, as Kosovo) by name. */
function isFocus(id: string | number | undefined, name: string): CountryCode | undefined {
  return id !== undefined ? FOCUS_BY_NUMBER[String(id)] : FOCUS_BY_NAME[name]
}

/** Every arc a TopoJSON geometry uses (a negative index ~i is arc i reversed). */
function arcIndices(geometry: GeometryObject): number[] {
  const arcs = 'arcs' in geometry ? (geometry.arcs as unknown) : []
  return (Array.isArray(arcs) ? arcs.flat(3) as number[] : []).map(i => (i < 0 ? ~i : i))
}

function round(value: number): number {
  const k = 10 ** DIGITS
  return Math.round(value * k) / k
}

/** Rounded, without repeated points, closed. Undefined when fewer than 3 distinct points remain. */
function tidyRing(points: readonly LonLat[]): Ring | undefined {
  const out: LonLat[] = []
  for (const [x, y] of points) {
    const p: LonLat = [round(x), round(y)]
    const last = out.at(-1)
    if (!last || last[0] !== p[0] || last[1] !== p[1])
      out.push(p)
  }
  if (out.length > 1 && out[0]![0] === out.at(-1)![0] && out[0]![1] === out.at(-1)![1])
    out.pop()
  if (out.length < 3)
    return undefined
  return [...out, out[0]!]
}

/** Polygons of a Polygon or MultiPolygon geometry, each a list of rings (outer first). */
function polygonsOf(geometry: SourceFeature['geometry']): LonLat[][][] {
  if (!geometry)
    return []
  if (geometry.type === 'Polygon')
    return [geometry.coordinates as LonLat[][]]
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates as LonLat[][][]
  throw new Error(`world-atlas: unexpected geometry type ${geometry.type}`)
}

function asGeometry(polygons: Ring[][]): GeoGeometry {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons }
}

function bounds(polygons: readonly LonLat[][][]): GeoBox {
  const points = polygons.flat(2)
  return {
    west: Math.min(...points.map(p => p[0])),
    south: Math.min(...points.map(p => p[1])),
    east: Math.max(...points.map(p => p[0])),
    north: Math.max(...points.map(p => p[1])),
  }
}

function overlaps(a: GeoBox, b: GeoBox): boolean {
  return a.west < b.east && a.east > b.west && a.south < b.north && a.north > b.south
}

/** Shoelace area in square degrees (only to pick the largest polygon). */
function ringArea(ring: readonly LonLat[]): number {
  let sum = 0
  for (let i = 1; i < ring.length; i++)
    sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1]
  return Math.abs(sum) / 2
}

/**
 * The label point: the pole of inaccessibility (polylabel) of the largest polygon, the inner point farthest from
 * its edges, so a label's leader line ends well inside the country. Longitudes are shrunk by cos(latitude) first,
 * so "farthest" is measured in near-equal units east–west and north–south.
 */
function labelPoint(polygons: readonly Ring[][]): LonLat {
  const largest = [...polygons].sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!))[0]!
  const box = bounds([largest])
  const k = Math.cos(((box.south + box.north) / 2) * Math.PI / 180)
  const pole = polylabel(largest.map(ring => ring.map(([x, y]) => [x * k, y] as [number, number])), 0.0005)
  return [round(pole[0] / k), round(pole[1])]
}

function clipToBox(polygons: readonly LonLat[][][], box: GeoBox): Ring[][] {
  const bbox: [number, number, number, number] = [box.west, box.south, box.east, box.north]
  return polygons.flatMap((rings) => {
    const [outer, ...holes] = rings.map(r => tidyRing(clipPolygon(r as [number, number][], bbox) as LonLat[]))
    return outer && ringArea(outer) >= CONTEXT_MIN_AREA ? [[outer, ...holes.filter((h): h is Ring => !!h)]] : []
  })
}

export interface MapShapes {
  focus: Record<CountryCode, GeoShape>
  context: GeoShape[]
  /** world-atlas's version, for the module's header. */
  version: string
}

export function makeMapShapes(): MapShapes {
  const version = (require('world-atlas/package.json') as { version: string }).version
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name?: string }> }>
  const countries = topology.objects.countries
  // Weights for every point, then the arcs of the six made unremovable, then the simplification.
  const weighted: Topology = presimplify(topology as never)
  for (const geometry of countries.geometries) {
    if (!isFocus(geometry.id, (geometry.properties as { name?: string } | undefined)?.name ?? ''))
      continue
    for (const index of arcIndices(geometry)) {
      for (const point of weighted.arcs[index] ?? [])
        point[2] = Number.POSITIVE_INFINITY
    }
  }
  const simple: Topology = simplify(weighted as never, CONTEXT_MIN_WEIGHT)
  const collection = feature(simple as never, simple.objects.countries as GeometryCollection) as unknown as { features: SourceFeature[] }
  const focus: Partial<Record<CountryCode, GeoShape>> = {}
  const context: GeoShape[] = []
  for (const f of collection.features) {
    const name = f.properties.name ?? ''
    const code = isFocus(f.id, name)
    const polygons = polygonsOf(f.geometry)
    if (polygons.length === 0)
      continue
    if (code) {
      const tidy = polygons.map(rings => rings.map(tidyRing).filter((r): r is Ring => !!r)).filter(rings => rings.length > 0)
      focus[code] = { name, anchor: labelPoint(tidy), geometry: asGeometry(tidy) }
    }
    else if (overlaps(bounds(polygons), CONTEXT_BOX)) {
      const clipped = clipToBox(polygons, CONTEXT_BOX)
      if (clipped.length > 0)
        context.push({ name, geometry: asGeometry(clipped) })
    }
  }
  const missing = FOCUS_ORDER.filter(code => !focus[code])
  if (missing.length > 0)
    throw new Error(`world-atlas ${version} countries-50m.json: no feature for ${missing.join(', ')} (matched by ISO numeric id, Kosovo by the name "Kosovo"); check the package version.`)
  context.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return { focus: focus as Record<CountryCode, GeoShape>, context, version }
}

function shapeLiteral(shape: GeoShape, indent: string): string {
  const anchor = shape.anchor ? `\n${indent}  anchor: ${JSON.stringify(shape.anchor)},` : ''
  return `{\n${indent}  name: ${JSON.stringify(shape.name)},${anchor}\n${indent}  geometry: ${JSON.stringify(shape.geometry)},\n${indent}}`
}

/** The text of charts/map-shapes.ts. */
export function mapShapesModule(shapes: MapShapes = makeMapShapes()): string {
  const focus = FOCUS_ORDER.map(code => `  ${code}: ${shapeLiteral(shapes.focus[code], '  ')},`).join('\n')
  const context = shapes.context.map(shape => `  ${shapeLiteral(shape, '  ')},`).join('\n')
  return `/**
 * Generated by \`npm run map-shapes\` (scripts/maps/shapes.ts): do not edit, run the command again.
 * Natural Earth 1:50m Admin 0 countries (public domain), from world-atlas ${shapes.version} countries-50m.json, in degrees
 * (longitude, latitude) to ${DIGITS} decimals. The six countries are whole, each with the point its label points at;
 * the land around them is clipped to the box below.
 */
import type { CountryCode } from 'launch-kit/data/schema'
import type { GeoBox, GeoShape } from 'launch-kit/charts/geo'

export const contextBox: GeoBox = ${JSON.stringify(CONTEXT_BOX)}

export const focusShapes: Record<CountryCode, GeoShape> = {
${focus}
}

export const contextShapes: GeoShape[] = [
${context}
]
`
}
