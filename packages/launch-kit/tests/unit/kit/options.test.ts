/**
 * The chart kit's options: parsed from the command line into one typed object, checked against the registry and
 * the presets, with errors that list the valid values.
 */
import { join } from 'node:path'
import { PRESET_NAMES } from 'launch-kit/charts/presets'
import { chartIds } from 'launch-kit/charts/registry'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { checkKitOptions, KIT_DEFAULTS, KitOptionError, parseKitArgs } from 'launch-kit/scripts/kit/options'
import { chartKind } from 'launch-kit/scripts/kit/stage'
import { describe, expect, it } from 'vitest'

describe('parseKitArgs', () => {
  it('gives the defaults for no arguments', () => {
    expect(parseKitArgs([])).toEqual(KIT_DEFAULTS)
  })

  it('reads lists given with commas or repeated flags, and resolves --out from the project root', () => {
    const options = parseKitArgs(['--only', 'a,b', '--only', 'c', '--preset', 'social', '--out', 'tmp/x', '--transparent', '--base-url', 'https://e.org/c/'])
    expect(options).toEqual({ ...KIT_DEFAULTS, only: ['a', 'b', 'c'], presets: ['social'], out: join(ROOT, 'tmp/x'), transparent: true, baseUrl: 'https://e.org/c/' })
  })

  it('refuses an unknown preset, listing the valid ones', () => {
    expect(() => parseKitArgs(['--preset', 'article,poster'])).toThrow(new KitOptionError(`Unknown preset "poster". Valid presets: ${PRESET_NAMES.join(', ')}.`))
  })

  it('refuses unknown flags with the usage', () => {
    expect(() => parseKitArgs(['--colour'])).toThrow(/Unknown option '--colour'[\s\S]*Usage: npm run charts/)
  })
})

describe('checkKitOptions', () => {
  it('selects every chart and preset by default, in registry order', () => {
    const { ids, presets } = checkKitOptions({}, chartIds())
    expect(ids).toEqual(chartIds())
    expect(presets).toEqual(PRESET_NAMES)
  })

  it('keeps the registry\'s order for --only', () => {
    const [first, second] = chartIds()
    expect(checkKitOptions({ only: [second!, first!] }, chartIds()).ids).toEqual([first, second])
  })

  it('refuses an unknown chart id, listing the valid ones', () => {
    expect(() => checkKitOptions({ only: ['nope'] }, chartIds())).toThrow(`Unknown chart id "nope". Valid ids: ${chartIds().join(', ')}.`)
  })

  it('refuses a base URL that is not https or does not end in a slash', () => {
    expect(() => checkKitOptions({ baseUrl: 'http://e.org/c/' }, chartIds())).toThrow(KitOptionError)
    expect(() => checkKitOptions({ baseUrl: 'https://e.org/c' }, chartIds())).toThrow(/ending in "\/"/)
  })
})

describe('manifest kinds of kit files', () => {
  it.each([
    ['index.html', 'chart-gallery', undefined, 'en'],
    ['index.sq.html', 'chart-gallery', undefined, 'sq'],
    ['fonts/a.woff2', 'chart-gallery', undefined, undefined],
    ['x/x-article.png', 'chart-png', 'x', 'en'],
    ['x/sq/x-article.png', 'chart-png', 'x', 'sq'],
    ['x/x.svg', 'chart-svg', 'x', 'en'],
    ['x/x.csv', 'chart-csv', 'x', 'en'],
    ['x/sr-Latn/x.csv', 'chart-csv', 'x', 'sr-Latn'],
    ['x/x.json', 'chart-json', 'x', 'en'],
    ['x/embed.html', 'chart-embed', 'x', 'en'],
    ['x/sq/embed.html', 'chart-embed', 'x', 'sq'],
    ['x/embed.js', 'chart-embed-asset', 'x', undefined],
    ['x/intl.js', 'chart-embed-asset', 'x', undefined],
    ['x/fonts/a.woff2', 'chart-embed-asset', 'x', undefined],
  ])('%s is %s', (path, kind, chart, lang) => {
    expect(chartKind(path)).toEqual({ kind, ...(chart ? { chart } : {}), ...(lang ? { lang } : {}) })
  })
})
