import type { OutlineItem, PdfFont } from 'launch-kit/scripts/pdf/inspect'
/**
 * What the tests read from a PDF, with libraries only (nothing outside node_modules; the tests used poppler-utils'
 * command-line tools before, and each function here says which reading it took over): the document's info and page
 * sizes, each page's text, its fonts, the images it paints, its links and bookmarks, and a page rendered to pixels.
 * The export's own reader (scripts/pdf/inspect.ts: pdfjs-dist and pdf-lib) gives fonts, links and the outline;
 * this module adds what the tests need beyond it: the text as a reader copies it, every image's full pixels, and
 * rendering.
 *
 * Pages are rendered in Node by pdfjs-dist onto @napi-rs/canvas, the canvas pdfjs-dist 5 itself uses in Node (its
 * NodeCanvasFactory): no browser, no server, no page and no child process to track, and the package ships prebuilt
 * binaries for every platform from the npm registry. Rendering in the project's Chromium would work too, but it
 * adds a browser launch, a static server for pdfjs's files and a worker to every pixel check, for the same pixels.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfInfo {
  pages: number
  /** Size of each page in points, page 1 first. */
  sizes: { width: number, height: number }[]
  title: string
  author: string
  subject: string
  keywords: string
  /** The document says it is tagged (MarkInfo /Marked true). */
  tagged: boolean
}

export interface PdfImageUse {
  /** 1-based page that paints the image. */
  page: number
  width: number
  height: number
  /** The image has transparency (a soft mask or a mask): pdfjs decodes it to RGBA. */
  alpha: boolean
  /** sha256 of the decoded pixels, every channel (alpha too). */
  sha256: string
}

export interface LinksAndOutline {
  links: Set<string>
  /** The bookmarks' titles, in order. */
  outline: string[]
  /** The bookmarks with the page each opens. */
  targets: OutlineItem[]
}

export interface RenderedPage {
  width: number
  height: number
  /** RGBA, row by row, like pngjs's PNG.data. */
  data: Uint8ClampedArray
}

/** The operators that paint an image (an XObject, inline, or one XObject at several places). */
const PAINT_IMAGE = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat])

/** An image as pdfjs decodes it: kind 1 = 1-bit grey, 2 = RGB, 3 = RGBA. */
interface DecodedImage {
  width: number
  height: number
  kind?: number
  data?: Uint8Array | Uint8ClampedArray
}

async function load(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(await readFile(file)), verbosity: 0, isEvalSupported: false }).promise
}

async function withDoc<T>(file: string, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const doc = await load(file)
  try {
    return await use(doc)
  }
  finally {
    await doc.destroy()
  }
}

/** The document's summary: page count and sizes, the info dictionary, tagged or not. */
export function pdfInfo(file: string): Promise<PdfInfo> {
  return withDoc(file, async (doc) => {
    const info = (await doc.getMetadata()).info as Record<string, unknown>
    const sizes = []
    for (let p = 1; p <= doc.numPages; p++) {
      const [x0, y0, x1, y1] = (await doc.getPage(p)).view as [number, number, number, number]
      sizes.push({ width: x1 - x0, height: y1 - y0 })
    }
    const text = (key: string) => (typeof info[key] === 'string' ? info[key] : '')
    return {
      pages: doc.numPages,
      sizes,
      title: text('Title'),
      author: text('Author'),
      subject: text('Subject'),
      keywords: text('Keywords'),
      tagged: (await doc.getMarkInfo())?.Marked === true,
    }
  })
}

/**
 * ISO A4 by poppler's rule (the one the tests relied on before): each side within 1 pt of 595.276 × 841.890 pt, in
 * either orientation. Chromium's A4 is 595.92 × 842.88 pt.
 */
export function isA4(size: { width: number, height: number }): boolean {
  const [w, h] = [595.276, 841.89]
  const near = (a: number, b: number) => Math.abs(a - b) < 1
  return (near(size.width, w) && near(size.height, h)) || (near(size.width, h) && near(size.height, w))
}

/**
 * A page's text as a reader copies it: pdfjs's text items in order, the spaces it finds between them, a line
 * break at each line's end, and runs of spaces and tabs made one space (as poppler's text output had them).
 * pdfjs already turns ligatures into their letters (NFKC), as poppler did.
 */
async function textOf(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent()
  const text = content.items.map(item => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('')
  return text.replace(/[ \t\u00A0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()
}

/** The text of every page, page 1 first. */
export function pdfText(file: string): Promise<string[]> {
  return withDoc(file, async (doc) => {
    const pages: string[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      pages.push(await textOf(page))
      page.cleanup()
    }
    return pages
  })
}

/** Every font dictionary in the file and whether it is embedded (the export's reader). */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const reader = await openPdf(await readFile(file))
  try {
    return reader.fonts()
  }
  finally {
    await reader.close()
  }
}

/** Every link target in the file, and the bookmarks' titles in order (the export's reader). */
export async function linksAndOutline(file: string): Promise<LinksAndOutline> {
  const reader = await openPdf(await readFile(file))
  try {
    const links = new Set<string>()
    for (let p = 1; p <= reader.pageCount; p++) {
      for (const url of await reader.links(p))
        links.add(url)
    }
    const targets = await reader.outline()
    return { links, outline: targets.map(item => item.title), targets }
  }
  finally {
    await reader.close()
  }
}

/**
 * Every image each page paints, decoded, in page and painting order. The export's reader hashes RGB only, to
 * compare with the chart renders; here every channel counts, so a change in a soft mask is seen too.
 */
export function pdfImages(file: string): Promise<PdfImageUse[]> {
  return withDoc(file, async (doc) => {
    const found: PdfImageUse[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      try {
        const list = await page.getOperatorList()
        for (let i = 0; i < list.fnArray.length; i++) {
          if (!PAINT_IMAGE.has(list.fnArray[i]!))
            continue
          const arg = (list.argsArray[i] as unknown[])[0]
          const image = (typeof arg === 'string'
            ? await new Promise(resolve => (arg.startsWith('g_') ? page.commonObjs : page.objs).get(arg, resolve))
            : arg) as DecodedImage
          if (!image.data)
            throw new Error(`${file}: page ${p}: image ${String(arg)} came back without decoded pixels (kind ${image.kind})`)
          found.push({
            page: p,
            width: image.width,
            height: image.height,
            alpha: image.kind === 3,
            sha256: createHash('sha256').update(`${image.kind}:${image.width}x${image.height}:`).update(image.data).digest('hex'),
          })
        }
      }
      finally {
        page.cleanup()
      }
    }
    return found
  })
}

/**
 * One page rendered at `dpi` on a white background, as poppler rendered it for the tests before: the canvas is the
 * page size in pixels rounded up, annotations (link boxes) not drawn.
 */
export function renderPage(file: string, pageNo: number, dpi: number): Promise<RenderedPage> {
  return withDoc(file, async (doc) => {
    const page = await doc.getPage(pageNo)
    const viewport = page.getViewport({ scale: dpi / 72 })
    const width = Math.ceil(viewport.width)
    const height = Math.ceil(viewport.height)
    // pdfjs's own canvas factory: @napi-rs/canvas in Node.
    const factory = doc.canvasFactory as { create: (w: number, h: number) => { canvas: HTMLCanvasElement, context: CanvasRenderingContext2D } }
    const { canvas, context } = factory.create(width, height)
    await page.render({ canvas, viewport, annotationMode: 0, background: 'rgb(255,255,255)' }).promise
    const { data } = context.getImageData(0, 0, width, height)
    return { width, height, data: new Uint8ClampedArray(data) }
  })
}

/** Pixels of a rendered page within `tolerance` (per channel) of a hex colour. */
export function colourPixels(image: RenderedPage, hex: string, tolerance = 24): number {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
  let count = 0
  for (let i = 0; i < image.data.length; i += 4) {
    if (Math.abs(image.data[i]! - r) <= tolerance && Math.abs(image.data[i + 1]! - g) <= tolerance && Math.abs(image.data[i + 2]! - b) <= tolerance)
      count++
  }
  return count
}
