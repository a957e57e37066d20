/**
 * The area this launch's maps show (read by npm run map-shapes, which writes charts/map-shapes.ts): the land from the
 * Po valley to the Black Sea coast, wide enough for the widest frame a map is drawn in (a slide, about 2.5:1 once the
 * labels have their room); an Albers projection centred on 19.5° E with standard parallels at 40.5° and 45.5° N, a
 * sixth of the way in from the six countries' southern and northern edges (Deetz and Adams' rule), rounded.
 */
import type { MapArea } from 'launch-kit/scripts/maps/index'

export default {
  box: { west: 7, south: 36, east: 33, north: 49.5 },
  projection: { centre: 19.5, parallels: [40.5, 45.5] },
} satisfies MapArea
