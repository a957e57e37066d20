import { finishPdf } from 'launch-kit/scripts/pdf/finish'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { containsText, fontProblems, outlineProblems, textKey } from 'launch-kit/scripts/pdf/verify'
/**
 * The PDF helpers on real PDFs made with pdf-lib: text matching that survives line breaks and typography, the
 * outline and metadata written by finishPdf and read back by pdfjs, and the font check catching a font that is
 * not embedded.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

const metadata = { title: 'Deck: a title', author: 'A. Author, Dr B. Author', subject: 'A launch', keywords: ['Harbours', 'Baltic'], creator: 'test', language: 'en' }

async function threePages(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const text of ['Denmark\'s ferries run through the Great', 'Second page', 'Third page']) {
    const page = pdf.addPage([735, 414])
    page.drawText(text, { x: 40, y: 300, size: 24, font })
  }
  return pdf.save()
}

describe('textKey', () => {
  it('ignores case, spacing, line breaks, punctuation, typographic quotes and ligatures', () => {
    expect(containsText('Denmark’s ‘all-weather’ ferries run through the Great\nBelt', 'Denmark\'s \'all-weather\' ferries run through the Great Belt')).toBe(true)
    expect(containsText('Harbours of the Baltic\nA fictional atlas', 'Harbours of the Baltic: A fictional atlas')).toBe(true)
    expect(textKey('ﬁnal Tallinn–Riga')).toBe('finaltallinnriga')
    expect(containsText('Per person too', 'Per person two')).toBe(false)
  })
})

describe('finishPdf and openPdf', () => {
  it('writes one bookmark per entry and the metadata, and keeps the pages', async () => {
    const outline = [{ title: 'Denmark\'s ferries – Great Belt', pageIndex: 0 }, { title: 'Third', pageIndex: 2 }]
    const bytes = await finishPdf(await threePages(), metadata, outline)
    const pdf = await openPdf(bytes)
    try {
      expect(pdf.pageCount).toBe(3)
      expect(await pdf.outline()).toEqual(outline)
      expect(await outlineProblems(pdf, outline)).toEqual([])
      expect(await outlineProblems(pdf, [outline[0]!, { title: 'Third', pageIndex: 1 }])).toEqual(['outline entry 2 is "Third" → page 3; expected "Third" → page 2'])
      expect(containsText(await pdf.text(1), 'Denmark\'s ferries run through the Great')).toBe(true)
      expect(await pdf.pageSize(2)).toEqual({ width: 735, height: 414 })
    }
    finally {
      await pdf.close()
    }
    const reread = await PDFDocument.load(bytes)
    expect(reread.getTitle()).toBe(metadata.title)
    expect(reread.getAuthor()).toBe(metadata.author)
    expect(reread.getSubject()).toBe(metadata.subject)
    expect(reread.getKeywords()).toBe('Harbours, Baltic')
  })

  it('refuses an outline entry beyond the last page', async () => {
    await expect(finishPdf(await threePages(), metadata, [{ title: 'Nowhere', pageIndex: 5 }])).rejects.toThrow(/points at page 6; the PDF has 3/)
  })

  it('reports a font that is not embedded, and a missing deck font', async () => {
    const pdf = await openPdf(await threePages())
    try {
      expect(fontProblems(pdf, 'Atkinson Hyperlegible Next')).toEqual([
        'font Helvetica (Type1) is not embedded',
        'the deck font Atkinson Hyperlegible Next is not used (fonts: Helvetica); did @fontsource fail to load?',
      ])
    }
    finally {
      await pdf.close()
    }
  })
})
