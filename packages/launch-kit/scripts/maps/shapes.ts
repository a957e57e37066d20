/**
 * Makes a launch's charts/map-shapes.ts, the shapes its map charts draw: Natural Earth's 1:50m countries as the
 * world-atlas package ships them (TopoJSON), the launch's countries (its data/countries.ts) whole and the land around
 * them clipped to a box, with a point inside each country for its label, and the projection that suits the area.
 * The deck bundles the module, so nothing is fetched when a map is drawn, and only these few shapes are bundled, not
 * the world. `npm run map-shapes` writes it; a test checks the committed file is what this makes. Same package
 * version, same countries, same bytes: nothing here reads a clock or the machine.
 *
 * Countries are matched by ISO 3166 numeric code (from the alpha-2 code, with i18n-iso-countries); a country Natural
 * Earth gives no code (Kosovo) by its English name. A launch may name more features that belong to a country (an
 * island group Natural Earth keeps apart) and set the box or the projection in its charts/map-area.ts. Neighbours
 * are every other country that reaches into the box, clipped to it with lineclip (Sutherland–Hodgman); their cut
 * edges lie on the box, which the charts never show (charts/map.ts clips inside it).
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification'
import type { GeoBox, GeoGeometry, GeoShape, LonLat, MapShapes, Ring } from '../../charts/geo'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import isoCountries from 'i18n-iso-countries'
import { clipPolygon } from 'lineclip'
import polylabel from 'polylabel'
import { feature } from 'topojson-client'
import { presimplify, simplify } from 'topojson-simplify'

const require = createRequire(import.meta.url)

/** What a launch may set for its map (its charts/map-area.ts, `export default { … } satisfies MapArea`). */
export interface MapArea {
  /** The land drawn around the countries, in degrees; by default their extent, widened for a slide's frame. */
  box?: GeoBox
  /** The projection; by default centred on the countries, standard parallels a sixth in from their edges. */
  projection?: MapShapes['projection']
  /** More world-atlas features (by their name there) that belong to a country, merged into its shape. */
  features?: Readonly<Record<string, readonly string[]>>
}

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

const ENGLISH = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' })

/**
 * Which of the launch's countries a world-atlas feature belongs to: by ISO numeric id; with no id (as Kosovo), by
 * the country's English name; and any feature the launch names for a country.
 */
function matcher(codes: readonly string[], area: MapArea): (id: string | number | undefined, name: string) => string | undefined {
  const byNumber = new Map<string, string>()
  const byName = new Map<string, string>()
  for (const code of codes) {
    const numeric = isoCountries.alpha2ToNumeric(code)
    if (numeric)
      byNumber.set(numeric, code)
    const english = ENGLISH.of(code)
    if (english)
      byName.set(english, code)
    for (const name of area.features?.[code] ?? [])
      byName.set(name, code)
  }
  return (id, name) => {
    const named = byName.get(name)
    if (named && (id === undefined || area.features?.[named]?.includes(name)))
      return named
    return id !== undefined ? byNumber.get(String(id)) : undefined
  }
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

/** Half a degree: where the default box and projection are rounded to, so a small data change does not move them. */
const half = (x: number) => Math.round(x * 2) / 2

/**
 * The land drawn around the countries: their extent with a margin of 30 % of their size above and below, and half
 * their height (at least the same 30 %) to the east and the west, measured on the ground (degrees of longitude shrink
 * towards the poles), so a map in a wide frame (a slide) has land beside a tall group too. The map is fitted to the
 * countries, not to this box; outside the box the frame shows paper.
 */
function defaultBox(focus: GeoBox): GeoBox {
  const height = focus.north - focus.south
  const middle = (focus.south + focus.north) / 2
  const shrink = Math.cos(middle * Math.PI / 180)
  const margin = 0.3 * Math.max(height, (focus.east - focus.west) * shrink)
  const marginLon = Math.max(margin, 0.5 * height) / shrink
  return { west: half(focus.west - marginLon), south: half(focus.south - margin), east: half(focus.east + marginLon), north: half(Math.min(89.5, focus.north + margin)) }
}

/** Deetz and Adams' rule: standard parallels a sixth of the way in from the southern and northern edges. */
function defaultProjection(focus: GeoBox): MapShapes['projection'] {
  const sixth = (focus.north - focus.south) / 6
  return { centre: half((focus.west + focus.east) / 2), parallels: [half(focus.south + sixth), half(focus.north - sixth)] }
}

export interface GeneratedShapes extends MapShapes {
  /** The countries in the launch's order. */
  codes: readonly string[]
  /** world-atlas's version, for the module's header. */
  version: string
}

export function makeMapShapes(codes: readonly string[], area: MapArea = {}): GeneratedShapes {
  const isFocus = matcher(codes, area)
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
  // A country's features (several when the launch merges some), then the land around the countries.
  const parts = new Map<string, { names: string[], polygons: LonLat[][][] }>()
  const others: { name: string, polygons: LonLat[][][] }[] = []
  for (const f of collection.features) {
    const name = f.properties.name ?? ''
    const code = isFocus(f.id, name)
    const polygons = polygonsOf(f.geometry)
    if (polygons.length === 0)
      continue
    if (code) {
      const part = parts.get(code) ?? { names: [], polygons: [] }
      part.names.push(name)
      part.polygons.push(...polygons)
      parts.set(code, part)
    }
    else {
      others.push({ name, polygons })
    }
  }
  const missing = codes.filter(code => !parts.has(code))
  if (missing.length > 0)
    throw new Error(`world-atlas ${version} countries-50m.json has no feature for ${missing.map(code => `${code} (${ENGLISH.of(code) ?? 'no English name known'})`).join(', ')}: countries are matched by ISO numeric code, or by their English name where Natural Earth gives none. Name the feature in charts/map-area.ts (features: { ${missing[0]}: ['<its name in world-atlas>'] }), or check the country code in data/countries.ts.`)
  const focus: Record<string, GeoShape> = {}
  for (const code of codes) {
    const part = parts.get(code)!
    const tidy = part.polygons.map(rings => rings.map(tidyRing).filter((r): r is Ring => !!r)).filter(rings => rings.length > 0)
    focus[code] = { name: part.names[0]!, anchor: labelPoint(tidy), geometry: asGeometry(tidy) }
  }
  const extent = bounds([...parts.values()].flatMap(p => p.polygons))
  const box = area.box ?? defaultBox(extent)
  const context: GeoShape[] = []
  for (const { name, polygons } of others) {
    if (!overlaps(bounds(polygons), box))
      continue
    const clipped = clipToBox(polygons, box)
    if (clipped.length > 0)
      context.push({ name, geometry: asGeometry(clipped) })
  }
  context.sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return { codes, box, projection: area.projection ?? defaultProjection(extent), focus, context, version }
}

function shapeLiteral(shape: GeoShape, indent: string): string {
  const anchor = shape.anchor ? `\n${indent}  anchor: ${JSON.stringify(shape.anchor)},` : ''
  return `{\n${indent}  name: ${JSON.stringify(shape.name)},${anchor}\n${indent}  geometry: ${JSON.stringify(shape.geometry)},\n${indent}}`
}

/** The text of charts/map-shapes.ts. */
export function mapShapesModule(shapes: GeneratedShapes): string {
  const focus = shapes.codes.map(code => `    ${JSON.stringify(code)}: ${shapeLiteral(shapes.focus[code]!, '    ')},`).join('\n')
  const context = shapes.context.map(shape => `    ${shapeLiteral(shape, '    ')},`).join('\n')
  return `/**
 * Generated by \`npm run map-shapes\` (launch-kit's scripts/maps/shapes.ts): do not edit, run the command again.
 * Natural Earth 1:50m Admin 0 countries (public domain), from world-atlas ${shapes.version} countries-50m.json, in degrees
 * (longitude, latitude) to ${DIGITS} decimals. The countries of data/countries.ts are whole, each with the point its
 * label points at; the land around them is clipped to the box.
 */
import type { MapShapes } from 'launch-kit/charts/geo'

export const mapShapes: MapShapes = {
  box: ${JSON.stringify(shapes.box)},
  projection: ${JSON.stringify(shapes.projection)},
  focus: {
${focus}
  },
  context: [
${context}
  ],
}
`
}
