/**
 * Types for two small geometry packages the map-shapes generator (scripts/maps/shapes.ts) uses; neither ships
 * its own. Only the functions called are declared.
 */
declare module 'lineclip' {
  /** Sutherland–Hodgman: the part of a ring inside the box [minX, minY, maxX, maxY]; empty when none is. */
  export function clipPolygon(points: [number, number][], bbox: [number, number, number, number]): [number, number][]
}

declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring first, then holes): the inner point farthest from its edges. */
  export default function polylabel(polygon: [number, number][][], precision?: number): [number, number] & { distance: number }
}
