import { resolveText } from 'launch-kit/scripts/deck/slides'
/**
 * Slide titles as the deck shows them: `{{ $event.… }}` and `{{ $facts.… }}` filled from the launch, as Vue fills
 * them in the built deck, so the export looks for the title the page really prints.
 */
import { describe, expect, it } from 'vitest'

describe('resolveText', () => {
  const scope = { $event: { report: { title: 'Water: who pays', year: 2024 } }, $facts: { total: '4,200' } }

  it('fills dotted paths of $event and $facts', () => {
    expect(resolveText('# {{ $event.report.title }} ({{$facts.total}})', scope)).toBe('# Water: who pays (4,200)')
    expect(resolveText('{{ $event.report.year }}', scope)).toBe('2024')
  })

  it('leaves what it cannot fill as written: an unknown path, an object, another expression', () => {
    expect(resolveText('{{ $event.report.nope }}', scope)).toBe('{{ $event.report.nope }}')
    expect(resolveText('{{ $event.report }}', scope)).toBe('{{ $event.report }}')
    expect(resolveText('{{ 1 + 1 }} and {{ $slidev.nav.currentPage }}', scope)).toBe('{{ 1 + 1 }} and {{ $slidev.nav.currentPage }}')
    expect(resolveText('{{ $facts.total }}', {})).toBe('{{ $facts.total }}')
  })
})
