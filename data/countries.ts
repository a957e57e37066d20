/**
 * The six Western Balkan countries the report compares, in the order the deck shows them, with populations.
 * Populations are the JHU CSSE lookup table's (2020 basis), the denominator JHU used for its vaccination rates.
 */
import type { Country } from 'launch-kit/data/countries.schema'
import type { Figure } from 'launch-kit/data/schema'
import type { CountryCode } from './codes'
import { sources } from './sources'

export type { Country } from 'launch-kit/data/countries.schema'

const JHU_DATE = '2020'

/** A country of this report: one of the six, with the population its per-person figures divide by. */
export type ReportCountry = Country & { country: CountryCode, population: Figure }

export const countries: ReportCountry[] = [
  {
    country: 'RS',
    name: 'Serbia',
    shortName: 'Serbia',
    population: {
      status: 'exact',
      value: 8_737_370,
      date: JHU_DATE,
      sources: [sources.jhuLookup],
      note: 'JHU follows a UN estimate. Serbian officials and EFE (26 Feb 2021) speak of "around seven million", which would raise every per-person figure for Serbia by about a quarter.',
    },
  },
  {
    country: 'BA',
    name: 'Bosnia and Herzegovina',
    shortName: 'Bosnia & Herz.',
    population: { status: 'exact', value: 3_280_815, date: JHU_DATE, sources: [sources.jhuLookup] },
  },
  {
    country: 'ME',
    name: 'Montenegro',
    shortName: 'Montenegro',
    population: { status: 'exact', value: 628_062, date: JHU_DATE, sources: [sources.jhuLookup] },
  },
  {
    country: 'MK',
    name: 'North Macedonia',
    shortName: 'N. Macedonia',
    population: { status: 'exact', value: 2_083_380, date: JHU_DATE, sources: [sources.jhuLookup] },
  },
  {
    country: 'AL',
    name: 'Albania',
    shortName: 'Albania',
    population: { status: 'exact', value: 2_877_800, date: JHU_DATE, sources: [sources.jhuLookup] },
  },
  {
    country: 'XK',
    name: 'Kosovo',
    shortName: 'Kosovo',
    population: { status: 'exact', value: 1_810_366, date: JHU_DATE, sources: [sources.jhuLookup] },
  },
]
