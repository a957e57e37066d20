/**
 * English: the report's own language and the reference every other language file follows key for key (types.ts).
 * Words that live in data/ (country names, tech-presence fields and levels, 5G instruments) are taken from there,
 * so English is written once. Sentence frames are functions: each language builds its own sentences around the
 * names and figures it is given, in its own word order.
 */
import type { CountryCode } from '../../data/schema'
import type { DataTexts, LanguageMeta } from './meta'
import { countries } from '../../data/countries'
import { fiveG } from '../../data/five-g'
import { techPresence } from '../../data/tech-presence'
import { lowerFirst } from './text'

const meta: LanguageMeta = {
  code: 'en',
  tag: 'en-GB',
  name: 'English',
  reviewed: true,
  provenance: 'The report\'s own language; chart words as written by the project from the report and its sources.',
  intlData: () => Promise.all([
    import('@formatjs/intl-pluralrules/locale-data/en.js'),
    import('@formatjs/intl-numberformat/locale-data/en.js'),
    import('@formatjs/intl-numberformat/locale-data/en-GB.js'),
    import('@formatjs/intl-datetimeformat/locale-data/en.js'),
    import('@formatjs/intl-datetimeformat/locale-data/en-GB.js'),
    import('@formatjs/intl-listformat/locale-data/en.js'),
    import('@formatjs/intl-listformat/locale-data/en-GB.js'),
  ]),
}

/** The six countries, from data/countries.ts: `name` in running text, `short` on an axis. */
const countryNames = Object.fromEntries(countries.map(c => [c.country, { name: c.name, short: c.shortName }])) as Record<CountryCode, { name: string, short: string }>

export const en = {
  meta,
  countries: countryNames,
  words: {
    /** "Source: Reuters; ANSAmed" under a chart. */
    source: (publishers: string) => `Source: ${publishers}`,
    note: (text: string) => `Note: ${text}`,
    /** A source line cut short: "Reuters; ANSAmed; … and 5 more". */
    andMore: (shown: string, more: number) => `${shown} and ${more} more`,
    noData: 'no data',
    notKnown: 'not known',
    none: 'none',
    /** A lower bound in a label: "≥ 252k". */
    bound: (value: string) => `≥ ${value}`,
    /** A lower bound in a table or sentence: "at least 252,000". */
    atLeast: (value: string) => `at least ${value}`,
    noneBy: (date: string) => `none by ${date}`,
    /** A stacked bar's label when some parts are not known: "≥ 30k (bought: no data)". */
    partsMissing: (total: string, parts: string) => `${total} (${parts}: no data)`,
    country: 'Country',
    countryCode: 'Country code',
    total: 'Total',
  },
  kinds: {
    bars: {
      intro: (shape: 'stacked' | 'grouped' | 'single', measure: string, series: string, inUnit: string) => shape === 'stacked'
        ? `Stacked bar chart of ${measure} by country, each bar split into ${series}, ${inUnit}.`
        : shape === 'grouped' ? `Bar chart of ${measure} by country, comparing ${series}, ${inUnit}.` : `Bar chart of ${measure} by country, ${inUnit}.`,
      /** How many times the leader's value the runner-up's is: "twice", "more than 5 times", "at least 3 times". */
      times: (whole: number, how: 'exactly' | 'moreThan' | 'atLeast') => `${how === 'atLeast' ? 'at least ' : how === 'moreThan' ? 'more than ' : ''}${whole === 2 ? 'twice' : `${whole} times`}`,
      leader: (group: string, name: string, value: string, next?: { name: string, value: string, times?: string }) => `${group ? `${group}: ` : ''}${name} is highest with ${value}${
        !next ? '' : next.times ? `, ${next.times} the next, ${next.name} (${next.value})` : `, followed by ${next.name} (${next.value})`}.`,
      rest: (items: string) => `Then ${items}.`,
      zeros: (names: string, group: string) => `${names}: none${group ? ` (${lowerFirst(group)})` : ''}.`,
      unknown: (items: string) => `Not known: ${items}.`,
      bounds: (names: string, count: number) => count === 1
        ? `The figure for ${names} is a lower bound (at least), not a total.`
        : `Figures for ${names} are lower bounds (at least), not totals.`,
    },
    timeline: {
      intro: (measure: string, from: string, to: string) => `Timeline of ${measure} by country, from ${from} to ${to}.`,
      earlier: (series: string, items: string) => `The ${lowerFirst(series)} came earlier in ${items}.`,
      on: (series: string, date: string) => `${lowerFirst(series)} ${date}`,
      notBy: (series: string, date: string) => `no ${lowerFirst(series)} by ${date}`,
      unknown: (series: string) => `${lowerFirst(series)} not known`,
      none: (series: string) => `no ${lowerFirst(series)}`,
      shared: (count: number, series: string, date: string) => `All ${count} countries: ${series} (${date}).`,
    },
    matrix: {
      intro: (measure: string, rows: number, columns: number, names: string) => `Grid of ${measure}: ${rows} countries by ${columns} fields (${names}).`,
      /** "extensive in all 4 fields", "present in telecoms & 5G and IT & data centres". */
      levelIn: (level: string, fields: string, _count: number, all: number) => `${lowerFirst(level)} in ${all === 2 ? 'both fields' : all > 0 ? `all ${all} fields` : fields}`,
    },
    map: {
      intro: (count: number, measure: string) => `Map of the ${count} countries, shaded by ${measure}.`,
      /** A category and its countries: "Under 10: Albania (at least 8.8) and Montenegro (at least 4.8)." */
      group: (category: string, names: string) => `${category}: ${names}.`,
      /** A country with what it holds: "Albania (at least 8.8)". */
      item: (name: string, detail: string) => `${name} (${detail})`,
      /** Countries that all hold the same: "North Macedonia, Albania and Kosovo (all 4 fields, each)". */
      shared: (names: string, detail: string) => `${names} (${detail}, each)`,
      extremes: (high: string, highValue: string, low: string, lowValue: string) => `Highest figure: ${high}, ${highValue}; lowest: ${low}, ${lowValue}.`,
      bounds: (names: string, count: number) => `${count === 1 ? 'Lower bound' : 'Lower bounds'}, hatched: ${names} (at least the figure shown; the total may be higher).`,
      unknown: (name: string) => `${name}: not known.`,
      /** The credit for the shapes, a note on every map. */
      boundaries: 'Boundaries: Natural Earth (public domain).',
    },
  },
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
  kit: {
    /** Shown on every output of a language whose `reviewed` is false. */
    notReviewed: 'Translation not yet reviewed by a native speaker. The report\'s own words are the English ones.',
    presets: { article: 'article', social: 'social', square: 'square' },
    embed: {
      showData: 'Data',
      showChart: 'Chart',
      dataRegion: 'Data',
      dataSeeSources: 'Data: see sources.',
      dataVersion: (version: string) => `Data version ${version}.`,
      download: 'Download:',
      embedPage: 'Embed page',
    },
    gallery: {
      pageTitle: (report: string) => `Charts: ${report}`,
      heading: (report: string) => `Charts from “${report}”`,
      intro: (count: number, presets: string) => `${count} chart${count === 1 ? '' : 's'}, each as PNG (${presets}), SVG, CSV with its sources, JSON metadata with alt text, and an embed page.`,
      relative: 'The snippets use paths relative to this page: put the folder\'s URL in front when you publish it (npm run charts -- --base-url https://…/charts/).',
      absolute: (base: string) => `The snippets point at ${base}.`,
      licence: 'Licence:',
      credit: 'credit',
      embedCode: 'Embed code',
      copy: 'Copy embed code',
      copied: 'Copied',
      pressToCopy: 'Press Ctrl+C to copy',
      altText: 'Alt text',
      language: 'Language',
      /** The gallery's note on embedding: the snippet, the options of the embed page's address, the sandbox. */
      howTo: {
        heading: 'Embedding a chart',
        snippet: 'Paste a chart\'s embed code as it is: the iframe and the short script after it, which fits the frame to the chart at any width. The script only takes the height the chart reports from its own frame, within limits, and loads nothing. Where a page strips scripts, the frame keeps a height that shows the chart whole on a phone.',
        options: 'Options go after embed.html in the iframe\'s address, joined with &, e.g. embed.html?dark=auto&plain=true:',
        dark: 'dark=true draws the chart in its dark theme; dark=auto follows the reader\'s system setting; without it the chart is light.',
        plain: 'plain=true leaves out the title and subtitle, for an article with its own headline; the source line, notes and credit stay.',
        transparent: 'transparent=true leaves out the page background, so the article\'s own shows through.',
        sandbox: (flags: string) => `The iframe is sandboxed (${flags}): the chart page runs its own script, keeps its own address (for its fonts and downloads), opens its sources in a new tab and offers its files for download. It cannot navigate the article, send forms or open dialogs. Host the charts on another origin than the articles (a subdomain will do), so the sandbox holds.`,
      },
    },
    csv: {
      /** Unit words in headers of date and level columns: "First COVAX delivery (date)". */
      date: 'date',
      level: 'level',
      statusColumn: (column: string) => `${column}: status`,
      sources: (publishers: string, json: string) => `Source: ${publishers}. Links to every source: ${json}.`,
      licence: (licence: string, credit: string) => `Chart: ${licence}, credit ${credit}. Data: see sources.`,
      comments: 'Lines starting with "# " after the data rows hold the title, sources, notes, licence and data version.',
      statusCodes: 'Status columns use these codes: exact; at least (a lower bound); not known (the value is left empty, never 0); none; none by this date.',
    },
    licence: {
      appliesTo: 'the charts: PNG and SVG images, embed pages and the tables as laid out here',
      data: 'See sources: each figure is credited to its source and keeps that source\'s terms.',
    },
  },
}
