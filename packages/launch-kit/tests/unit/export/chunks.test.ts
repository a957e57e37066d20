/**
 * Printing a long deck a range of slides at a time: how the deck is split, and the join of the ranges' PDFs,
 * on tagged PDFs built with pdf-lib the way Chromium tags them (a StructTreeRoot with one Document element, a
 * ParentTree keyed by each page's /StructParents).
 */
import type { PDFRef } from 'pdf-lib'
import { PRINT_CHUNK, rangeSizeFromEnv, slideRanges } from 'launch-kit/scripts/export/chunks'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { joinRangePdfs } from 'launch-kit/scripts/pdf/join'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

/** A tagged PDF with one page per text, each page's text marked as a paragraph of a Document element. */
async function taggedPdf(texts: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const { context } = pdf
  const rootRef = context.nextRef()
  const documentRef = context.nextRef()
  const paragraphs: PDFRef[] = []
  const nums: (PDFNumber | PDFRef)[] = []
  texts.forEach((text, i) => {
    const page = pdf.addPage([735, 414])
    page.drawText(text, { x: 40, y: 300, size: 24, font })
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(i))
    const paragraph = context.register(context.obj({ Type: 'StructElem', S: 'P', P: documentRef, Pg: page.ref, K: 0 }))
    paragraphs.push(paragraph)
    nums.push(PDFNumber.of(i), context.register(context.obj([paragraph])))
  })
  context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: paragraphs }))
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.register(context.obj({ Nums: nums })), ParentTreeNextKey: texts.length }))
  pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }))
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of('en'))
  return pdf.save()
}

describe('slideRanges', () => {
  it('splits 1…total into ranges of the given size, the last one shorter', () => {
    expect(slideRanges(23, 10)).toEqual([{ from: 1, to: 10 }, { from: 11, to: 20 }, { from: 21, to: 23 }])
    expect(slideRanges(25, 25)).toEqual([{ from: 1, to: 25 }])
    expect(slideRanges(300)).toHaveLength(Math.ceil(300 / PRINT_CHUNK))
    expect(() => slideRanges(10, 0)).toThrow(/at least 1/)
  })

  it('takes the size from DECK_PRINT_RANGE and refuses a value that is not a whole number', () => {
    expect(rangeSizeFromEnv({})).toBe(PRINT_CHUNK)
    expect(rangeSizeFromEnv({ DECK_PRINT_RANGE: '10' })).toBe(10)
    expect(() => rangeSizeFromEnv({ DECK_PRINT_RANGE: 'ten' })).toThrow(/DECK_PRINT_RANGE=ten: expected a whole number/)
  })
})

describe('joinRangePdfs', () => {
  it('returns a single PDF untouched', async () => {
    const one = await taggedPdf(['only'])
    expect(await joinRangePdfs([one])).toBe(one)
  })

  it('keeps every page in order, with its text', async () => {
    const joined = await joinRangePdfs([await taggedPdf(['Slide 1', 'Slide 2']), await taggedPdf(['Slide 3']), await taggedPdf(['Slide 4', 'Slide 5'])])
    const pdf = await openPdf(joined)
    try {
      expect(pdf.pageCount).toBe(5)
      for (let p = 1; p <= 5; p++)
        expect(await pdf.text(p)).toContain(`Slide ${p}`)
    }
    finally {
      await pdf.close()
    }
  })

  it('keeps the tagged structure: one Document per range under one root, unique ParentTree keys, elements on the joined pages', async () => {
    const joined = await PDFDocument.load(await joinRangePdfs([await taggedPdf(['a', 'b']), await taggedPdf(['c', 'd', 'e'])]))
    const { catalog, context } = joined
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true')
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en)')
    const rootRef = catalog.get(PDFName.of('StructTreeRoot')) as PDFRef
    const root = context.lookup(rootRef, PDFDict)
    const documents = root.lookup(PDFName.of('K'), PDFArray).asArray().map(ref => context.lookup(ref, PDFDict))
    expect(documents.map(d => d.get(PDFName.of('S'))?.toString())).toEqual(['/Document', '/Document'])
    expect(documents.every(d => d.get(PDFName.of('P')) === rootRef)).toBe(true)

    const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray)
    const keys = Array.from({ length: nums.size() / 2 }, (_v, i) => nums.lookup(i * 2, PDFNumber).asNumber())
    expect(keys).toEqual([0, 1, 2, 3, 4])
    expect(root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber()).toBe(5)

    const pages = joined.getPages()
    pages.forEach((page, i) => {
      const key = page.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber()
      expect(key).toBe(i)
      // The paragraph the ParentTree gives for this page points back at this very page.
      const paragraph = context.lookup(nums.lookup(key * 2 + 1, PDFArray).get(0), PDFDict)
      expect(paragraph.get(PDFName.of('Pg'))).toBe(page.ref)
    })
    // Nothing of the ranges' own roots was copied along.
    const roots = [...context.enumerateIndirectObjects()].filter(([, o]) => o instanceof PDFDict && o.get(PDFName.of('Type'))?.toString() === '/StructTreeRoot')
    expect(roots).toHaveLength(1)
  })
})
