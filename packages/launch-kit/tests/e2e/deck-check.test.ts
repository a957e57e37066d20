/**
 * Mistakes in slides.md that used to pass `npm run check` (a misspelt chart id cost a 15 s build and a 30 s wait in
 * the export before it was named). For each, in a copy of the fixture deck, `npm run check` and `npm run export`
 * exit non-zero naming slides.md, the line and the slide, before any build starts; earlier exports stay
 * byte-identical.
 */
import type { Mistake } from '../support/mistakes'
import type { ProjectCopy } from '../support/project-copy'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { afterEach, describe, expect, it } from 'vitest'
import { snapshot } from '../support/export-folder'
import { earlierExport, expectStopsBeforeOutput } from '../support/mistakes'
import { copyProject } from '../support/project-copy'

interface DeckMistake extends Mistake {
  /** The slide the mistake is on, by its title (its number and the line are found in the edited copy). */
  slide?: string
  /** The message lists every slide's budget: the changed one must show against its slide's number. */
  budgets?: true
}

const mistakes: DeckMistake[] = [
  {
    name: 'a misspelt chart id',
    file: 'slides.md',
    find: '<ChartFigure id="harbour-visits" />',
    replace: '<ChartFigure id="harbour-visit" />',
    slide: 'Denmark leads the fictional visits',
    expect: ['1 problem in the deck', '<ChartFigure id="harbour-visit"> names no chart in charts/index.ts; did you mean "harbour-visits"?'],
  },
  {
    name: 'a layout that does not exist',
    file: 'slides.md',
    find: 'layout: quote',
    replace: 'layout: qoute',
    slide: 'A fictional finding, quoted',
    expect: ['layout "qoute" does not exist; did you mean "quote"?', 'Layouts: ', 'holding'],
  },
  {
    name: 'a negative time budget',
    file: 'slides.md',
    find: 'minutes: 5',
    replace: 'minutes: -5',
    slide: 'Your questions',
    expect: ['minutes: -5 is not a time budget: write a number of minutes, 0 or more'],
  },
  {
    name: 'a time budget in words',
    file: 'slides.md',
    find: 'minutes: 5',
    replace: 'minutes: five',
    slide: 'Your questions',
    expect: ['minutes: "five" is not a time budget'],
  },
  {
    name: 'budgets that do not add up to the session',
    file: 'slides.md',
    find: 'minutes: 5',
    replace: 'minutes: 4',
    budgets: true,
    expect: ['slides.md: the slides\' minutes add up to 19, not the session\'s 20 (plan.sessionMinutes in data/event.ts)'],
  },
  {
    name: 'a session length the slides were not planned for',
    file: 'data/event.ts',
    find: 'sessionMinutes: 20,',
    replace: 'sessionMinutes: 60,',
    expect: ['slides.md: the slides\' minutes add up to 20, not the session\'s 60', '(headmatter): duration: 20min is not the session\'s 60min (plan.sessionMinutes in data/event.ts)'],
  },
  {
    name: 'frontmatter that is not YAML',
    file: 'slides.md',
    find: 'layout: quote',
    replace: 'layout: [quote',
    slide: 'A fictional finding, quoted',
    expect: ['1 problem in the deck', 'the frontmatter is not valid YAML'],
    absent: ['does not exist', 'add up to'],
  },
]

describe('deck mistakes stop check and export before any build', () => {
  let copy: ProjectCopy | undefined

  afterEach(async () => {
    await copy?.remove()
    copy = undefined
  })

  it.each(mistakes.map(m => [m.name, m] as const))('%s', async (_name, mistake) => {
    copy = await copyProject()
    const before = mistake.slide ? (await readDeck(join(copy.root, 'slides.md'))).slides.find(s => s.title === mistake.slide) : undefined
    await copy.edit(mistake.file, mistake.find, mistake.replace)
    const fragments = [...mistake.expect]
    if (mistake.slide) {
      expect(before, `slide "${mistake.slide}" in slides.md`).toBeDefined()
      const text = await readFile(join(copy.root, mistake.file), 'utf8')
      const line = text.slice(0, text.indexOf(mistake.replace)).split('\n').length
      const first = mistake.name === 'frontmatter that is not YAML' ? line - 1 : line
      fragments.push(`• slides.md:${first} (slide ${before!.no}): `)
    }
    if (mistake.budgets) {
      const changed = (await readDeck(join(copy.root, 'slides.md'))).slides.filter(s => `minutes: ${s.minutes}` === mistake.replace)
      expect(changed.length).toBeGreaterThan(0)
      fragments.push(...changed.map(s => ` ${s.no}:${s.minutes} `))
    }
    await expectStopsBeforeOutput(copy, fragments, mistake.absent)
  })

  it('a slide without speaker notes', async () => {
    copy = await copyProject()
    const text = await readFile(join(copy.root, 'slides.md'), 'utf8')
    const notes = /<!--\nThis timeline shows[\s\S]*?-->\n/.exec(text)![0]
    const slide = (await readDeck(join(copy.root, 'slides.md'))).slides.find(s => s.notes.startsWith('This timeline shows'))!
    await copy.edit('slides.md', notes, '')
    const start = text.slice(0, text.indexOf('# The ferry came first in Denmark and Latvia')).split('\n').length - 5
    const result = await copy.run('check')
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain(`• slides.md:${start} (slide ${slide.no}): this slide has no speaker notes ("The ferry came first in Denmark and Latvia"): add them at the end of the slide as <!-- … -->; only holding and end slides may go without`)
  })

  it('the charts command (article kit) stops on a misspelt id too', async () => {
    copy = await copyProject()
    await copy.edit('slides.md', '<ChartFigure id="first-crossings" />', '<ChartFigure id="first-crossing" />')
    const out = await earlierExport(copy.root)
    const snap = await snapshot(out)
    const result = await copy.run('charts', ['--out', out])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('<ChartFigure id="first-crossing"> names no chart in charts/index.ts; did you mean "first-crossings"?')
    expect(await snapshot(out)).toEqual(snap)
  })
})
