/**
 * This report's chart words in English: the report's own language and the reference every other language file
 * follows key for key (a missing or extra key is a type error, and `npm run check` names it). The words around every
 * chart ("Source:", "no data") and the alt-text frames of each chart kind are the engine's (launch-kit's
 * charts/i18n/words/). Words that live in data/ (country names, tech-presence fields and levels, 5G instruments) are
 * taken from there, so English is written once. Sentence frames are functions: each language builds its own sentences
 * around the names and figures it is given, in its own word order.
 */
import type { DataTexts } from 'launch-kit/charts/i18n/meta'
import type { CountryCode } from '../../data/codes'
import { lowerFirst } from 'launch-kit/charts/i18n/text'
import { countries } from '../../data/countries'
import { fiveG } from '../../data/five-g'
import { techPresence } from '../../data/tech-presence'

/** The six countries, from data/countries.ts: `name` in running text, `short` on an axis. */
const countryNames = Object.fromEntries(countries.map(c => [c.country, { name: c.name, short: c.shortName }])) as Record<CountryCode, { name: string, short: string }>

export const en = {
  meta: { reviewed: true, provenance: 'The report\'s own language; chart words as written by the project from the report and its sources.' },
  countries: countryNames,
  charts: {
    'chinese-vaccine-doses': {
      title: 'Chinese COVID-19 vaccine doses by country',
      subtitle: 'Doses bought, and doses donated by China, delivered in 2021',
      measure: 'Chinese COVID-19 vaccine doses delivered',
      unit: { label: 'doses', inUnit: 'in doses', value: (figure: string, _form: Intl.LDMLPluralRule) => `${figure} doses` },
      series: { bought: 'Bought', donated: 'Donated by China' },
      notes: {
        lowerBound: '≥ marks a lower bound: the sum of the deliveries reported where no total was found.',
        disagreement: (country: string, figure: string, publishers: string, note: string) => `${country}: ${figure} per ${publishers}; ${note}`,
        notCounted: (list: string) => `Not counted: Chinese-made doses passed on by third countries (${list}).`,
        passedOn: (from: string, doses: string, to: string) => `${from} ${doses} to ${to}`,
        someDoses: 'some',
      },
    },
    'chinese-doses-per-100': {
      title: 'Chinese vaccine doses per 100 people',
      subtitle: 'Doses bought, and doses donated by China, delivered in 2021, per 100 inhabitants',
      measure: 'Chinese COVID-19 vaccine doses per 100 people',
      unit: { label: 'doses per 100 people', inUnit: 'in doses per 100 people', value: (figure: string, _form: Intl.LDMLPluralRule) => `${figure} doses per 100 people` },
      series: { bought: 'Bought', donated: 'Donated by China' },
      notes: { lowerBound: '≥ marks a lower bound. Populations: JHU CSSE lookup table (2020 basis).' },
    },
    'first-deliveries': {
      title: 'Who came first: Chinese vaccines or COVAX',
      subtitle: 'Date of the first Chinese vaccine delivery and of the first COVAX delivery, by country',
      measure: 'the first Chinese and the first COVAX vaccine deliveries',
      series: {
        chinese: { label: 'First Chinese delivery', short: 'China', never: 'no Chinese vaccines' },
        covax: { label: 'First COVAX delivery', short: 'COVAX', never: 'no COVAX doses' },
      },
      notes: { definition: 'A Chinese delivery is bought or donated doses from China; Chinese-made doses passed on by third countries are not counted.' },
    },
    'donations-china-vs-eu': {
      title: 'Gifts compared: doses donated by China and doses funded by the EU',
      subtitle: 'Doses donated by China (delivered) and EU-funded Pfizer/BioNTech doses (allocated), 2021',
      measure: 'donated and EU-funded vaccine doses',
      unit: { label: 'doses', inUnit: 'in doses', value: (figure: string, _form: Intl.LDMLPluralRule) => `${figure} doses` },
      series: { donated: 'Donated by China', eu: 'EU-funded (allocated)' },
      notes: {
        eu: (note: string) => `EU: ${note}`,
        noSource: (countries: string) => `No source found for a Chinese donation to ${countries}.`,
      },
    },
    'vaccination-coverage': {
      title: 'Where vaccination stood a year later',
      subtitle: 'People fully vaccinated, per cent of the population, 15 March 2022, all vaccine makes',
      measure: 'the share of people fully vaccinated',
      unit: { label: '% of population', inUnit: 'in % of population', value: (figure: string, _form: Intl.LDMLPluralRule) => figure },
      series: { fully: 'Fully vaccinated' },
      notes: { snapshot: 'JHU GovEx snapshot of 15 March 2022, not final totals. Populations: JHU CSSE (2020 basis).' },
    },
    'tech-presence-matrix': {
      title: 'Chinese technology presence, as the report assesses it',
      subtitle: 'By country and field, in the report\'s terms',
      measure: 'Chinese technology presence',
      /** Words in the cells (short); the legend uses data.levels, the report's own terms. */
      cells: { extensive: 'Extensive', present: 'Present', limited: 'Limited', undecided: 'Undecided', notFound: 'Not found' },
      notes: {
        notFound: '"Not found": nothing in the report or in the sources checked; not proof of absence.',
        limited: '"Limited or none": the report\'s words for Kosovo, North Macedonia and Albania, "mainly due to their stronger alignment with the US and EU".',
      },
    },
    'chinese-doses-map': {
      title: 'Chinese vaccine doses per 100 people across the region',
      subtitle: 'Doses bought, and doses donated by China, delivered in 2021, per 100 inhabitants',
      measure: 'Chinese COVID-19 vaccine doses per 100 people (bought and donated, delivered in 2021)',
      unit: 'doses per 100 people',
      columns: { total: 'Chinese doses', class: 'Map class' },
      /** Legend classes, with figures formatted in the language: "None (0)", "Under 10", "10–19.9", "40 or more". */
      classes: {
        none: (zero: string) => `None (${zero})`,
        under: (limit: string) => `Under ${limit}`,
        range: (from: string, to: string) => `${from}–${to}`,
        over: (limit: string) => `${limit} or more`,
        noData: 'No data',
      },
      /** The legend entry of the hatching. */
      hatched: 'Hatched: at least',
      /** Kosovo's zero, said in the alt text and the tooltip. */
      zero: 'a sourced zero',
      /** Parts of a total; one not known makes the total a lower bound: "doses bought not known". */
      parts: { bought: 'doses bought', donated: 'doses donated by China' },
      partUnknown: (part: string) => `${part} not known`,
      notes: { hatched: 'Hatched and ≥: at least that many; the full total was not found. Populations: JHU CSSE lookup table (2020 basis).' },
    },
    'tech-presence-map': {
      title: 'Chinese technology presence across the region, as the report assesses it',
      subtitle: 'Each country at the strongest level the report gives it in any of four fields',
      measure: 'Chinese technology presence as the report assesses it, the strongest level in any of four fields',
      columns: { level: 'Strongest level', fields: 'Fields at that level' },
      /** The fields at a country's level: "all 4 fields", or their names ("telecoms & 5G"). */
      fields: (names: string, count: number, all: boolean) => (all ? `all ${count} fields` : names),
      /** An undecided country: "telecoms & 5G; not found in the other 3 fields". */
      undecided: (fields: string, notFound: string, others: number) => `${fields}; ${lowerFirst(notFound)} in the other ${others === 1 ? 'field' : `${others} fields`}`,
      notes: { derived: 'The strongest of a country\'s levels in the four fields of the matrix; undecided where no field is extensive, present or limited.' },
    },
    'five-g-commitments': {
      title: 'Who signed up against "untrusted" 5G vendors',
      subtitle: '5G security commitments with the US, and the regional 5G Roadmap, by country',
      measure: '5G security commitments',
      noUs: 'no US commitment found',
      notes: {
        monthOnly: (commitment: string, note: string) => `${commitment}: month only${note ? `. ${note}` : ''}`,
        noUs: (countries: string) => `${countries}: no Clean Network membership or US memorandum found in the sources checked.`,
      },
    },
  },
  /** Names that data/ holds as typed records, in this language. */
  data: {
    dimensions: { ...techPresence.dimensions },
    levels: { ...techPresence.levels },
    instruments: { ...fiveG.instruments },
  },
  /** English data text needs no translation. */
  dataText: {} as DataTexts,
}

/** The shape every language's chart words have: English's own. */
export type Words = typeof en
