/**
 * What a PDF page paints, read with pdfjs in plain Node: where its text and its raster images are (in points, origin
 * at the bottom left, as PDF user space has it), its text in the order of its tags, and the page drawn to pixels
 * (pdfjs's own renderer on @napi-rs/canvas; no poppler, no browser).
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextContent } from 'pdfjs-dist/types/src/display/api'
import { createCanvas } from '@napi-rs/canvas'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.min.mjs'

/** A rectangle on the page in points, origin at the bottom left. */
export interface PdfBox { x0: number, y0: number, x1: number, y1: number }

export interface PdfTextItem {
  str: string
  /** Where the text's baseline starts, in points from the bottom left. */
  x: number
  y: number
}

export interface PdfPixels { width: number, height: number, data: Uint8ClampedArray }

export interface TaggedPage {
  /** The page's text in the order of its structure tree (reading order), untagged text left out. */
  text: string
  /** How many structure elements of each role the page has (H1, L, LI, BlockQuote, Figure, …). */
  roles: Record<string, number>
  /** The alternate text of every Figure element. */
  figureAlts: string[]
  /** MCIDs of the marked content that belongs to a Figure (a chart's marks are its content, not decoration). */
  figureMcids: Set<number>
  /** Content items of the tree that name marked content the page does not have (a broken tag tree). */
  dangling: number
}

/** A marked-content sequence as painted: its tag, its MCID (tagged content) and what it paints. */
export interface PaintedSequence {
  tag: string
  mcid: number | null
  text: boolean
  image: boolean
  path: boolean
}

export interface PaintedPage {
  /** Where each raster image lands (points, origin bottom left). */
  images: PdfBox[]
  sequences: PaintedSequence[]
}

/** A page's text with its marked-content boundaries, read once and shared by text(), textItems() and tagged(). */
export function pageText(page: PDFPageProxy): Promise<TextContent> {
  return page.getTextContent({ includeMarkedContent: true })
}

export function plainText(content: TextContent): string {
  return content.items.filter(item => 'str' in item).map(item => `${item.str}${item.hasEOL ? '\n' : ''}`).join(' ')
}

export function textItems(content: TextContent): PdfTextItem[] {
  return content.items.flatMap(item => ('str' in item && item.str.trim() !== '' ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []))
}

type Matrix = [number, number, number, number, number, number]

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup, OPS.paintSolidColorImageMask])

const TEXT_OPS = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText])
const PATH_OPS = new Set<number>([OPS.constructPath, OPS.fill, OPS.stroke, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.rectangle])

/**
 * One pass over the page's operators: where each raster image lands (the unit square an image fills, through the
 * transformations in force), and each marked-content sequence with what it paints.
 */
export async function paintedContent(page: PDFPageProxy): Promise<PaintedPage> {
  const list = await page.getOperatorList()
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const boxes: PdfBox[] = []
  const sequences: PaintedSequence[] = []
  const open: PaintedSequence[] = []
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i]!
    const args = list.argsArray[i] as unknown[] | null
    const current = open.at(-1)
    if (op === OPS.beginMarkedContent || op === OPS.beginMarkedContentProps) {
      const mcid = op === OPS.beginMarkedContentProps && typeof args?.[1] === 'number' ? args[1] : null
      // BDC gives the tag as a string, BMC as pdfjs's Name object.
      const tag = args?.[0] as string | { name?: string } | undefined
      open.push({ tag: typeof tag === 'string' ? tag : tag?.name ?? '', mcid, text: false, image: false, path: false })
    }
    else if (op === OPS.endMarkedContent) {
      const done = open.pop()
      if (done)
        sequences.push(done)
    }
    else if (current && TEXT_OPS.has(op)) {
      current.text = true
    }
    else if (current && PATH_OPS.has(op)) {
      current.path = true
    }
    if (op === OPS.save) {
      stack.push(ctm)
    }
    else if (op === OPS.restore) {
      ctm = stack.pop() ?? ctm
    }
    else if (op === OPS.transform) {
      ctm = multiply(args as Matrix, ctm)
    }
    else if (op === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      const matrix = args?.[0] as Matrix | null
      if (matrix)
        ctm = multiply(matrix, ctm)
    }
    else if (op === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? ctm
    }
    else if (IMAGE_OPS.has(op) || op === OPS.paintFormXObjectBegin) {
      if (current)
        current.image = true
    }
    if (IMAGE_OPS.has(op)) {
      const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([u, v]) => [ctm[0] * u! + ctm[2] * v! + ctm[4], ctm[1] * u! + ctm[3] * v! + ctm[5]] as const)
      boxes.push({ x0: Math.min(...corners.map(c => c[0])), y0: Math.min(...corners.map(c => c[1])), x1: Math.max(...corners.map(c => c[0])), y1: Math.max(...corners.map(c => c[1])) })
    }
  }
  return { images: boxes, sequences }
}

/** The page drawn by pdfjs at `scale` pixels per point, on white. */
export async function renderPage(page: PDFPageProxy, scale: number): Promise<PdfPixels> {
  const viewport = page.getViewport({ scale })
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport, background: '#ffffff' }).promise
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
  return { width: canvas.width, height: canvas.height, data }
}

interface StructNode { role?: string, alt?: string, type?: string, id?: string, children?: StructNode[] }

/** The page's structure tree walked in order: text of its marked content, roles, Figure alternate texts. */
export async function taggedPage(page: PDFPageProxy, content: TextContent): Promise<TaggedPage> {
  const tree = await page.getStructTree() as StructNode | null
  // Marked-content id → its text (items between beginMarkedContentProps and the matching end).
  const byId = new Map<string, string[]>()
  const open: (string | null)[] = []
  for (const item of content.items) {
    if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')) {
      const id = item.type === 'beginMarkedContentProps' && item.id ? item.id : null
      open.push(id)
      if (id && !byId.has(id))
        byId.set(id, [])
      continue
    }
    if ('type' in item && item.type === 'endMarkedContent') {
      open.pop()
      continue
    }
    const id = open.findLast(i => i !== null)
    if ('str' in item && id)
      byId.set(id, [...(byId.get(id) ?? []), item.str])
  }
  const texts: string[] = []
  const roles: Record<string, number> = {}
  const figureAlts: string[] = []
  const figureMcids = new Set<number>()
  let dangling = 0
  const walk = (node: StructNode, inFigure: boolean): void => {
    if (node.type === 'content' && node.id) {
      if (!byId.has(node.id))
        dangling++
      texts.push((byId.get(node.id) ?? []).join(' '))
      const mcid = /_mc(\d+)$/.exec(node.id)
      if (inFigure && mcid)
        figureMcids.add(Number(mcid[1]))
      return
    }
    if (node.role) {
      roles[node.role] = (roles[node.role] ?? 0) + 1
      if (node.role === 'Figure' && node.alt)
        figureAlts.push(node.alt)
    }
    node.children?.forEach(child => walk(child, inFigure || node.role === 'Figure' || node.role === 'Formula'))
  }
  if (tree)
    walk(tree, false)
  return { text: texts.join(' '), roles, figureAlts, figureMcids, dangling }
}
