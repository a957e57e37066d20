/**
 * PLACEHOLDER: one sample dataset, so the starter deck has something to draw. The figures are real and sourced (the
 * population table Johns Hopkins University CSSE used as the denominator of its COVID-19 rates, 2020 basis), but
 * they are not your report's: replace this file with your data (README: "Add a dataset").
 *
 * A figure is `exact`, `atLeast` (a lower bound, drawn with "≥") or `unknown` (drawn as "no data", never as 0); each
 * known figure has its date and at least one source.
 */
import type { Sample } from './sample.schema'
import { sources } from './sources'

export const sample: Sample = {
  measure: 'population (sample data: replace with your report\'s)',
  entries: [
    { country: 'RS', figure: { status: 'exact', value: 8_737_370, date: '2020', sources: [sources.jhuLookup] } },
    { country: 'BA', figure: { status: 'exact', value: 3_280_815, date: '2020', sources: [sources.jhuLookup] } },
    { country: 'ME', figure: { status: 'exact', value: 628_062, date: '2020', sources: [sources.jhuLookup] } },
    { country: 'MK', figure: { status: 'exact', value: 2_083_380, date: '2020', sources: [sources.jhuLookup] } },
    { country: 'AL', figure: { status: 'exact', value: 2_877_800, date: '2020', sources: [sources.jhuLookup] } },
    { country: 'XK', figure: { status: 'exact', value: 1_810_366, date: '2020', sources: [sources.jhuLookup] } },
  ],
}
