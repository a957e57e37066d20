/**
 * The test-only fault switch: off unless DECK_FAULT is set, strict about what it accepts, and aimed at one chart.
 */
import { describe, expect, it } from 'vitest'
import { chartIds } from '../../charts/registry'
import { FAULT_KINDS, faultScript, parseFault } from '../../scripts/lib/export-faults'

describe('parseFault', () => {
  it('is off when the variable is unset or empty', () => {
    expect(parseFault(undefined)).toBeNull()
    expect(parseFault('')).toBeNull()
  })

  it('reads every kind with a registry chart id', () => {
    for (const kind of FAULT_KINDS)
      expect(parseFault(`${kind}:${chartIds[0]}`)).toEqual({ kind, chart: chartIds[0] })
  })

  it('refuses a malformed value instead of silently running without the fault', () => {
    expect(() => parseFault('chart-blank')).toThrow(/DECK_FAULT=chart-blank: expected one of chart-blank:<chart-id>/)
    expect(() => parseFault('chart-slow:first-deliveries')).toThrow(/expected one of/)
  })

  it('refuses a chart that is not in the registry, listing the valid ids', () => {
    expect(() => parseFault('chart-blank:no-such-chart')).toThrow(/Unknown chart id "no-such-chart". Valid ids:/)
  })
})

describe('faultScript', () => {
  it('targets only the named chart\'s figure', () => {
    for (const kind of FAULT_KINDS) {
      const script = faultScript({ kind, chart: 'first-deliveries' })
      expect(script).toContain('[data-chart-id=\\"first-deliveries\\"]')
      expect(() => new Function(script)).not.toThrow()
    }
  })
})
