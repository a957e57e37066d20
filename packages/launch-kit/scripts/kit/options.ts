/**
 * The chart kit's options: one typed object, its defaults in one place, parsed from the command line with
 * node:util parseArgs, and checked against the registry and the presets before anything is written.
 */
import type { PresetName } from '../../charts/presets'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isPresetName, PRESET_NAMES } from '../../charts/presets'
import { DEFAULT_OUT, ROOT } from '../core/index'

export interface ChartKitOptions {
  /** Chart ids to write; empty means every chart in the registry. */
  only: string[]
  /** PNG presets to write; empty means all of them. */
  presets: PresetName[]
  /** The export folder: charts go to <out>/charts/, the manifest is <out>/manifest.json. */
  out: string
  /** PNGs and the SVG without the paper fill. */
  transparent: boolean
  /** Chromium or Chrome to use, when the kit launches its own (see scripts/browser/launch.ts). */
  browser?: string
  /** Where exports/charts/ will be published, put in front of the gallery's iframe snippets ('' = relative). */
  baseUrl: string
  /** false (--no-cache): draw every figure, reusing none from the cache. */
  cache?: boolean
}

export const KIT_DEFAULTS: ChartKitOptions = {
  only: [],
  presets: [],
  out: DEFAULT_OUT,
  transparent: false,
  baseUrl: '',
}

/** A wrong option: the message names the valid values. Nothing has been written when it is thrown. */
export class KitOptionError extends Error {
  override name = 'KitOptionError'
}

export const KIT_USAGE = `Usage: npm run charts -- [options]
  --only <id,...>       charts to write (default: all)
  --preset <name,...>   PNG presets: ${PRESET_NAMES.join(', ')} (default: all)
  --out DIR             export folder; charts go to DIR/charts (default: exports)
  --transparent         PNGs and SVG without a background fill
  --browser PATH        Chromium or Chrome executable
  --base-url URL        where DIR/charts is published, for the gallery's iframe snippets
  --no-cache            draw every figure again, reusing none from node_modules/.cache`

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap(v => v.split(',')).map(v => v.trim()).filter(Boolean)
}

/** Command-line arguments to options; the registry check comes later (checkKitOptions), after the data gate. */
export function parseKitArgs(args: readonly string[]): ChartKitOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        'only': { type: 'string', multiple: true },
        'preset': { type: 'string', multiple: true },
        'out': { type: 'string' },
        'transparent': { type: 'boolean' },
        'browser': { type: 'string' },
        'base-url': { type: 'string' },
        'no-cache': { type: 'boolean' },
      },
    })
  }
  catch (error) {
    throw new KitOptionError(`${(error as Error).message}\n${KIT_USAGE}`)
  }
  const { values } = parsed
  const presets = list(values.preset)
  const unknown = presets.filter(p => !isPresetName(p))
  if (unknown.length > 0)
    throw new KitOptionError(`Unknown preset${unknown.length > 1 ? 's' : ''} ${unknown.map(p => `"${p}"`).join(', ')}. Valid presets: ${PRESET_NAMES.join(', ')}.`)
  return {
    ...KIT_DEFAULTS,
    only: list(values.only),
    presets: presets as PresetName[],
    ...(values.out !== undefined ? { out: resolve(ROOT, values.out) } : {}),
    ...(values.transparent !== undefined ? { transparent: values.transparent } : {}),
    ...(values.browser !== undefined ? { browser: values.browser } : {}),
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
    ...(values['no-cache'] ? { cache: false } : {}),
  }
}

/** Fills in defaults and checks ids and presets; returns the charts and presets the run will write, in order. */
export function checkKitOptions(options: Partial<ChartKitOptions>, chartIds: readonly string[]): { options: ChartKitOptions, ids: string[], presets: PresetName[] } {
  const full: ChartKitOptions = { ...KIT_DEFAULTS, ...options }
  const unknownIds = full.only.filter(id => !chartIds.includes(id))
  if (unknownIds.length > 0)
    throw new KitOptionError(`Unknown chart id${unknownIds.length > 1 ? 's' : ''} ${unknownIds.map(id => `"${id}"`).join(', ')}. Valid ids: ${chartIds.join(', ')}.`)
  const unknownPresets = full.presets.filter(p => !isPresetName(p))
  if (unknownPresets.length > 0)
    throw new KitOptionError(`Unknown preset${unknownPresets.length > 1 ? 's' : ''} ${unknownPresets.map(p => `"${p}"`).join(', ')}. Valid presets: ${PRESET_NAMES.join(', ')}.`)
  if (full.baseUrl && !/^(?:https:\/\/|\/)[^\s"<>]*\/$/.test(full.baseUrl))
    throw new KitOptionError(`--base-url "${full.baseUrl}": give an https:// URL or an absolute path ending in "/", e.g. https://example.org/charts/.`)
  const ids = full.only.length > 0 ? chartIds.filter(id => full.only.includes(id)) : [...chartIds]
  const presets = full.presets.length > 0 ? PRESET_NAMES.filter(p => full.presets.includes(p)) : [...PRESET_NAMES]
  return { options: full, ids, presets }
}
