/**
 * The tests' own walk of a PDF page's tags (support/structure.ts, used on real exports by
 * e2e/export-observed.test.ts) can fail: shown a bullet tagged as a paragraph, two bullets out of order, and
 * marked content that is neither tagged nor an artifact, on small PDFs written with pdf-lib.
 */
import type { SyntheticPage } from '../../support/synthetic-pdf'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { notInOrder, pageStructure } from '../../support/structure'
import { rect, syntheticPdf, text } from '../../support/synthetic-pdf'

const BLOCKS = [
  { role: /^H\d?$/, text: 'Agenda', what: 'the heading' },
  { role: /^LI$/, text: 'First point', what: 'the bullet' },
  { role: /^LI$/, text: 'Second point', what: 'the bullet' },
]

function slide(change: { second?: string, swap?: boolean, extra?: SyntheticPage['marks'] } = {}): SyntheticPage {
  const items = [{ key: 'one', role: 'LI', parent: 'list' }, { key: 'two', role: change.second ?? 'LI', parent: 'list' }]
  return {
    elements: [{ key: 'h', role: 'H1' }, { key: 'list', role: 'L' }, ...(change.swap ? items.reverse() : items)],
    marks: [
      { artifact: true, ops: rect(0, 0, 735, 414, [1, 1, 1]) },
      { element: 'h', ops: text('Agenda', 40, 360, 30) },
      { element: 'one', ops: text('First point', 40, 300, 16) },
      { element: 'two', ops: text('Second point', 40, 270, 16) },
      ...(change.extra ?? []),
    ],
  }
}

async function structureOf(page: SyntheticPage) {
  const doc = await getDocument({ data: await syntheticPdf([page]), verbosity: 0 }).promise
  try {
    return await pageStructure(await doc.getPage(1))
  }
  finally {
    await doc.destroy()
  }
}

describe('the tests\' structure walk', () => {
  it('finds every block of a well-tagged page under its role, in order, and every sequence tagged or an artifact', async () => {
    const structure = await structureOf(slide())
    expect(notInOrder(structure, BLOCKS)).toEqual([])
    expect(structure.untagged).toEqual([])
    expect([structure.sequences, structure.artifacts]).toEqual([4, 1])
  })

  it('reports a bullet tagged as a paragraph, and bullets out of order', async () => {
    expect(notInOrder(await structureOf(slide({ second: 'P' })), BLOCKS)).toEqual(['the bullet "Second point" (found under: Root, Document, L, P)'])
    expect(notInOrder(await structureOf(slide({ swap: true })), BLOCKS)).toEqual(['the bullet "Second point" (found under: Root, Document, L, LI)'])
  })

  it('reports marked content that no element holds and that is not an artifact', async () => {
    const structure = await structureOf(slide({ extra: [{ orphanMcid: true, ops: text('Footnote', 40, 40, 10) }, { untaggedTag: 'Span', ops: text('Aside', 300, 40, 10) }] }))
    expect(structure.untagged).toEqual(['Span (MCID 3)', 'Span'])
  })
})
