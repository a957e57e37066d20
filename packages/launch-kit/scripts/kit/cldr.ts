/**
 * Vite plugins for the kit's browser bundles and FormatJS (charts/i18n/intl-ready.ts):
 * - `withoutFormatJs`: the embed page's script leaves FormatJS out (most readers' browsers format every chart
 *   language themselves); a translated embed page loads intl.js beside it only when its browser cannot;
 * - `trimmedCldr`: intl.js and the render page keep only the CLDR data the charts use. FormatJS's locale-data
 *   files register the whole locale (every currency and unit name, every time-zone name, date intervals); the
 *   charts format decimals, percentages, compact numbers, dates, months, lists and plural forms, so currencies,
 *   units, time-zone names and date-range formats are dropped (about 4/5 of the data). Written here because FormatJS
 *   publishes no trimmed data and its own build tooling is not on npm.
 */
import type { Plugin } from 'vite'

const FORMATJS = /[\\/]@formatjs[\\/]/
const LOCALE_DATA = /[\\/]@formatjs[\\/]intl-(numberformat|datetimeformat)[\\/]locale-data[\\/][^\\/]+\.js$/

/** What the charts never ask of each API's locale data. */
const UNUSED: Record<string, readonly string[]> = {
  NumberFormat: ['currencies', 'units'],
  DateTimeFormat: ['timeZoneName'],
}

export function withoutFormatJs(): Plugin {
  return {
    name: 'chart-kit:without-formatjs',
    enforce: 'pre',
    load(id) {
      return FORMATJS.test(id) ? 'export {}' : null
    },
  }
}

/** Runs a locale-data file against a stand-in Intl and returns the data it registers. */
function registeredData(code: string, api: 'NumberFormat' | 'DateTimeFormat'): { data: Record<string, unknown>, locale: string } {
  let found: { data: Record<string, unknown>, locale: string } | undefined
  const standIn = { [api]: { __addLocaleData: (data: typeof found) => { found = data } } }
  // The files are generated data (an object literal or JSON.parse of one) and a call; nothing else runs.
  // eslint-disable-next-line no-new-func
  new Function('Intl', 'globalThis', code)(standIn, {})
  if (!found)
    throw new Error(`FormatJS locale data registered nothing with Intl.${api}: its file format changed; update scripts/kit/cldr.ts`)
  return found
}

export function trimmedCldr(): Plugin {
  return {
    name: 'chart-kit:trimmed-cldr',
    transform(code, id) {
      const match = LOCALE_DATA.exec(id)
      if (!match)
        return null
      const api = match[1] === 'numberformat' ? 'NumberFormat' : 'DateTimeFormat'
      const entry = registeredData(code, api)
      const data = Object.fromEntries(Object.entries(entry.data).filter(([key]) => !UNUSED[api]!.includes(key)))
      if (api === 'NumberFormat' && data.numbers && typeof data.numbers === 'object')
        data.numbers = Object.fromEntries(Object.entries(data.numbers).filter(([key]) => key !== 'currency'))
      // The constructor reads the interval formats' fallback pattern; the charts never format a range.
      const intervals = entry.data.intervalFormats as { intervalFormatFallback?: string } | undefined
      if (api === 'DateTimeFormat' && intervals)
        data.intervalFormats = { intervalFormatFallback: intervals.intervalFormatFallback }
      const json = JSON.stringify({ ...entry, data })
      return { code: `if (Intl.${api} && typeof Intl.${api}.__addLocaleData === 'function') Intl.${api}.__addLocaleData(${json});\n`, map: null }
    },
  }
}
