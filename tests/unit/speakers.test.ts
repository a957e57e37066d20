/**
 * Who speaks on this deck's slides: one of the two co-authors on every slide (`speaker:` in slides.md), their names
 * read from data/event.ts, never typed into slide text.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chartIds } from 'launch-kit/charts/registry'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { checkDeck } from 'launch-kit/scripts/deck/check'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { describe, expect, it } from 'vitest'
import { event } from '../../data/event'

const speakers = event.speakers!

describe('the decks as written', () => {
  it('this deck names one of the two co-authors on every slide', async () => {
    expect(speakers.map(s => s.name)).toEqual(event.report.authors.map(a => a.name))
    const deck = await readDeck()
    const unnamed = deck.slides.filter(s => !speakers.some(p => p.id === s.speaker)).map(s => s.no)
    expect(unnamed).toEqual([])
    expect(new Set(deck.slides.map(s => s.speaker))).toEqual(new Set(speakers.map(s => s.id)))
    expect(await checkDeck({ chartIds: chartIds(), sessionMinutes: event.plan.sessionMinutes, speakers })).toEqual([])
  })

  it('this deck reads the speakers\' names from data, never types them into slide text', async () => {
    const text = await readFile(join(ROOT, 'slides.md'), 'utf8')
    const body = text.slice(text.indexOf('\n---', 4)) // the slides, after the headmatter (whose info: and author: are metadata)
    const visible = body.replace(/<!--[\s\S]*?-->/g, '')
    for (const s of speakers)
      expect(visible, s.name).not.toContain(s.name)
    expect(visible).toContain('{{ $speakers.avdimetaj.fullName }}')
  })
})
