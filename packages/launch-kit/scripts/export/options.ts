/**
 * The flags of `npm run export`, parsed once into one typed object. Every default lives in EXPORT_FLAGS.
 * `npm run charts` is this export with only the chart kit (chartsOnly): its own flags choose charts and presets.
 *
 *   --only slides|handout|run-of-show|charts|site   what to write (repeatable or a comma list; default: all five)
 *   --out DIR                    export folder, relative to the project root (default: exports)
 *   --browser PATH               the Chromium or Chrome to drive (default: found by scripts/browser/launch.ts)
 *   --timeout MS                 how long a slide or chart may take to become ready (default: 30000)
 *   --no-cache                   make everything again: reuse no cached figure or built deck (output/cache.ts)
 */
import type { ParseArgsConfig } from 'node:util'
import type { ChartKitOptions } from '../kit/index'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '../core/index'
import { KIT_DEFAULTS } from '../kit/index'

export const PRODUCTS = ['slides', 'handout', 'run-of-show', 'charts', 'site'] as const
export type Product = (typeof PRODUCTS)[number]

export interface ExportOptions {
  /** What this run writes, in PRODUCTS order. */
  only: Product[]
  /** Absolute path of the export folder. */
  out: string
  /** An explicit browser executable, or undefined to search the usual places. */
  browser: string | undefined
  /** Milliseconds a readiness wait may take before the export fails. */
  timeout: number
  help: boolean
  /** false (--no-cache): nothing is reused from the project's cache; what is made is still stored in it. */
  cache: boolean
  /** What the chart kit draws (npm run charts chooses; the export draws every chart and preset). */
  kit: KitChoice
  /** The command the lock names to a second run ('npm run export', 'npm run charts'). */
  command: string
}

export type KitChoice = Pick<ChartKitOptions, 'only' | 'presets' | 'transparent' | 'baseUrl'>

const DEFAULT_TIMEOUT = 30_000

export const EXPORT_FLAGS = {
  'only': { type: 'string', multiple: true, default: [...PRODUCTS] },
  'out': { type: 'string', default: 'exports' },
  'browser': { type: 'string' },
  'timeout': { type: 'string', default: String(DEFAULT_TIMEOUT) },
  'no-cache': { type: 'boolean', default: false },
  'help': { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options']

export const EXPORT_USAGE = `Usage: npm run export -- [--only slides|handout|run-of-show|charts|site] [--out DIR] [--browser PATH] [--timeout MS] [--no-cache]
  --only      what to write; repeat it or give a comma list (default: slides,handout,run-of-show,charts,site)
              (run-of-show is the moderator's A4 timetable; charts is the article chart kit, also on its own as
              npm run charts)
  --out       export folder, relative to the project root (default: exports)
  --browser   path of the Chromium or Chrome to use (default: CHROMIUM_PATH, Playwright's, then the system's)
  --timeout   ms a slide or chart may take to become ready (default: 30000)
  --no-cache  make everything again (a cold run): reuse no figure or built deck from node_modules/.cache`

export class UsageError extends Error {
  override name = 'UsageError'
}

function parseProducts(values: readonly string[]): Product[] {
  const asked = values.flatMap(v => v.split(',')).map(v => v.trim()).filter(Boolean)
  const unknown = asked.filter(v => !(PRODUCTS as readonly string[]).includes(v))
  if (unknown.length > 0)
    throw new UsageError(`--only ${unknown.join(',')}: unknown output. Choose from ${PRODUCTS.join(', ')} (e.g. --only slides,handout).`)
  if (asked.length === 0)
    throw new UsageError(`--only needs at least one of ${PRODUCTS.join(', ')}.`)
  return PRODUCTS.filter(p => asked.includes(p))
}

function parseTimeout(text: string): number {
  const ms = Number(text)
  if (!Number.isInteger(ms) || ms <= 0)
    throw new UsageError(`--timeout ${text}: expected a whole number of milliseconds, e.g. --timeout 60000.`)
  return ms
}

export function parseExportArgs(args: readonly string[]): ExportOptions {
  let values
  try {
    ({ values } = parseArgs({ args: [...args], options: EXPORT_FLAGS, strict: true, allowPositionals: false }))
  }
  catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${EXPORT_USAGE}`)
  }
  return {
    only: parseProducts(values.only),
    out: resolve(ROOT, values.out),
    browser: values.browser,
    timeout: parseTimeout(values.timeout),
    help: values.help,
    cache: !values['no-cache'],
    kit: kitChoice(KIT_DEFAULTS),
    command: 'npm run export',
  }
}

function kitChoice(kit: Partial<ChartKitOptions>): KitChoice {
  const { only, presets, transparent, baseUrl } = { ...KIT_DEFAULTS, ...kit }
  return { only, presets, transparent, baseUrl }
}

/** `npm run charts`: the export of the chart kit alone, with the kit's options (kit/options.ts). */
export function chartsOnly(kit: Partial<ChartKitOptions>): ExportOptions {
  return {
    only: ['charts'],
    out: kit.out ?? KIT_DEFAULTS.out,
    browser: kit.browser,
    timeout: DEFAULT_TIMEOUT,
    help: false,
    cache: kit.cache ?? true,
    kit: kitChoice(kit),
    command: 'npm run charts',
  }
}
