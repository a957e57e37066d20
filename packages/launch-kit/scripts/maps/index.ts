/**
 * maps: the map charts' geometry, generated once from Natural Earth (the world-atlas package) into charts/map-shapes.ts
 * by `npm run map-shapes` — the six countries whole, their neighbours clipped to the region and simplified, a label
 * point inside each country. Nothing is fetched or projected at run time.
 * May import: charts/ and data/ types, the topojson and geometry libraries (dev dependencies), Node.
 */
export { CONTEXT_BOX, mapShapesModule } from './shapes'
