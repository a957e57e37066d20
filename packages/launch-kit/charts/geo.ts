/**
 * The shapes maps are drawn from (charts/map-shapes.ts, generated from Natural Earth by npm run map-shapes), as
 * plain GeoJSON-like values: longitude, latitude in degrees.
 */

export type LonLat = [longitude: number, latitude: number]
/** A closed ring: the first point is repeated at the end. */
export type Ring = LonLat[]

export type GeoGeometry
  = | { type: 'Polygon', coordinates: Ring[] }
    | { type: 'MultiPolygon', coordinates: Ring[][] }

export interface GeoShape {
  /** Natural Earth's short name ("Bosnia and Herz."), for reference only; charts use data/countries.ts names. */
  name: string
  /** A point well inside the shape (its pole of inaccessibility), where a label's leader line ends. */
  anchor?: LonLat
  geometry: GeoGeometry
}

export interface GeoBox {
  west: number
  south: number
  east: number
  north: number
}

/** A GeoJSON Feature of a shape, as chartjs-chart-geo draws it. */
export interface GeoFeature {
  type: 'Feature'
  id: string
  properties: { name: string }
  geometry: GeoGeometry
}

export function toFeature(id: string, shape: GeoShape): GeoFeature {
  return { type: 'Feature', id, properties: { name: shape.name }, geometry: shape.geometry }
}

/**
 * What a launch's maps are drawn from: its countries whole (`focus`, by code, each with its label's anchor) and the
 * land around them clipped to `box`, with the projection that suits the area. `npm run map-shapes` generates it for
 * the countries a launch names (its charts/map-shapes.ts).
 */
export interface MapShapes {
  box: GeoBox
  focus: Readonly<Record<string, GeoShape>>
  context: readonly GeoShape[]
  /**
   * Albers equal-area conic: rotated so the area's central meridian (`centre`, degrees east) is upright, with
   * standard parallels (degrees north) where the scale is true.
   */
  projection: { centre: number, parallels: [number, number] }
}
