import { faultScript, labelDrift, OUTSIDE_FONT_URL, parseFault } from 'launch-kit/scripts/export/faults'
/**
 * The page faults that reach the export's own checks from inside the print page: a font from an address off this
 * machine (the "network" check) and one value label drawn other than the data says (the PDF label check).
 */
import { describe, expect, it } from 'vitest'

describe('outside-font and label-drift', () => {
  it('parse without a target, and refuse one', () => {
    expect(parseFault('outside-font')).toEqual({ kind: 'outside-font' })
    expect(parseFault('label-drift')).toEqual({ kind: 'label-drift' })
    expect(() => parseFault('label-drift:first-deliveries')).toThrow(/expected one of/)
  })

  it('write page scripts that parse, aimed at the print page', () => {
    for (const kind of ['outside-font', 'label-drift'] as const) {
      const script = faultScript({ kind })
      expect(script).toContain('location.pathname.endsWith(\'/print\')')
      // eslint-disable-next-line no-new-func
      expect(() => new Function(script)).not.toThrow()
    }
    expect(faultScript({ kind: 'outside-font' })).toContain(OUTSIDE_FONT_URL)
    expect(new URL(OUTSIDE_FONT_URL).hostname).not.toMatch(/^(?:127\.0\.0\.1|localhost)$/)
  })

  it('label-drift changes one digit of a value label the data gives, in the drawing\'s configuration only', () => {
    const drift = labelDrift()
    expect(drift.drawn).not.toBe(drift.label)
    expect(drift.drawn.replace(/\d/g, '#')).toBe(drift.label.replace(/\d/g, '#'))
    const script = faultScript({ kind: 'label-drift' })
    expect(script).toContain(JSON.stringify(drift.label))
    expect(script).toContain(JSON.stringify(drift.drawn))
  })
})
