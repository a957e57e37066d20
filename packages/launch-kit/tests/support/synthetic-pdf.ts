/**
 * Small tagged PDFs written with pdf-lib, the way Chromium writes them (marked content one level deep, each sequence
 * with an MCID under one structure element, decoration as /Artifact), so a test can hand the export's PDF checks
 * (scripts/pdf/) exactly the fault it is about: a blank page, a bullet tagged as a paragraph, a raster image over a
 * chart, a chart drawn with a wrong figure, a source without its link. Text is Helvetica (WinAnsi: ASCII and a few
 * signs such as "–"); the chart-label matcher's handling of other signs is tested on text items directly.
 */
import type { PDFPage, PDFRef } from 'pdf-lib'
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import { PNG } from 'pngjs'

/** One marked-content sequence: tagged under the element `element` (its key), an Artifact, or painted outside any. */
export type Mark
  = | { element: string, ops: Ops }
    | { artifact: true, ops: Ops }
    /** A sequence with this tag and no MCID that is not an Artifact: marked, but neither tagged nor decoration. */
    | { untaggedTag: string, ops: Ops }
    /** A sequence with an MCID that no structure element points at. */
    | { orphanMcid: true, ops: Ops }
    | { unmarked: true, ops: Ops }

/** Content-stream operators, written with the helpers below (text, rect, image). */
export type Ops = (font: { encode: (text: string) => string }) => string

export interface SyntheticElement {
  key: string
  role: string
  /** The key of the element it sits in; the document element by default. */
  parent?: string
  alt?: string
}

export interface SyntheticPage {
  /** Width and height in points; a 980×552 px slide (735×414 pt) by default. */
  size?: [number, number]
  marks: Mark[]
  /** Structure elements of this page, parents before children; their order is the reading order. */
  elements?: SyntheticElement[]
  /** Link annotations (URLs) on the page. */
  links?: string[]
  /** A tag in the tree that points at an MCID this page does not have. */
  danglingTag?: boolean
}

export const SLIDE_PT: [number, number] = [735, 414]
export const A4_PT: [number, number] = [595.28, 841.89]

/** Text at (x, y) (baseline, points from the bottom left), black unless given an rgb colour 0–1. */
export function text(str: string, x: number, y: number, size = 20, rgb: [number, number, number] = [0, 0, 0]): Ops {
  return font => `${rgb.join(' ')} rg BT /F1 ${size} Tf ${x} ${y} Td ${font.encode(str)} Tj ET`
}

/** A filled rectangle (points from the bottom left), rgb 0–1. */
export function rect(x: number, y: number, width: number, height: number, rgb: [number, number, number]): Ops {
  return () => `${rgb.join(' ')} rg ${x} ${y} ${width} ${height} re f`
}

/** The raster image /Im1 (a small red PNG) stretched over a rectangle. */
export function image(x: number, y: number, width: number, height: number): Ops {
  return () => `q ${width} 0 0 ${height} ${x} ${y} cm /Im1 Do Q`
}

export function ops(...parts: Ops[]): Ops {
  return font => parts.map(p => p(font)).join('\n')
}

/** A 4×4 red PNG, made with pngjs. */
function redPng(): Uint8Array {
  const png = new PNG({ width: 4, height: 4 })
  for (let i = 0; i < png.data.length; i += 4)
    png.data.set([213, 94, 0, 255], i)
  return PNG.sync.write(png)
}

/**
 * A PDF of the given pages, tagged: one structure tree (Document, then each page's elements), a parent tree per page,
 * MarkInfo /Marked true. `fonts: false` leaves Helvetica out (a PDF without fonts).
 */
export async function syntheticPdf(pages: readonly SyntheticPage[], options: { fonts?: boolean } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  // Without fonts (an image-only print), text operators cannot be written.
  const helvetica = options.fonts === false ? undefined : await pdf.embedFont(StandardFonts.Helvetica)
  const picture = await pdf.embedPng(redPng())
  const { context } = pdf
  const encode = (str: string) => {
    if (!helvetica)
      throw new Error('syntheticPdf: text on a PDF made without fonts')
    return `<${helvetica.encodeText(str).asString().replace(/^<|>$/g, '')}>`
  }
  const root = context.nextRef()
  const doc = context.nextRef()
  const docKids: PDFRef[] = []
  const parentTree: unknown[] = []
  pages.forEach((spec, pageIndex) => {
    const page: PDFPage = pdf.addPage(spec.size ?? SLIDE_PT)
    if (helvetica)
      page.node.setFontDictionary(PDFName.of('F1'), helvetica.ref)
    const refs = new Map<string, PDFRef>()
    const kids = new Map<string, unknown[]>()
    for (const element of spec.elements ?? []) {
      refs.set(element.key, context.nextRef())
      kids.set(element.key, [])
    }
    let mcid = 0
    const mcidOwners: PDFRef[] = []
    const stream: string[] = []
    for (const mark of spec.marks) {
      const body = mark.ops({ encode })
      if ('element' in mark) {
        const ref = refs.get(mark.element)
        if (!ref)
          throw new Error(`syntheticPdf: no element "${mark.element}" on page ${pageIndex + 1}`)
        kids.get(mark.element)!.push(mcid)
        mcidOwners.push(ref)
        stream.push(`/Span <</MCID ${mcid} >>BDC\n${body}\nEMC`)
        mcid++
      }
      else if ('artifact' in mark) {
        stream.push(`/Artifact BMC\n${body}\nEMC`)
      }
      else if ('untaggedTag' in mark) {
        stream.push(`/${mark.untaggedTag} BMC\n${body}\nEMC`)
      }
      else if ('orphanMcid' in mark) {
        stream.push(`/Span <</MCID ${mcid} >>BDC\n${body}\nEMC`)
        mcidOwners.push(doc)
        mcid++
      }
      else {
        stream.push(body)
      }
    }
    if (spec.danglingTag) {
      const first = spec.elements?.[0]
      if (!first)
        throw new Error('syntheticPdf: a dangling tag needs an element to sit in')
      kids.get(first.key)!.push(mcid + 7)
    }
    // The image in the page's resources only where the page paints it (the checks read resources too).
    if (stream.some(part => part.includes('/Im1 Do')))
      page.node.setXObject(PDFName.of('Im1'), picture.ref)
    page.node.set(PDFName.of('Contents'), context.register(context.flateStream(stream.join('\n'))))
    page.node.set(PDFName.of('StructParents'), context.obj(pageIndex))
    for (const element of spec.elements ?? []) {
      const parent = element.parent ? refs.get(element.parent)! : doc
      const children = (spec.elements ?? []).filter(e => e.parent === element.key).map(e => refs.get(e.key)!)
      const k = [...kids.get(element.key)!.map(n => context.obj(n as number)), ...children]
      context.assign(refs.get(element.key)!, context.obj({
        Type: 'StructElem',
        S: element.role,
        P: parent,
        Pg: page.ref,
        K: k,
        ...(element.alt !== undefined ? { Alt: PDFString.of(element.alt) } : {}),
      } as never))
      if (!element.parent)
        docKids.push(refs.get(element.key)!)
    }
    parentTree.push(pageIndex, mcidOwners)
    if (spec.links?.length) {
      const annots = spec.links.map((url, i) => context.register(context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [20, 20 + i * 14, 300, 32 + i * 14],
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
      } as never)))
      page.node.set(PDFName.of('Annots'), context.obj(annots))
    }
  })
  context.assign(doc, context.obj({ Type: 'StructElem', S: 'Document', P: root, K: docKids }))
  const parents = context.register(context.obj({ Nums: parentTree } as never))
  context.assign(root, context.obj({ Type: 'StructTreeRoot', K: doc, ParentTree: parents, ParentTreeNextKey: pages.length }))
  pdf.catalog.set(PDFName.of('StructTreeRoot'), root)
  pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }))
  return pdf.save()
}
