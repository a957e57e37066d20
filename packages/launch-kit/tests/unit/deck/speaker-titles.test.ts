import { speakersById } from 'launch-kit/live/speakers'
import { resolveText } from 'launch-kit/scripts/deck/slides'
import { event as panelEvent } from 'launch-kit/tests/fixtures/panel/data/event'
/**
 * A slide title that names a speaker from the data (`{{ $speakers.<id>.fullName }}`) reads as the deck renders it,
 * so the export looks for the name the page prints (the FICTIONAL panel's people).
 */
import { describe, expect, it } from 'vitest'

describe('resolveText with $speakers', () => {
  const scope = { $event: panelEvent, $speakers: speakersById(panelEvent) }

  it('fills a speaker\'s name, honorific included, and leaves an unknown id as written', () => {
    expect(resolveText('# {{ $speakers.ben.fullName }} on the third finding', scope)).toBe('# Dr Ben Sample on the third finding')
    expect(resolveText('{{ $speakers.moderator.role }}: {{$speakers.moderator.name}}', scope)).toBe('moderator: Mo Derator')
    expect(resolveText('{{ $speakers.nobody.fullName }}', scope)).toBe('{{ $speakers.nobody.fullName }}')
  })
})
