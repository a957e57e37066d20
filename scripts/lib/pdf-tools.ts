/**
 * The PDF libraries (pdf-lib, pdfjs-dist) behind finishPdf and openPdf, loaded on first use. Imported at the top of
 * the export they took ~0.5–1 s before `slidev build` could even start; loaded here, export-print.ts starts loading
 * them while the print page renders, when Node is otherwise waiting on Chromium.
 */
import type * as PdfFinish from './pdf-finish'
import type * as PdfInspect from './pdf-inspect'

export interface PdfTools {
  finishPdf: typeof PdfFinish.finishPdf
  openPdf: typeof PdfInspect.openPdf
}

let loading: Promise<PdfTools> | undefined

export function loadPdfTools(): Promise<PdfTools> {
  loading ??= Promise.all([import('./pdf-finish'), import('./pdf-inspect')]).then(([finish, inspect]) => ({ finishPdf: finish.finishPdf, openPdf: inspect.openPdf }))
  return loading
}
