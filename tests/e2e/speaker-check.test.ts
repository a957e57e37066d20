/**
 * Speaker mistakes in a copy of the project, through the real commands: `npm run check` and `npm run export` exit
 * non-zero naming slides.md, the line and the slide (and the speakers there are) before any build starts, and the
 * earlier export stays byte-identical.
 */
import type { ProjectCopy } from 'launch-kit/tests/support/project-copy'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { expectStopsBeforeOutput } from 'launch-kit/tests/support/mistakes'
import { copyProject } from 'launch-kit/tests/support/project-copy'
import { afterEach, describe, expect, it } from 'vitest'

const SLIDE = 'Montenegro weighs Huawei and 5G against its Chinese debt'

/** The 1-based line where `text` (which occurs once) starts in slides.md of the copy. */
async function lineOf(copy: ProjectCopy, text: string): Promise<number> {
  const source = await readFile(join(copy.root, 'slides.md'), 'utf8')
  expect(source.split(text)).toHaveLength(2)
  return source.slice(0, source.indexOf(text)).split('\n').length
}

describe('speaker mistakes stop check and export before any build', () => {
  let copy: ProjectCopy | undefined

  afterEach(async () => {
    await copy?.remove()
    copy = undefined
  })

  it('an unknown speaker, named at its line with the nearest id', async () => {
    copy = await copyProject()
    const slide = (await readDeck(join(copy.root, 'slides.md'))).slides.find(s => s.title === SLIDE)!
    expect(slide.speaker).toBe('ilazi')
    await copy.edit('slides.md', `layout: quote\nminutes: 2\nspeaker: ilazi\n---\n\n# ${SLIDE}`, `layout: quote\nminutes: 2\nspeaker: ilazy\n---\n\n# ${SLIDE}`)
    const line = await lineOf(copy, 'speaker: ilazy')
    await expectStopsBeforeOutput(copy, ['1 problem in the deck', `• slides.md:${line} (slide ${slide.no}): speaker: ilazy is not a speaker in data/event.ts; did you mean "ilazi"? Speakers: avdimetaj (Teuta Avdimetaj), ilazi (Ramadan Ilazi)`])
  })

  it('a slide with no speaker, named at its first line', async () => {
    copy = await copyProject()
    const slide = (await readDeck(join(copy.root, 'slides.md'))).slides.find(s => s.title === SLIDE)!
    await copy.edit('slides.md', `layout: quote\nminutes: 2\nspeaker: ilazi\n---\n\n# ${SLIDE}`, `layout: quote\nminutes: 2\n---\n\n# ${SLIDE}`)
    const line = await lineOf(copy, `---\nlayout: quote\nminutes: 2\n---\n\n# ${SLIDE}`)
    await expectStopsBeforeOutput(copy, [`• slides.md:${line} (slide ${slide.no}): the slide names no speaker: add \`speaker: <id>\` to its frontmatter`])
  })
})
