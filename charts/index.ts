/**
 * This launch's charts, as the engine reads them (launch-kit's charts/launch.ts): the chart languages with this
 * report's words in each (English first, the report's own), every chart once in the order the kit lists them, the
 * six countries in the order charts show them, and the map shapes. The deck (ChartFigure), the handout, the article
 * kit, the embed pages and the tests all look charts up through this list.
 */
import { defineCharts } from 'launch-kit/charts/launch'
import { countries } from '../data/countries'
import { chineseDosesMap } from './definitions/chinese-doses-map'
import { chineseDosesPer100 } from './definitions/chinese-doses-per-100'
import { chineseVaccineDoses } from './definitions/chinese-vaccine-doses'
import { donationsChinaVsEu } from './definitions/donations-china-vs-eu'
import { firstDeliveries } from './definitions/first-deliveries'
import { fiveGCommitments } from './definitions/five-g-commitments'
import { techPresenceMap } from './definitions/tech-presence-map'
import { techPresenceMatrix } from './definitions/tech-presence-matrix'
import { vaccinationCoverage } from './definitions/vaccination-coverage'
import { mapShapes } from './map-shapes'
import { en } from './words/en'
import { sq } from './words/sq'
import { srLatn } from './words/sr-Latn'

export default defineCharts({
  languages: { 'en': en, 'sq': sq, 'sr-Latn': srLatn },
  charts: [
    chineseVaccineDoses,
    chineseDosesPer100,
    chineseDosesMap,
    firstDeliveries,
    donationsChinaVsEu,
    vaccinationCoverage,
    techPresenceMap,
    techPresenceMatrix,
    fiveGCommitments,
  ],
  countries,
  maps: mapShapes,
})
