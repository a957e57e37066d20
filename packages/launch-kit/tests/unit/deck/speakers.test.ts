/**
 * Who speaks on each slide (`speaker:`), as the deck check reads it (scripts/deck/check.ts): a missing or unknown id
 * is a problem naming the file, the line and the slide, checked against the FICTIONAL panel fixture's speakers (a
 * moderator, two authors, a discussant); that fixture and the starter deck of `npm run new` name a listed speaker on
 * every slide.
 */
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chartIds } from 'launch-kit/charts/registry'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { checkDeck } from 'launch-kit/scripts/deck/check'
import { event as templateEvent } from 'launch-kit/template/data/event'
import { event as panelEvent } from 'launch-kit/tests/fixtures/panel/data/event'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const PANEL = join(ENGINE, 'tests', 'fixtures', 'panel', 'slides.md')
const speakers = panelEvent.speakers!

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

const HEAD = '---\ntitle: A test deck\nspeaker: ana\n---\n\n# Opening\n\n<!--\nWhat to say.\n-->\n'
const slide = (frontmatter: string, title: string) => `\n---\n${frontmatter}\n---\n\n# ${title}\n\n<!--\nWhat to say.\n-->\n`

describe('speaker: on every slide', () => {
  it('refuses an unknown id at its line, with the nearest id and the list', async () => {
    const problems = await check(`${HEAD}${slide('minutes: 1\nspeaker: bem', 'Findings')}`)
    expect(problems).toEqual([`deck-${count}.md:14 (slide 2): speaker: bem is not a speaker in data/event.ts; did you mean "ben"? Speakers: moderator (Mo Derator), ana (Ana Example), ben (Ben Sample), cleo (Cleo Placeholder)`])
  })

  it('refuses a slide that names no speaker, at the slide\'s first line', async () => {
    const problems = await check(`${HEAD}${slide('minutes: 1', 'Findings')}${slide('speaker: ben', 'More')}`)
    expect(problems).toEqual([`deck-${count}.md:12 (slide 2): the slide names no speaker: add \`speaker: <id>\` to its frontmatter, one of moderator (Mo Derator), ana (Ana Example), ben (Ben Sample), cleo (Cleo Placeholder) (speakers in data/event.ts)`])
  })

  it('refuses a speaker that is not text, and a qa: that is not true or false', async () => {
    const problems = await check(`${HEAD}${slide('speaker: [ben]', 'A')}${slide('speaker: ben\nqa: yes please', 'B')}`)
    expect(problems).toEqual([
      `deck-${count}.md:13 (slide 2): speaker: ["ben"] is not a speaker in data/event.ts. Speakers: moderator (Mo Derator), ana (Ana Example), ben (Ben Sample), cleo (Cleo Placeholder)`,
      `deck-${count}.md:24 (slide 3): qa: "yes please" is not true or false: write qa: true on the slides of questions from the audience`,
    ])
  })

  it('refuses speaker: when data/event.ts lists no speakers, and asks for none then', async () => {
    expect(await check(`${HEAD}${slide('minutes: 1', 'A')}`, [])).toEqual([`deck-${count}.md:3 (slide 1): speaker: ana names a speaker, but data/event.ts lists none: add the panel as \`speakers\` there, or remove speaker: from the slides`])
    expect(await check(`---\ntitle: A\n---\n\n# A\n\n<!--\nSay.\n-->\n`, [])).toEqual([])
  })

  it('leaves speakers alone when the caller does not check them (a benchmark deck)', async () => {
    const entry = join(dir, 'unchecked.md')
    await writeFile(entry, `${HEAD}${slide('speaker: nobody', 'A')}`)
    expect(await checkDeck({ entry, chartIds: chartIds() })).toEqual([])
  })
})

describe('the decks as written', () => {
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
