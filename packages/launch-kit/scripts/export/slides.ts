/**
 * The slides PDF: as printed from the print page (export/print.ts), given metadata and one bookmark per titled
 * slide, then verified (pages, text, tags in reading order, each chart as vectors with its labels as text, pixels not
 * blank, outline, fonts). Returns the bytes only when every check passes.
 *
 * It runs in the main thread, interleaved with the browser printing the handout (run.ts starts it first and awaits
 * it later). It ran in a worker thread once, to use the second core; but a worker loads TypeScript and the PDF
 * libraries again through its own tsx loader thread, which cost some 7 s of CPU for 1–2 s of checking (measured with
 * --cpu-prof), more than the second core gave back now that the PDFs are vectors and text.
 */
import type { Deck } from '../deck/index'
import type { SlideSnapshot } from '../handout/index'
import type { ChartRender, PdfMetadata, SlidePageExpectation } from '../pdf/index'
import { getChart } from '../../charts/registry'
import { fonts } from '../../charts/theme'
import { assertNoProblems } from '../output/index'
import { fontProblems, loadPdfTools, outlineProblems, PT_PER_PX, slidesPdfProblems } from '../pdf/index'

/**
 * What each page must show. Every chart slides.md places is expected, where the print page laid it out; its labels
 * (from its data) and the Alt its Figure must carry (its description) come from the registry, not from the page.
 */
export function slideExpectations(deck: Deck, renders: readonly ChartRender[], slides: readonly SlideSnapshot[]): SlidePageExpectation[] {
  return deck.slides.map(s => ({
    no: s.no,
    texts: [...(s.title ? [s.title] : []), ...s.charts.map(id => getChart(id, deck.chartLang).title)],
    blocks: slides.find(snap => snap.no === s.no)?.blocks ?? [],
    charts: s.charts.map((id) => {
      const chart = getChart(id, deck.chartLang)
      return { id, slide: s.no, box: renders.find(r => r.id === id && r.slide === s.no)?.box ?? null, labels: chart.labels, alt: chart.altText }
    }),
  }))
}

/** Adds metadata and bookmarks to the printed PDF (decorative marks made artifacts) and verifies the result. */
export async function makeSlidesPdf(raw: Uint8Array, deck: Deck, renders: readonly ChartRender[], slides: readonly SlideSnapshot[], size: { width: number, height: number }, metadata: PdfMetadata, onPage: (done: number, total: number) => void): Promise<{ bytes: Uint8Array, pages: number }> {
  const { finishPdf, openPdf } = await loadPdfTools()
  const outline = deck.slides.filter(s => s.title).map(s => ({ title: s.title, pageIndex: s.no - 1 }))
  const bytes = await finishPdf(raw, metadata, outline)
  const pdf = await openPdf(bytes)
  try {
    const problems = [
      ...await slidesPdfProblems(pdf, slideExpectations(deck, renders, slides), { width: size.width * PT_PER_PX, height: size.height * PT_PER_PX }, onPage),
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
