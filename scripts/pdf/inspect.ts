/**
 * Reads a PDF the way a reader's viewer does, in plain Node (no poppler): pdfjs-dist for page sizes, text, decoded
 * images, links and the outline; pdf-lib for the font dictionaries.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { createHash } from 'node:crypto'
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfImage {
  width: number
  height: number
  /** sha256 of the decoded RGB pixels (alpha dropped), comparable with ChartRender.rgbSha256. */
  rgbSha256: string
}

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
  /** Images painted on the page, decoded (slow for big images: use imageSizes when pixels don't matter). */
  images: (pageNo: number) => Promise<PdfImage[]>
  /** Width × height of the images in the page's resources, read from their dictionaries without decoding. */
  imageSizes: (pageNo: number) => { width: number, height: number }[]
  fonts: () => PdfFont[]
  links: (pageNo: number) => Promise<string[]>
  outline: () => Promise<OutlineItem[]>
  close: () => Promise<void>
}

/** pdfjs image kinds: 1 = 1 bit grey, 2 = RGB, 3 = RGBA. */
function rgbOf(image: { kind: number, data: Uint8Array | Uint8ClampedArray }): Uint8Array | null {
  if (image.kind === 2)
    return image.data instanceof Uint8Array ? image.data : new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.length)
  if (image.kind !== 3)
    return null
  const rgb = new Uint8Array((image.data.length / 4) * 3)
  for (let p = 0, q = 0; p < image.data.length; p += 4, q += 3) {
    rgb[q] = image.data[p]!
    rgb[q + 1] = image.data[p + 1]!
    rgb[q + 2] = image.data[p + 2]!
  }
  return rgb
}

async function pageImages(page: PDFPageProxy): Promise<PdfImage[]> {
  const list = await page.getOperatorList()
  const images: PdfImage[] = []
  for (let i = 0; i < list.fnArray.length; i++) {
    if (list.fnArray[i] !== OPS.paintImageXObject)
      continue
    const name = String((list.argsArray[i] as unknown[])[0])
    const image = await new Promise<{ width: number, height: number, kind: number, data?: Uint8Array | Uint8ClampedArray }>(resolve => page.objs.get(name, resolve))
    const rgb = image.data ? rgbOf({ kind: image.kind, data: image.data }) : null
    images.push({ width: image.width, height: image.height, rgbSha256: rgb ? createHash('sha256').update(rgb).digest('hex') : '' })
  }
  return images
}

export async function openPdf(bytes: Uint8Array): Promise<PdfReader> {
  // pdfjs takes ownership of the buffer it is given; it gets a copy so the caller's bytes stay usable.
  const doc: PDFDocumentProxy = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise
  const objects = await PDFDocument.load(bytes, { updateMetadata: false })
  const page = (pageNo: number) => doc.getPage(pageNo)
  return {
    pageCount: doc.numPages,
    pageSize: async (pageNo) => {
      const [x0, y0, x1, y1] = (await page(pageNo)).view as [number, number, number, number]
      return { width: x1 - x0, height: y1 - y0 }
    },
    text: async (pageNo) => {
      const content = await (await page(pageNo)).getTextContent()
      return content.items.map(item => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(' ')
    },
    images: async (pageNo) => {
      const pdfPage = await page(pageNo)
      // Decoded images stay cached on the page until cleanup: on a 300-page deck that is hundreds of MB.
      return pageImages(pdfPage).finally(() => pdfPage.cleanup())
    },
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
  return xobjects.values().map(ref => pdf.context.lookup(ref)).filter(o => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
    .map((o) => {
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
