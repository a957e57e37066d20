/**
 * This launch's charts, as the engine reads them: the chart languages with the launch's words in each (the report's
 * own first), every chart once in the order the kit lists them, the countries in the order charts show them, and the
 * map shapes (npm run map-shapes writes charts/map-shapes.ts for the countries of data/countries.ts).
 */
import { defineCharts } from 'launch-kit/charts/launch'
import { countries } from '../data/countries'
import { sampleBars } from './definitions/sample-bars'
import { sampleMap } from './definitions/sample-map'
import { mapShapes } from './map-shapes'
import { en } from './words/en'

export default defineCharts({
  languages: { en },
  charts: [sampleBars, sampleMap],
  countries,
  maps: mapShapes,
})
