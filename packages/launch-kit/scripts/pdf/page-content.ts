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
  /** How far the text advances along its line, and its font size, in points. */
  width: number
  size: number
}

export interface PdfPixels { width: number, height: number, data: Uint8ClampedArray }

/** A structure element of the page, in tree order: its role and the text of everything tagged under it. */
export interface TaggedElement {
  role: string
  text: string
  /** The alternate text (a Figure's description), if it has one. */
  alt?: string
  /** MCIDs of the marked content under it, at any depth. */
  mcids: number[]
}

export interface TaggedPage {
  /** The page's text in the order of its structure tree (reading order), untagged text left out. */
  text: string
  /** How many structure elements of each role the page has (H1, L, LI, BlockQuote, Figure, …). */
  roles: Record<string, number>
  /** Every structure element with a role, in tree order (reading order). */
  elements: TaggedElement[]
  /** The alternate text of every Figure element. */
  figureAlts: string[]
  /** MCIDs of the marked content that belongs to a Figure (a chart's marks are its content, not decoration). */
  figureMcids: Set<number>
  /** MCIDs the tree points at (tagged content). */
  taggedMcids: Set<number>
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
  /** Where its painted paths (filled or stroked, not clips) reach on the page; null when it paints none. */
  pathBox: PdfBox | null
}

export interface PaintedPage {
  /** Where each raster image lands (points, origin bottom left). */
  images: PdfBox[]
  sequences: PaintedSequence[]
  /** Text, paths or images painted outside every marked-content sequence: neither tagged content nor an artifact. */
  unmarked: { text: number, path: number, image: number }
}

/** A page's text with its marked-content boundaries, read once and shared by text(), textItems() and tagged(). */
export function pageText(page: PDFPageProxy): Promise<TextContent> {
  return page.getTextContent({ includeMarkedContent: true })
}

export function plainText(content: TextContent): string {
  return content.items.filter(item => 'str' in item).map(item => `${item.str}${item.hasEOL ? '\n' : ''}`).join(' ')
}

export function textItems(content: TextContent): PdfTextItem[] {
  // Empty and white-space items stay: where text is drawn apart on one line, pdfjs puts a wide space item between.
  return content.items.flatMap(item => ('str' in item && (item.str !== '' || item.hasEOL)
    ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) }]
    : []))
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

/** The corners of `box` (in the current user space) through `ctm`, as a box on the page. */
function onPage(ctm: Matrix, [x0, y0, x1, y1]: readonly [number, number, number, number]): PdfBox {
  const corners = [[x0, y0], [x1, y0], [x0, y1], [x1, y1]].map(([u, v]) => [ctm[0] * u! + ctm[2] * v! + ctm[4], ctm[1] * u! + ctm[3] * v! + ctm[5]] as const)
  return { x0: Math.min(...corners.map(c => c[0])), y0: Math.min(...corners.map(c => c[1])), x1: Math.max(...corners.map(c => c[0])), y1: Math.max(...corners.map(c => c[1])) }
}

function union(a: PdfBox | null, b: PdfBox): PdfBox {
  return a ? { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) } : b
}

function intersect(a: PdfBox | null, b: PdfBox): PdfBox {
  return a ? { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) } : b
}

/** pdfjs gives constructPath as [paint operator, path data, extent in user space]; endPath paints nothing (a clip). */
function pathOf(args: unknown[] | null, ctm: Matrix): { paints: boolean, box: PdfBox | null } {
  const [paint, , extent] = (args ?? []) as [number | undefined, unknown, ArrayLike<number> | null | undefined]
  const box = extent && extent.length >= 4 && Number.isFinite(extent[0]!) ? onPage(ctm, [extent[0]!, extent[1]!, extent[2]!, extent[3]!]) : null
  return { paints: paint !== OPS.endPath, box }
}

/**
 * One pass over the page's operators: where each raster image lands (the unit square an image fills, through the
 * transformations in force), each marked-content sequence with what it paints and where its paths reach, and what is
 * painted outside every marked-content sequence.
 */
export async function paintedContent(page: PDFPageProxy): Promise<PaintedPage> {
  const list = await page.getOperatorList()
  // The graphics state this needs: the transformation, and the clip as a box (null: the whole page).
  const stack: { ctm: Matrix, clip: PdfBox | null }[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  let clip: PdfBox | null = null
  let clipping = false
  const boxes: PdfBox[] = []
  const sequences: PaintedSequence[] = []
  const open: PaintedSequence[] = []
  const unmarked = { text: 0, path: 0, image: 0 }
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i]!
    const args = list.argsArray[i] as unknown[] | null
    const current = open.at(-1)
    if (op === OPS.beginMarkedContent || op === OPS.beginMarkedContentProps) {
      const mcid = op === OPS.beginMarkedContentProps && typeof args?.[1] === 'number' ? args[1] : null
      // BDC gives the tag as a string, BMC as pdfjs's Name object.
      const tag = args?.[0] as string | { name?: string } | undefined
      open.push({ tag: typeof tag === 'string' ? tag : tag?.name ?? '', mcid, text: false, image: false, path: false, pathBox: null })
    }
    else if (op === OPS.endMarkedContent) {
      const done = open.pop()
      if (done)
        sequences.push(done)
    }
    else if (TEXT_OPS.has(op)) {
      if (current)
        current.text = true
      else
        unmarked.text++
    }
    else if (op === OPS.clip || op === OPS.eoClip) {
      // The clip takes the shape of the path that follows it (pdfjs: clip, then constructPath … endPath).
      clipping = true
    }
    else if (PATH_OPS.has(op)) {
      const path = op === OPS.constructPath ? pathOf(args, ctm) : { paints: true, box: null }
      if (clipping && path.box) {
        clip = intersect(clip, path.box)
        clipping = false
      }
      const box = path.paints && path.box ? intersect(clip, path.box) : null
      if (path.paints && current) {
        current.path = true
        if (box && box.x1 > box.x0 && box.y1 > box.y0)
          current.pathBox = union(current.pathBox, box)
      }
      else if (path.paints) {
        unmarked.path++
      }
    }
    if (op === OPS.save) {
      stack.push({ ctm, clip })
    }
    else if (op === OPS.restore) {
      ({ ctm, clip } = stack.pop() ?? { ctm, clip })
    }
    else if (op === OPS.transform) {
      ctm = multiply(args as Matrix, ctm)
    }
    else if (op === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, clip })
      const matrix = args?.[0] as Matrix | null
      if (matrix)
        ctm = multiply(matrix, ctm)
    }
    else if (op === OPS.paintFormXObjectEnd) {
      ({ ctm, clip } = stack.pop() ?? { ctm, clip })
    }
    if (IMAGE_OPS.has(op)) {
      if (current)
        current.image = true
      else
        unmarked.image++
      boxes.push(onPage(ctm, [0, 0, 1, 1]))
    }
  }
  return { images: boxes, sequences, unmarked }
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

/** The page's structure tree walked in order: text of its marked content, its elements with their text, roles, Figure alternate texts. */
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
  const elements: TaggedElement[] = []
  const figureAlts: string[] = []
  const figureMcids = new Set<number>()
  const taggedMcids = new Set<number>()
  let dangling = 0
  /** Walks `node` in order; returns the text and MCIDs under it. */
  const walk = (node: StructNode, inFigure: boolean): { text: string[], mcids: number[] } => {
    if (node.type === 'content' && node.id) {
      if (!byId.has(node.id))
        dangling++
      const text = (byId.get(node.id) ?? []).join(' ')
      texts.push(text)
      const mcid = /_mc(\d+)$/.exec(node.id)
      if (mcid) {
        taggedMcids.add(Number(mcid[1]))
        if (inFigure)
          figureMcids.add(Number(mcid[1]))
      }
      return { text: [text], mcids: mcid ? [Number(mcid[1])] : [] }
    }
    // Placed before its children, so elements stay in tree order (a list before its items).
    const element = node.role ? { role: node.role, text: '', mcids: [] as number[], ...(node.alt ? { alt: node.alt } : {}) } : undefined
    if (node.role) {
      roles[node.role] = (roles[node.role] ?? 0) + 1
      elements.push(element!)
      if (node.role === 'Figure' && node.alt)
        figureAlts.push(node.alt)
    }
    const children = node.children ?? []
    const below = children.map(child => walk(child, inFigure || node.role === 'Figure' || node.role === 'Formula'))
    // A list item's label (its bullet or number, an Lbl) is not its text: the slide's item is what follows it.
    const result = { text: below.filter((_b, i) => children[i]!.role !== 'Lbl').flatMap(b => b.text), mcids: below.flatMap(b => b.mcids) }
    if (element) {
      element.text = result.text.join(' ')
      element.mcids = result.mcids
    }
    return result
  }
  if (tree)
    walk(tree, false)
  return { text: texts.join(' '), roles, elements, figureAlts, figureMcids, taggedMcids, dangling }
}
