/**
 * The export's flags: one typed object, defaults in one place, lists by comma or repetition, and errors that say
 * what to type instead.
 */
import { join } from 'node:path'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { chartsOnly, parseExportArgs, PRODUCTS, UsageError } from 'launch-kit/scripts/export/options'
import { parseKitArgs } from 'launch-kit/scripts/kit/options'
import { describe, expect, it } from 'vitest'

describe('parseExportArgs', () => {
  it('writes everything into exports/ by default', () => {
    expect(parseExportArgs([])).toEqual({
      only: [...PRODUCTS],
      out: join(ROOT, 'exports'),
      browser: undefined,
      timeout: 30_000,
      help: false,
      cache: true,
      kit: { only: [], presets: [], transparent: false, baseUrl: '' },
      command: 'npm run export',
    })
  })

  it('reads --only as a comma list or repeated, in a fixed order, without duplicates', () => {
    expect(parseExportArgs(['--only', 'site,slides']).only).toEqual(['slides', 'site'])
    expect(parseExportArgs(['--only', 'handout', '--only', 'slides', '--only', 'handout']).only).toEqual(['slides', 'handout'])
  })

  it('resolves --out from the project root and keeps an absolute path', () => {
    expect(parseExportArgs(['--out', 'tmp/x']).out).toBe(join(ROOT, 'tmp/x'))
    expect(parseExportArgs(['--out', '/tmp/deck-out']).out).toBe('/tmp/deck-out')
  })

  it('reads --no-cache as a cold run', () => {
    expect(parseExportArgs(['--no-cache']).cache).toBe(false)
    expect(chartsOnly(parseKitArgs([])).cache).toBe(true)
  })

  it('passes --browser and --timeout through', () => {
    const options = parseExportArgs(['--browser', '/opt/chrome', '--timeout', '5000'])
    expect(options.browser).toBe('/opt/chrome')
    expect(options.timeout).toBe(5000)
  })

  it('refuses an unknown output, naming the valid ones', () => {
    expect(() => parseExportArgs(['--only', 'slides,pptx'])).toThrow(new UsageError('--only pptx: unknown output. Choose from slides, handout, run-of-show, charts, site (e.g. --only slides,handout).'))
  })

  it('refuses a timeout that is not a positive whole number', () => {
    expect(() => parseExportArgs(['--timeout', '5s'])).toThrow(UsageError)
    expect(() => parseExportArgs(['--timeout', '0'])).toThrow(/--timeout 0: expected a whole number of milliseconds/)
  })

  it('refuses unknown flags and positionals with the usage', () => {
    expect(() => parseExportArgs(['--format', 'pptx'])).toThrow(/Unknown option '--format'[\s\S]*Usage: npm run export/)
    expect(() => parseExportArgs(['slides.md'])).toThrow(/Usage: npm run export/)
  })
})

describe('chartsOnly', () => {
  it('makes npm run charts the export of the chart kit alone, with the kit\'s own flags', () => {
    const options = chartsOnly(parseKitArgs(['--only', 'a,b', '--preset', 'social', '--transparent', '--base-url', '/charts/', '--out', 'x', '--browser', '/opt/chrome', '--no-cache']))
    expect(options).toEqual({
      only: ['charts'],
      out: join(ROOT, 'x'),
      browser: '/opt/chrome',
      timeout: 30_000,
      help: false,
      cache: false,
      kit: { only: ['a', 'b'], presets: ['social'], transparent: true, baseUrl: '/charts/' },
      command: 'npm run charts',
    })
    expect(chartsOnly({}).out).toBe(join(ROOT, 'exports'))
  })
})
