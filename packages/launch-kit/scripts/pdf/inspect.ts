/**
 * Reads a PDF the way a reader's viewer does, in plain Node (no poppler): pdfjs-dist for page sizes, text (and where
 * it is), raster images (and where they land), pixels, tags, links and the outline; pdf-lib for the font
 * dictionaries.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PaintedPage, PdfPixels, PdfTextItem, TaggedPage } from './page-content'
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib'
// The minified builds: the same code, parsed in about half the CPU (~0.5 s less per export), and without the
// multi-megabyte source maps Node would read for them under tsx.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.min.mjs'
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'
import { pageText, paintedContent, plainText, renderPage, taggedPage, textItems } from './page-content'

export type { PaintedPage, PaintedSequence, PdfBox, PdfPixels, PdfTextItem, TaggedPage } from './page-content'

export interface PdfFont {
  name: string
  subtype: string
  embedded: boolean
}

export interface OutlineItem {
  title: string
  /** 0-based page index the entry opens. */
  pageIndex: number
}

export interface PdfReader {
  pageCount: number
  /** Page size in PostScript points. */
  pageSize: (pageNo: number) => Promise<{ width: number, height: number }>
  text: (pageNo: number) => Promise<string>
  /** The page's text pieces with where each starts (points, origin bottom left). */
  textItems: (pageNo: number) => Promise<PdfTextItem[]>
  /** Where each raster image painted on the page lands, and each marked-content sequence with what it paints. */
  painted: (pageNo: number) => Promise<PaintedPage>
  /** The page drawn by pdfjs, `scale` pixels per point. */
  render: (pageNo: number, scale: number) => Promise<PdfPixels>
  /** The page's text in tag order, its structure roles and its Figures' alternate texts. */
  tagged: (pageNo: number) => Promise<TaggedPage>
  /** Width × height of the images in the page's resources, read from their dictionaries without decoding. */
  imageSizes: (pageNo: number) => { width: number, height: number }[]
  fonts: () => PdfFont[]
  links: (pageNo: number) => Promise<string[]>
  outline: () => Promise<OutlineItem[]>
  close: () => Promise<void>
}

// pdfjs in Node runs its "worker" in this thread and imports it on the first getDocument (about a second of parsing);
// handed over here, it loads with this module, which loadPdfTools loads while Chromium is still busy.
Object.assign(globalThis, { pdfjsWorker })

export async function openPdf(bytes: Uint8Array): Promise<PdfReader> {
  // pdfjs takes ownership of the buffer it is given; it gets a copy so the caller's bytes stay usable.
  const doc: PDFDocumentProxy = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise
  const objects = await PDFDocument.load(bytes, { updateMetadata: false })
  const page = (pageNo: number) => doc.getPage(pageNo)
  // Each page's text is read once, whichever of text(), textItems() and tagged() asks first.
  const texts = new Map<number, ReturnType<typeof pageText>>()
  const content = (pageNo: number) => {
    if (!texts.has(pageNo))
      texts.set(pageNo, page(pageNo).then(pageText))
    return texts.get(pageNo)!
  }
  return {
    pageCount: doc.numPages,
    pageSize: async (pageNo) => {
      const [x0, y0, x1, y1] = (await page(pageNo)).view as [number, number, number, number]
      return { width: x1 - x0, height: y1 - y0 }
    },
    text: async pageNo => plainText(await content(pageNo)),
    textItems: async pageNo => textItems(await content(pageNo)),
    painted: async pageNo => paintedContent(await page(pageNo)),
    // No page.cleanup(): the pages are vectors and text, and the fonts pdfjs parsed once serve every page.
    render: async (pageNo, scale) => renderPage(await page(pageNo), scale),
    tagged: async pageNo => taggedPage(await page(pageNo), await content(pageNo)),
    imageSizes: pageNo => imageSizes(objects, pageNo),
    fonts: () => fontsOf(objects),
    links: async (pageNo) => {
      const annotations = await (await page(pageNo)).getAnnotations() as { subtype: string, url?: string }[]
      return annotations.filter(a => a.subtype === 'Link' && a.url).map(a => a.url!)
    },
    outline: async () => {
      const items = (await doc.getOutline()) ?? []
      const result: OutlineItem[] = []
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest
        const target = dest?.[0]
        const pageIndex = target && typeof target === 'object' ? await doc.getPageIndex(target as { num: number, gen: number }) : -1
        result.push({ title: item.title, pageIndex })
      }
      return result
    },
    close: () => doc.destroy(),
  }
}

function imageSizes(pdf: PDFDocument, pageNo: number): { width: number, height: number }[] {
  const xobjects = pdf.getPage(pageNo - 1).node.Resources()?.lookup(PDFName.of('XObject'))
  if (!(xobjects instanceof PDFDict))
    return []
  return xobjects.values().map(ref => pdf.context.lookup(ref)).filter(o => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')).map((o) => {
    const dict = (o as PDFRawStream).dict
    return { width: Number(dict.lookup(PDFName.of('Width'), PDFNumber).asNumber()), height: Number(dict.lookup(PDFName.of('Height'), PDFNumber).asNumber()) }
  })
}

/** Every font dictionary in the file and whether its glyphs are embedded (FontFile, FontFile2 or FontFile3). */
function fontsOf(pdf: PDFDocument): PdfFont[] {
  const fonts: PdfFont[] = []
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font'))
      continue
    const subtype = object.get(PDFName.of('Subtype'))?.toString().slice(1) ?? '?'
    // Type0 fonts point at a descendant CID font (listed on its own); Type3 glyphs are drawn by the PDF itself.
    if (subtype === 'Type0' || subtype === 'Type3')
      continue
    const descriptor = object.lookup(PDFName.of('FontDescriptor'))
    const embedded = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.has(PDFName.of(key)))
    fonts.push({ name: object.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '?', subtype, embedded })
  }
  return fonts
}
