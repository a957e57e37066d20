import { chartIds } from 'launch-kit/charts/registry'
import { CHART_FAULT_KINDS, DISK_FULL_OUTPUTS, diskFullFor, faultScript, parseFault } from 'launch-kit/scripts/export/faults'
/**
 * The test-only fault switch: off unless DECK_FAULT is set, strict about what it accepts, and aimed at one chart
 * or one output file.
 */
import { describe, expect, it } from 'vitest'

describe('parseFault', () => {
  it('is off when the variable is unset or empty', () => {
    expect(parseFault(undefined)).toBeNull()
    expect(parseFault('')).toBeNull()
  })

  it('reads every chart kind with a registry chart id, and disk-full with an output', () => {
    for (const kind of CHART_FAULT_KINDS)
      expect(parseFault(`${kind}:${chartIds()[0]}`)).toEqual({ kind, chart: chartIds()[0] })
    for (const output of DISK_FULL_OUTPUTS)
      expect(parseFault(`disk-full:${output}`)).toEqual({ kind: 'disk-full', output })
    expect(() => parseFault('disk-full:site')).toThrow(/disk-full:slides\|handout\|manifest/)
  })

  it('refuses a malformed value instead of silently running without the fault', () => {
    expect(() => parseFault('chart-blank')).toThrow(/DECK_FAULT=chart-blank: expected one of chart-blank:<chart-id>/)
    expect(() => parseFault('chart-slow:first-crossings')).toThrow(/expected one of/)
  })

  it('refuses a chart that is not in the registry, listing the valid ids', () => {
    expect(() => parseFault('chart-blank:no-such-chart')).toThrow(/Unknown chart id "no-such-chart". Valid ids:/)
  })
})

describe('faultScript', () => {
  it('targets only the named chart\'s figure', () => {
    for (const kind of CHART_FAULT_KINDS) {
      const script = faultScript({ kind, chart: 'first-crossings' })
      expect(script).toContain('[data-chart-id=\\"first-crossings\\"]')
      // Parsed, not run: the script is meant for a page, and a syntax error here would only show in the browser.
      // eslint-disable-next-line no-new-func
      expect(() => new Function(script)).not.toThrow()
    }
  })
})

describe('diskFullFor', () => {
  const names = { slides: 'deck-slides.pdf', handout: 'deck-handout.pdf' }

  it('aims at the named output only, and at nothing without the fault', () => {
    const full = diskFullFor({ kind: 'disk-full', output: 'manifest' }, names)!
    expect(full('/out/manifest.json')).toBe(true)
    expect(full('/out/deck-slides.pdf')).toBe(false)
    expect(diskFullFor({ kind: 'disk-full', output: 'slides' }, names)!('/out/deck-slides.pdf')).toBe(true)
    expect(diskFullFor(null, names)).toBeUndefined()
    expect(diskFullFor({ kind: 'chart-blank', chart: 'first-crossings' }, names)).toBeUndefined()
  })
})
