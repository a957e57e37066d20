/**
 * Decorative marks as artifacts, on a small tagged PDF written by hand the way Chromium tags (marked content one
 * level deep; an element's /K with a plain MCID, and one with an MCR): finishPdf turns the background and the rule
 * into artifacts, keeps the text and the Figure's marks tagged, and pdfjs (another reader) sees exactly that.
 */
import type { PDFRef } from 'pdf-lib'
import { markedSequences } from 'launch-kit/scripts/pdf/artifacts'
import { finishPdf } from 'launch-kit/scripts/pdf/finish'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { artifactProblems, tagProblems } from 'launch-kit/scripts/pdf/slide-checks'
import { missingInOrder } from 'launch-kit/scripts/pdf/text'
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

const metadata = { title: 'T', author: 'A', subject: 'S', keywords: ['k'], creator: 'test', language: 'en' }

/** One page: a white background (MCID 0), a heading (1), a rule (2, by MCR), a chart's bars (3, in a Figure). */
async function taggedPage(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage([400, 200])
  const { context } = pdf
  page.node.setFontDictionary(PDFName.of('F1'), font.ref)
  const content = [
    '/NonStruct <</MCID 0 >>BDC 1 1 1 rg 0 0 400 200 re f EMC',
    '/H1 <</MCID 1 >>BDC 0 0 0 rg BT /F1 24 Tf 20 150 Td (Denmark leads) Tj ET EMC',
    '/BlockQuote <</MCID 2 >>BDC 0.7 0.3 0 rg 20 100 4 40 re f EMC',
    '/Figure <</MCID 3 >>BDC 0.7 0.3 0 rg 100 20 200 30 re f EMC',
  ].join('\n')
  page.node.set(PDFName.of('Contents'), context.register(context.flateStream(content)))
  page.node.set(PDFName.of('StructParents'), context.obj(0))
  const root = context.nextRef()
  const doc = context.nextRef()
  const el = (role: string, k: unknown, extra: Record<string, unknown> = {}): PDFRef => context.register(context.obj({ Type: 'StructElem', S: role, P: doc, Pg: page.ref, K: k, ...extra } as never))
  const background = el('NonStruct', 0)
  const heading = el('H1', 1)
  const quote = el('BlockQuote', [context.obj({ Type: 'MCR', Pg: page.ref, MCID: 2 })])
  const figure = el('Figure', 3, { Alt: PDFString.of('A bar chart') })
  context.assign(doc, context.obj({ Type: 'StructElem', S: 'Document', P: root, K: [background, heading, quote, figure] }))
  const parents = context.register(context.obj({ Nums: [0, [background, heading, quote, figure]] }))
  context.assign(root, context.obj({ Type: 'StructTreeRoot', K: doc, ParentTree: parents, ParentTreeNextKey: 1 }))
  pdf.catalog.set(PDFName.of('StructTreeRoot'), root)
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }))
  return pdf.save()
}

describe('markedSequences', () => {
  it('finds each sequence with its tag, MCID and what it paints, skipping strings that look like operators', () => {
    const src = '/P <</MCID 4 >>BDC BT (EMC BDC \\) Tj) Tj ET EMC /Artifact BMC 0 0 1 1 re f EMC /Span <</MCID 5>> BDC /Im1 Do EMC'
    expect(markedSequences(src).map(s => [s.tag, s.mcid, s.paints])).toEqual([
      ['P', 4, { text: true, image: false }],
      ['Artifact', undefined, { text: false, image: false }],
      ['Span', 5, { text: false, image: true }],
    ])
  })
})

describe('finishPdf marks decorative marks as artifacts', () => {
  it('a background and a rule become artifacts; text and a chart\'s marks stay tagged', async () => {
    const raw = await taggedPage()
    const before = await openPdf(raw)
    const [taggedBefore, paintedBefore] = await Promise.all([before.tagged(1), before.painted(1)])
    expect(artifactProblems(paintedBefore, taggedBefore, 'page 1')).toEqual(['page 1: 2 decorative marks are tagged as content (NonStruct, BlockQuote); decorative marks must be artifacts'])
    await before.close()

    const pdf = await openPdf(await finishPdf(raw, metadata, []))
    try {
      const [tagged, painted] = await Promise.all([pdf.tagged(1), pdf.painted(1)])
      expect(artifactProblems(painted, tagged, 'page 1')).toEqual([])
      expect(painted.sequences.map(s => s.tag)).toEqual(['Artifact', 'H1', 'Artifact', 'Figure'])
      expect(tagged.dangling).toBe(0)
      expect(tagged.text.trim()).toBe('Denmark leads')
      expect(tagged.figureAlts).toEqual(['A bar chart'])
      expect(tagProblems(tagged, [{ kind: 'heading', text: 'Denmark leads' }], [{ id: 'bars', alt: 'A bar chart' }], 'page 1')).toEqual([])
      expect(tagProblems(tagged, [{ kind: 'quote', text: 'Not here' }], [{ id: 'map', alt: 'A map' }], 'page 1')).toEqual([
        'page 1: "Not here" is not tagged BlockQuote text there',
        'page 1: chart "map" has no Figure tag whose Alt is its description',
      ])
      expect(await pdf.text(1)).toContain('Denmark leads')
    }
    finally {
      await pdf.close()
    }
  })
})

describe('missingInOrder', () => {
  it('finds each needle after the one before, across spacing, case and typography', () => {
    expect(missingInOrder('Title\nfirst  bullet – Second’s bullet', ['title', 'First bullet', 'second\'s bullet'])).toEqual([])
    expect(missingInOrder('second first', ['first', 'second'])).toEqual(['second'])
    expect(missingInOrder('abc', ['x'])).toEqual(['x'])
  })
})
