/**
 * pdf: reading, checking and finishing PDFs — inspect (pdfjs), finish (metadata, outline, tags kept; pdf-lib), join
 * printed ranges, and the checks a PDF must pass before it is written (verify). The heavy libraries load on first
 * use through loadPdfTools.
 * May import: core, deck (types), pdf-lib and pdfjs-dist.
 */
export { pdfMetadata } from './metadata'
export { loadPdfTools } from './tools'
export type { PdfTools } from './tools'
export type { OutlineEntry, PdfMetadata } from './finish'
export type { PdfReader } from './inspect'
export { containsText, fontProblems, handoutPdfProblems, locateHandout, outlineProblems, slidesPdfProblems, textKey } from './verify'
export type { ChartRender, HandoutExpectation, HandoutLayout, HandoutSectionExpectation, SlidePageExpectation } from './verify'
