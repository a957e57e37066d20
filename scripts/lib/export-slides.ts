/**
 * The slides PDF: as printed from the print page (export-print.ts), given metadata and one bookmark per titled
 * slide, then verified (pages, text, chart pixels, outline, fonts). Returns the bytes only when every check passes.
 */
import type { Deck } from './deck'
import type { ChartRender } from './export-print'
import type { PdfMetadata } from './pdf-finish'
import type { SlidePageExpectation } from './pdf-verify'
import { getChart } from '../../charts/registry'
import { fonts } from '../../charts/theme'
import { assertNoProblems } from './export-error'
import { finishPdf } from './pdf-finish'
import { openPdf } from './pdf-inspect'
import { fontProblems, outlineProblems, slidesPdfProblems } from './pdf-verify'

/** CSS px → PDF points. */
const PT_PER_PX = 72 / 96

export function slideExpectations(deck: Deck, renders: readonly ChartRender[]): SlidePageExpectation[] {
  return deck.slides.map(s => ({
    no: s.no,
    texts: [...(s.title ? [s.title] : []), ...s.charts.map(id => getChart(id).title)],
    charts: renders.filter(r => r.slide === s.no),
  }))
}

export async function makeSlidesPdf(raw: Uint8Array, deck: Deck, renders: readonly ChartRender[], size: { width: number, height: number }, metadata: PdfMetadata, onPage: (done: number, total: number) => void): Promise<{ bytes: Uint8Array, pages: number }> {
  const outline = deck.slides.filter(s => s.title).map(s => ({ title: s.title, pageIndex: s.no - 1 }))
  const bytes = await finishPdf(raw, metadata, outline)
  const pdf = await openPdf(bytes)
  try {
    const problems = [
      ...await slidesPdfProblems(pdf, slideExpectations(deck, renders), { width: size.width * PT_PER_PX, height: size.height * PT_PER_PX }, onPage),
      ...await outlineProblems(pdf, outline),
      ...fontProblems(pdf, fonts.sans),
    ]
    assertNoProblems('slides PDF', problems, 'Nothing was written. Fix the slide or chart named above (npm run present shows it live), then export again.')
    return { bytes, pages: pdf.pageCount }
  }
  finally {
    await pdf.close()
  }
}
