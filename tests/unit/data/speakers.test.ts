/**
 * The panel as data (data/event.ts `speakers`, engine schema data/event.schema.ts): each person sourced like every
 * other fact, an author on the panel one of the report's authors, ids unique; and the names as slide text and the
 * presenter view read them (live/speakers.ts).
 */
import type { LaunchEvent, Speaker } from 'launch-kit/data/event.schema'
import { eventSchema } from 'launch-kit/data/event.schema'
import { speakerLine } from 'launch-kit/live/links'
import { fullName, speakerLabel, speakersById } from 'launch-kit/live/speakers'
import { event as panelEvent } from 'launch-kit/tests/fixtures/panel/data/event'
import { describe, expect, it } from 'vitest'
import { event } from '../../../data/event'
import { sources } from '../../../data/sources'

function problems(changed: LaunchEvent): string[] {
  const result = eventSchema.safeParse(changed)
  return result.success ? [] : result.error.issues.map(i => `${i.path.join('.')}: ${i.message}`)
}

describe('this launch\'s speakers', () => {
  it('are the two co-authors the Sbunker and QKSS pages and The Geopost name, with those sources and no affiliation', () => {
    expect(problems(event)).toEqual([])
    expect(event.speakers!.map(s => [s.id, fullName(s), s.role])).toEqual([['avdimetaj', 'Teuta Avdimetaj', 'author'], ['ilazi', 'Dr Ramadan Ilazi', 'author']])
    for (const speaker of event.speakers!) {
      expect(speaker.sources.map(s => s.url), speaker.id).toEqual([sources.sbunkerReport.url, sources.qkssReport.url, sources.geopostLaunch.url])
      // No source in data/sources.ts or the dossier states an affiliation for either; none may be made up.
      expect(speaker.affiliation, speaker.id).toBeUndefined()
    }
  })

  it('are what slide text reads as $speakers and the closing slides list', () => {
    const byId = speakersById(event)
    expect(byId.ilazi?.fullName).toBe('Dr Ramadan Ilazi')
    expect(byId.avdimetaj?.fullName).toBe('Teuta Avdimetaj')
    expect(speakerLine(event)).toBe('Teuta Avdimetaj · Dr Ramadan Ilazi')
  })
})

describe('the schema', () => {
  const [first, second] = event.speakers!

  it('refuses an author who is not one of the report\'s authors, spelled the same', () => {
    expect(problems({ ...event, speakers: [first!, { ...second!, name: 'Ramadan Illazi' }] })).toEqual(['speakers.1.name: Ramadan Illazi has the role author but is not one of report.authors (Teuta Avdimetaj, Ramadan Ilazi) with the same name and honorific'])
    expect(problems({ ...event, speakers: [first!, { ...second!, honorific: undefined }] })).toHaveLength(1)
  })

  it('refuses a second speaker with the same id, an unknown role, an id slide text cannot read as $speakers.<id> and a speaker without sources', () => {
    expect(problems({ ...event, speakers: [first!, { ...second!, id: 'avdimetaj' }] })).toEqual(['speakers.1.id: "avdimetaj" is listed twice: each speaker needs an id of their own'])
    expect(problems({ ...event, speakers: [{ ...first!, role: 'keynote' as 'author' }] })).toEqual(['speakers.0.role: expected one of author, moderator, discussant'])
    for (const id of ['Teuta A', 'teuta-a', '2teuta'])
      expect(problems({ ...event, speakers: [{ ...first!, id }] }), id).toEqual(['speakers.0.id: expected lower-case letters and digits, starting with a letter, such as "moderator" or "author2" (slide text reads it as $speakers.<id>)'])
    expect(problems({ ...event, speakers: [{ ...first!, sources: [] as unknown as Speaker['sources'] }] })).toEqual(['speakers.0.sources: needs at least one source'])
  })

  it('takes a launch without speakers, but not an empty list', () => {
    expect(problems({ ...event, speakers: undefined })).toEqual([])
    expect(problems({ ...event, speakers: [] })).toEqual(['speakers: list at least one speaker, or leave speakers out'])
  })

  it('takes the FICTIONAL panel: a moderator with an affiliation, two authors, a discussant', () => {
    expect(problems(panelEvent)).toEqual([])
    expect(panelEvent.speakers!.map(s => speakerLabel(speakersById(panelEvent)[s.id]!))).toEqual([
      'Mo Derator (moderator, Institute of Examples (fictional))',
      'Ana Example (author)',
      'Dr Ben Sample (author)',
      'Cleo Placeholder (discussant)',
    ])
  })
})
