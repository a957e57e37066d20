/**
 * pdf: reading, checking and finishing PDFs — inspect (pdfjs: text and where it is, images and where they land,
 * pixels, tags), finish (metadata, outline, tags kept; pdf-lib), join printed ranges, the checks a PDF must pass
 * before it is written (verify, slide-checks), and the bundled font for the pages printed from HTML (fonts). The
 * heavy libraries load on first use through loadPdfTools.
 * May import: core, deck (types), pdf-lib, pdfjs-dist and @napi-rs/canvas (pdfjs's renderer in Node).
 */

export { a4PdfOptions } from './a4'
export type { A4Margins } from './a4'
export type { FinishingPdf, OutlineEntry, PdfMetadata } from './finish'
export { bundledFontCss, inlineFontCss } from './fonts'
export type { PdfReader } from './inspect'
export { labelText, missingLabels, textPieces } from './labels'
export { pdfMetadata } from './metadata'
export { PT_PER_PX } from './slide-checks'
export { containsText, missingInOrder, textKey } from './text'
export { loadPdfTools } from './tools'
export type { PdfTools } from './tools'
export { figureBox, fontProblems, handoutPdfProblems, locateHandout, outlineProblems, slidesPdfProblems } from './verify'
export type { ChartExpectation, ChartRender, HandoutExpectation, HandoutLayout, HandoutSectionExpectation, SlideBlock, SlidePageExpectation } from './verify'
