/**
 * maps: the map charts' geometry, generated once from Natural Earth (the world-atlas package) into a launch's
 * charts/map-shapes.ts by `npm run map-shapes` — its countries whole, their neighbours clipped to the area and
 * simplified, a label point inside each country, the projection. Nothing is fetched or projected at run time.
 * May import: charts/ and data/ types, the topojson and geometry libraries, i18n-iso-countries, Node.
 */
export { makeMapShapes, mapShapesModule } from './shapes'
export type { GeneratedShapes, MapArea } from './shapes'
