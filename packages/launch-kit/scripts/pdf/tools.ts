/**
 * The PDF libraries (pdf-lib, pdfjs-dist) behind finishPdf, openPdf and joinRangePdfs, loaded on first use. Imported
 * at the top of the export they took ~0.5–1 s before `slidev build` could even start; loaded here, the print step
 * (export/print.ts) starts loading them while the print page renders, when Node is otherwise waiting on Chromium.
 */
import type * as PdfFinish from './finish'
import type * as PdfInspect from './inspect'
import type * as PdfJoin from './join'

export interface PdfTools {
  finishPdf: typeof PdfFinish.finishPdf
  finishInStages: typeof PdfFinish.finishInStages
  openPdf: typeof PdfInspect.openPdf
  joinRangePdfs: typeof PdfJoin.joinRangePdfs
}

let loading: Promise<PdfTools> | undefined

export function loadPdfTools(): Promise<PdfTools> {
  loading ??= Promise.all([import('./finish'), import('./inspect'), import('./join')])
    .then(([finish, inspect, join]) => ({ finishPdf: finish.finishPdf, finishInStages: finish.finishInStages, openPdf: inspect.openPdf, joinRangePdfs: join.joinRangePdfs }))
  return loading
}
