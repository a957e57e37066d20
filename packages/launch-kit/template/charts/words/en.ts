/**
 * This launch's chart words in English, the report's language and the reference every other language follows key
 * for key (a missing or extra key is a type error, and npm run check names it). The words around every chart
 * ("Source:", "no data") and the alt-text frames of each chart kind come with the engine.
 *
 * PLACEHOLDER: the sample charts' words; replace them with your charts' (README: "Add a chart").
 */
import type { DataTexts } from 'launch-kit/charts/i18n/meta'
import { countries } from '../../data/countries'

export const en = {
  meta: { reviewed: true, provenance: 'The report\'s own language.' },
  /** Country names from data/countries.ts: `name` in running text, `short` on an axis. */
  countries: Object.fromEntries(countries.map(c => [c.country, { name: c.name, short: c.shortName }])) as Record<string, { name: string, short: string }>,
  charts: {
    'sample-bars': {
      title: 'Sample chart: population by country',
      subtitle: 'Placeholder data to replace with your report\'s',
      measure: 'population',
      unit: { label: 'people', inUnit: 'in people', value: (figure: string, _form: Intl.LDMLPluralRule) => `${figure} people` },
      series: { population: 'Population' },
      notes: { placeholder: 'Placeholder: a sample dataset that comes with a new launch. Replace it with your report\'s data.' },
    },
    'sample-map': {
      title: 'Sample map: population by country',
      subtitle: 'Placeholder data to replace with your report\'s',
      measure: 'population (sample data)',
      unit: 'people',
      columns: { population: 'Population', class: 'Map class' },
      classes: {
        under: (limit: string) => `Under ${limit}`,
        range: (from: string, to: string) => `${from} to under ${to}`,
        over: (limit: string) => `${limit} or more`,
        noData: 'No data',
      },
      notes: { placeholder: 'Placeholder: a sample dataset that comes with a new launch.' },
    },
  },
  /** English text from data/ needs no translation; another language maps it here, keyed by the English. */
  dataText: {} as DataTexts,
}

/** The shape every language's chart words have: English's own. */
export type Words = typeof en
