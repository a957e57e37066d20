/**
 * Who speaks on each slide (`speaker:`), as the deck check reads it (scripts/deck/check.ts): a missing or unknown id
 * is a problem naming the file, the line and the slide; this deck, the FICTIONAL panel fixture (a moderator, two
 * authors, a discussant) and the starter deck of `npm run new` name a listed speaker on every slide.
 */
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chartIds } from 'launch-kit/charts/registry'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { checkDeck } from 'launch-kit/scripts/deck/check'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { event as templateEvent } from 'launch-kit/template/data/event'
import { event as panelEvent } from 'launch-kit/tests/fixtures/panel/event'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../../../data/event'

const PANEL = join(ENGINE, 'tests', 'fixtures', 'panel', 'slides.md')
const speakers = event.speakers!

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-speakers-'))
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

let count = 0
async function check(text: string, list: readonly { id: string, name: string }[] = speakers): Promise<string[]> {
  const entry = join(dir, `deck-${++count}.md`)
  await writeFile(entry, text)
  return checkDeck({ entry, chartIds: chartIds(), speakers: list })
}

const HEAD = '---\ntitle: A test deck\nspeaker: avdimetaj\n---\n\n# Opening\n\n<!--\nWhat to say.\n-->\n'
const slide = (frontmatter: string, title: string) => `\n---\n${frontmatter}\n---\n\n# ${title}\n\n<!--\nWhat to say.\n-->\n`

describe('speaker: on every slide', () => {
  it('refuses an unknown id at its line, with the nearest id and the list', async () => {
    const problems = await check(`${HEAD}${slide('minutes: 1\nspeaker: ilazy', 'Findings')}`)
    expect(problems).toEqual([`deck-${count}.md:14 (slide 2): speaker: ilazy is not a speaker in data/event.ts; did you mean "ilazi"? Speakers: avdimetaj (Teuta Avdimetaj), ilazi (Ramadan Ilazi)`])
  })

  it('refuses a slide that names no speaker, at the slide\'s first line', async () => {
    const problems = await check(`${HEAD}${slide('minutes: 1', 'Findings')}${slide('speaker: ilazi', 'More')}`)
    expect(problems).toEqual([`deck-${count}.md:12 (slide 2): the slide names no speaker: add \`speaker: <id>\` to its frontmatter, one of avdimetaj (Teuta Avdimetaj), ilazi (Ramadan Ilazi) (speakers in data/event.ts)`])
  })

  it('refuses a speaker that is not text, and a qa: that is not true or false', async () => {
    const problems = await check(`${HEAD}${slide('speaker: [ilazi]', 'A')}${slide('speaker: ilazi\nqa: yes please', 'B')}`)
    expect(problems).toEqual([
      `deck-${count}.md:13 (slide 2): speaker: ["ilazi"] is not a speaker in data/event.ts. Speakers: avdimetaj (Teuta Avdimetaj), ilazi (Ramadan Ilazi)`,
      `deck-${count}.md:24 (slide 3): qa: "yes please" is not true or false: write qa: true on the slides of questions from the audience`,
    ])
  })

  it('refuses speaker: when data/event.ts lists no speakers, and asks for none then', async () => {
    expect(await check(`${HEAD}${slide('minutes: 1', 'A')}`, [])).toEqual([`deck-${count}.md:3 (slide 1): speaker: avdimetaj names a speaker, but data/event.ts lists none: add the panel as \`speakers\` there, or remove speaker: from the slides`])
    expect(await check(`---\ntitle: A\n---\n\n# A\n\n<!--\nSay.\n-->\n`, [])).toEqual([])
  })

  it('leaves speakers alone when the caller does not check them (a benchmark deck)', async () => {
    const entry = join(dir, 'unchecked.md')
    await writeFile(entry, `${HEAD}${slide('speaker: nobody', 'A')}`)
    expect(await checkDeck({ entry, chartIds: chartIds() })).toEqual([])
  })
})

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

  it('the FICTIONAL panel fixture passes with its moderator, authors and discussant', async () => {
    expect(panelEvent.speakers!.map(s => s.role)).toEqual(['moderator', 'author', 'author', 'discussant'])
    expect(await checkDeck({ entry: PANEL, chartIds: [], sessionMinutes: panelEvent.plan.sessionMinutes, speakers: panelEvent.speakers })).toEqual([])
  })

  it('the starter deck of npm run new names a placeholder speaker on every slide', async () => {
    expect(templateEvent.speakers!.map(s => s.name)).toEqual(['Speaker One (placeholder)', 'Speaker Two (placeholder)'])
    const problems = await checkDeck({ entry: join(ENGINE, 'template', 'slides.md'), chartIds: ['sample-bars', 'sample-map'], sessionMinutes: templateEvent.plan.sessionMinutes, speakers: templateEvent.speakers })
    expect(problems).toEqual([])
  })
})
