/**
 * What a PDF page paints, read with pdfjs in plain Node: where its text and its raster images are (in points, origin
 * at the bottom left, as PDF user space has it), its text in the order of its tags, and the page drawn to pixels
 * (pdfjs's own renderer on @napi-rs/canvas; no poppler, no browser).
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { createCanvas } from '@napi-rs/canvas'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

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
}

export async function textItems(page: PDFPageProxy): Promise<PdfTextItem[]> {
  const content = await page.getTextContent()
  return content.items.flatMap(item => ('str' in item && item.str.trim() !== '' ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []))
}

type Matrix = [number, number, number, number, number, number]

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup, OPS.paintSolidColorImageMask])

/** Where each raster image lands: the unit square an image fills, through the transformations in force. */
export async function imageBoxes(page: PDFPageProxy): Promise<PdfBox[]> {
  const list = await page.getOperatorList()
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const boxes: PdfBox[] = []
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i]!
    const args = list.argsArray[i] as unknown[] | null
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
    else if (IMAGE_OPS.has(op)) {
      const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([u, v]) => [ctm[0] * u! + ctm[2] * v! + ctm[4], ctm[1] * u! + ctm[3] * v! + ctm[5]] as const)
      boxes.push({ x0: Math.min(...corners.map(c => c[0])), y0: Math.min(...corners.map(c => c[1])), x1: Math.max(...corners.map(c => c[0])), y1: Math.max(...corners.map(c => c[1])) })
    }
  }
  return boxes
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
export async function taggedPage(page: PDFPageProxy): Promise<TaggedPage> {
  const [tree, content] = await Promise.all([
    page.getStructTree() as Promise<StructNode | null>,
    page.getTextContent({ includeMarkedContent: true }),
  ])
  // Marked-content id → its text (items between beginMarkedContentProps and the matching end).
  const byId = new Map<string, string[]>()
  const open: (string | null)[] = []
  for (const item of content.items) {
    if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')) {
      open.push(item.type === 'beginMarkedContentProps' && item.id ? item.id : null)
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
  const walk = (node: StructNode): void => {
    if (node.type === 'content' && node.id) {
      texts.push((byId.get(node.id) ?? []).join(' '))
      return
    }
    if (node.role) {
      roles[node.role] = (roles[node.role] ?? 0) + 1
      if (node.role === 'Figure' && node.alt)
        figureAlts.push(node.alt)
    }
    node.children?.forEach(walk)
  }
  if (tree)
    walk(tree)
  return { text: texts.join(' '), roles, figureAlts }
}
