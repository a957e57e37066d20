/**
 * The engine's own words in English, the reference every other language's engine words follow key for key
 * (../types.ts): the words around every chart ("Source:", "no data", "at least"), the sentence frames each chart kind
 * builds its alt text with, and the chart kit's pages. A launch's chart words live in the launch (its
 * charts/words/<lang>.ts). Sentence frames are functions: each language builds its own sentences around the names
 * and figures it is given, in its own word order.
 */
import type { LanguageMeta } from '../meta'

import { lowerFirst } from '../text'

const PROVENANCE = 'The engine\'s reference language: its words as written for the engine.'

const meta: LanguageMeta = {
  code: 'en',
  tag: 'en-GB',
  name: 'English',
  reviewed: true,
  provenance: PROVENANCE,
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

export const en = {
  meta,
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
      /** "extensive in all 4 fields", "present in water and energy". */
      levelIn: (level: string, fields: string, _count: number, all: number) => `${lowerFirst(level)} in ${all === 2 ? 'both fields' : all > 0 ? `all ${all} fields` : fields}`,
    },
    map: {
      intro: (count: number, measure: string) => `Map of the ${count} countries, shaded by ${measure}.`,
      /** A category and its countries: "Under 10: Mali (at least 8.8) and Niger (at least 4.8)." */
      group: (category: string, names: string) => `${category}: ${names}.`,
      /** A country with what it holds: "Albania (at least 8.8)". */
      item: (name: string, detail: string) => `${name} (${detail})`,
      /** Countries that all hold the same: "North Macedonia, Albania and Kosovo (all 4 fields, each)". */
      shared: (names: string, detail: string) => `${names} (${detail}, each)`,
      extremes: (high: string, highValue: string, low: string, lowValue: string) => `Highest figure: ${high}, ${highValue}; lowest: ${low}, ${lowValue}.`,
      bounds: (names: string, count: number) => `${count === 1 ? 'Lower bound' : 'Lower bounds'}, hatched: ${names} (at least the figure shown; the total may be higher).`,
      unknown: (name: string) => `${name}: not known.`,
      /** The credit for the shapes, a note on every map. */
      /** The legend entry of the hatching, on a map where a figure is a lower bound. */
      hatched: 'Hatched: at least',
      boundaries: 'Boundaries: Natural Earth (public domain).',
    },
  },
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
      /** Unit words in headers of date and level columns: "First delivery (date)". */
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
