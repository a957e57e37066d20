/**
 * The deck check (scripts/deck/check.ts) on small decks written to a temporary project (with the fixture's
 * node_modules linked, so Slidev's and the theme's layouts are found as they are for slides.md), and on the fixture
 * deck's slides.md.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chartIds } from 'launch-kit/charts/registry'
import { ROOT, SLIDES } from 'launch-kit/scripts/core/paths'
import { checkDeck, sessionOf } from 'launch-kit/scripts/deck/check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { event } from '../../fixtures/atlas/data/event'

let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-check-'))
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await mkdir(join(dir, 'layouts'))
  await writeFile(join(dir, 'layouts', 'holding.vue'), '<template><slot /></template>\n')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

let count = 0
/** Writes a deck (slides joined by `---` lines, the first with its headmatter) and checks it. */
async function check(text: string, sessionMinutes?: number): Promise<string[]> {
  const entry = join(dir, `deck-${++count}.md`)
  await writeFile(entry, text)
  return checkDeck({ entry, chartIds: chartIds(), sessionMinutes })
}

const HEAD = '---\ntitle: A test deck\nlayout: holding\nminutes: 0\n---\n\n# Waiting\n'
const NOTE = '\n<!--\nWhat to say.\n-->\n'

describe('the fixture deck', () => {
  it('passes, with the session\'s minutes checked', async () => {
    expect(sessionOf(SLIDES, event.plan.sessionMinutes)).toBe(event.plan.sessionMinutes)
    expect(await checkDeck({ chartIds: chartIds(), sessionMinutes: event.plan.sessionMinutes })).toEqual([])
  })
})

describe('charts', () => {
  it('names the file, the line, the slide and the nearest id for a misspelt chart id', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\n---\n\n# Visits\n\n<ChartFigure id="harbour-visit" />\n${NOTE}`)
    expect(problems).toEqual([`deck-${count}.md:15 (slide 2): <ChartFigure id="harbour-visit"> names no chart in charts/index.ts; did you mean "harbour-visits"? Known ids: ${chartIds().join(', ')}`])
  })

  it('reads ids in any case and spelling, on a tag split over lines, for every component that looks a chart up', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\n---\n\n# Visits\n\n<DataTable\n  class="x"\n  id='Harbour_Services'\n/>\n${NOTE}`)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^deck-\d+\.md:15 \(slide 2\): <DataTable id="Harbour_Services"> names no chart in charts\/index\.ts; did you mean "harbour-services"\?/)
  })

  it('refuses a chart tag without an id, and leaves a bound id to the built deck', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\n---\n\n# A\n\n<ChartFigure />\n\n<ChartFigure :id="ids[0]" />\n${NOTE}`)
    expect(problems).toEqual([`deck-${count}.md:15 (slide 2): <ChartFigure> names no chart: add id="…" with one of ${chartIds().join(', ')} (charts/index.ts)`])
  })

  it('does not read a tag inside a comment or a code block as a chart', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\n---\n\n# How to place a chart\n\n\`\`\`html\n<ChartFigure id="your-chart-id" />\n\`\`\`\n\n<!--\nSay: the tag <ChartFigure id="nothing" /> places a chart.\n-->\n`)
    expect(problems).toEqual([])
  })
})

describe('layouts', () => {
  it('knows the project\'s, the theme\'s and Slidev\'s own layouts', async () => {
    const slides = ['holding', 'quote', 'statement', 'two-cols', 'center', 'end'].map(layout => `---\nlayout: ${layout}\nminutes: 1\n---\n\n# ${layout}\n${NOTE}`)
    expect(await check(`${HEAD}\n${slides.join('\n')}`)).toEqual([])
  })

  it('refuses a layout that exists nowhere, naming the nearest and its line', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\nlayout: qoute\n---\n\n# A quote\n${NOTE}`)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^deck-\d+\.md:11 \(slide 2\): layout "qoute" does not exist; did you mean "quote"\? Layouts: /)
    expect(problems[0]!.split('Layouts: ')[1]!.split(/[ ,(]+/)).toEqual(expect.arrayContaining(['holding', 'quote', 'two-cols']))
  })
})

describe('minutes', () => {
  it('refuses a negative, a text or a non-finite budget, at its line', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: -2\n---\n\n# A\n${NOTE}\n---\nminutes: two\n---\n\n# B\n${NOTE}\n---\nminutes: .inf\n---\n\n# C\n${NOTE}`, 45)
    expect(problems).toEqual([
      `deck-${count}.md:10 (slide 2): minutes: -2 is not a time budget: write a number of minutes, 0 or more (e.g. minutes: 2)`,
      `deck-${count}.md:20 (slide 3): minutes: "two" is not a time budget: write a number of minutes, 0 or more (e.g. minutes: 2)`,
      `deck-${count}.md:30 (slide 4): minutes: Infinity is not a time budget: write a number of minutes, 0 or more (e.g. minutes: 2)`,
    ])
  })

  it('adds the budgets up against the session', async () => {
    const deck = `${HEAD}\n---\nminutes: 2\n---\n\n# A\n${NOTE}\n---\nminutes: 1.5\n---\n\n# B\n${NOTE}`
    expect(await check(deck, 3.5)).toEqual([])
    expect(await check(deck, 45)).toEqual([`deck-${count}.md: the slides' minutes add up to 3.5, not the session's 45 (plan.sessionMinutes in data/event.ts). Change a slide's minutes: or the session length. Slide:minutes 1:0 2:2 3:1.5`])
    expect(await check(deck)).toEqual([])
  })

  it('refuses a presenter-timer duration other than the session, read as Slidev reads it', async () => {
    const problems = await check(`---\ntitle: A\nduration: 30min\nlayout: holding\nminutes: 45\n---\n\n# A\n`, 45)
    expect(problems).toEqual([`deck-${count}.md:3 (headmatter): duration: 30min is not the session's 45min (plan.sessionMinutes in data/event.ts): the presenter timer's bar would run over a different length`])
    expect(await check(`---\ntitle: A\nduration: '45:00'\nlayout: holding\nminutes: 45\n---\n\n# A\n`, 45)).toEqual([])
    expect(await check(`---\ntitle: A\nduration: 1h\nlayout: holding\nminutes: 60\n---\n\n# A\n`, 60)).toEqual([])
  })
})

describe('notes', () => {
  it('wants notes on every content slide, not on the holding or end slide', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\n---\n\n# Findings\n\nNo notes here.\n\n---\nlayout: end\n---\n\n# The end\n`)
    expect(problems).toEqual([`deck-${count}.md:9 (slide 2): this slide has no speaker notes ("Findings"): add them at the end of the slide as <!-- … -->; only holding and end slides may go without`])
  })

  it('does not count an empty comment as notes', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\n---\n\n# Findings\n\n<!--   -->\n`)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('(slide 2): this slide has no speaker notes ("Findings")')
  })

  it('refuses {{ … }} in notes, which Slidev leaves as written there, and lets it be in the slide\'s text', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: 1\n---\n\n# {{ $event.report.title }}\n\n<!--\nWe counted {{ $facts.total }} meters.\n-->\n`)
    expect(problems).toEqual([`deck-${count}.md:9 (slide 2): the speaker notes hold {{ $facts.total }}, which Slidev does not fill in notes ("{{ $event.report.title }}"): the presenter view and the handout would show it as written. Write the figure in words, or put it in the slide's text`])
  })
})

describe('the deck as a whole', () => {
  it('names a theme that is not installed, whose layouts cannot be checked', async () => {
    const problems = await check(`---\ntitle: A\ntheme: seriphh\nlayout: holding\nminutes: 0\n---\n\n# A\n`)
    expect(problems).toEqual([`deck-${count}.md:3 (headmatter): the theme "seriphh" is not installed (npm install it, or fix the name): its layouts cannot be checked`])
  })

  it('names a deck that cannot be read', async () => {
    const problems = await checkDeck({ entry: join(dir, 'missing.md'), chartIds: chartIds() })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^missing\.md: the deck cannot be read: ENOENT/)
  })
})

describe('frontmatter', () => {
  it('refuses frontmatter that is not YAML, at the slide\'s first line', async () => {
    const problems = await check(`${HEAD}\n---\nminutes: [1\nlayout: chart\n---\n\n# A\n${NOTE}`)
    expect(problems[0]).toMatch(/^deck-\d+\.md:9 \(slide 2\): the frontmatter is not valid YAML: /)
  })
})
