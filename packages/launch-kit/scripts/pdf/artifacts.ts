/**
 * Decorative marks as artifacts. Chromium tags everything it paints: a slide's white background, a quote's rule, a
 * table's borders and the handout's frame around each slide all become marked content of the nearest structure
 * element, so a screen reader or a PDF/UA checker meets them as content. Here every marked-content sequence that
 * paints no text and no image, and is not part of a Figure (a chart's bars are its content), becomes an Artifact
 * (PDF 1.7, §14.8.2.2), and the structure tree forgets it (its MCID leaves the element's /K and the parent tree).
 *
 * Chromium writes marked content one level deep (BDC … EMC, never nested); an element's /K holds plain MCIDs (with
 * /Pg on the element) or, for an element spread over pages, marked-content references (/Type /MCR, /Pg, /MCID).
 * A sequence that does not fit that shape is left as it is. Hand-written on pdf-lib's objects:
 * pdf-lib reads and writes streams but has no content-stream editor, and no maintained npm library does this.
 */
import type { PDFContext, PDFDocument, PDFObject, PDFPage } from 'pdf-lib'
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib'

interface Sequence {
  /** Offsets of the BDC operator's operands and of its end, in the decoded stream (latin1). */
  start: number
  end: number
  tag: string
  mcid: number | undefined
  paints: { text: boolean, image: boolean }
}

const DELIMITERS = new Set([...'()<>[]{}/%'])
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0'

/** The marked-content sequences of a content stream, found by a tokenizer that skips strings, names and dicts. */
export function markedSequences(src: string): Sequence[] {
  const sequences: Sequence[] = []
  let open: Sequence | undefined
  let operandStart = -1
  let lastName = ''
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (isSpace(c)) {
      i++
      continue
    }
    if (operandStart < 0)
      operandStart = i
    if (c === '%') {
      while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++
    }
    else if (c === '(') {
      let depth = 0
      for (; i < src.length; i++) {
        if (src[i] === '\\') {
          i++
          continue
        }
        if (src[i] === '(')
          depth++
        else if (src[i] === ')' && --depth === 0)
          break
      }
      i++
    }
    else if (c === '<' && src[i + 1] === '<') {
      i += 2
    }
    else if (c === '>' && src[i + 1] === '>') {
      i += 2
    }
    else if (c === '<') {
      i = src.indexOf('>', i) + 1 || src.length
    }
    else if (c === '/') {
      let j = i + 1
      while (j < src.length && !isSpace(src[j]!) && !DELIMITERS.has(src[j]!)) j++
      lastName = src.slice(i + 1, j)
      i = j
    }
    else if (DELIMITERS.has(c)) {
      i++
    }
    else {
      let j = i
      while (j < src.length && !isSpace(src[j]!) && !DELIMITERS.has(src[j]!)) j++
      const word = src.slice(i, j)
      if (!/^[+\-.\d]/.test(word)) {
        // An operator: it ends the operands gathered since operandStart.
        if (word === 'BDC' || word === 'BMC') {
          const operands = src.slice(operandStart, i)
          const mcid = /\/MCID\s+(\d+)/.exec(operands)
          const tag = /^\/([^\s/<[(]+)/.exec(operands)?.[1] ?? lastName
          open = open ? undefined : { start: operandStart, end: j, tag, mcid: mcid ? Number(mcid[1]) : undefined, paints: { text: false, image: false } }
        }
        else if (word === 'EMC') {
          if (open)
            sequences.push(open)
          open = undefined
        }
        else if (open && ['Tj', 'TJ', '\'', '"'].includes(word)) {
          open.paints.text = true
        }
        else if (open && ['Do', 'BI', 'sh'].includes(word)) {
          open.paints.image = true
        }
        if (word === 'BI') {
          // Inline image data is binary: skip to its end.
          i = src.indexOf('EI', j)
          i = i < 0 ? src.length : i + 2
          operandStart = -1
          continue
        }
        operandStart = -1
      }
      i = j
    }
  }
  return sequences
}

/** The /K of a structure element without the content item `mcid` of `page` (an integer, or an MCR to it). */
function withoutMcid(context: PDFContext, element: PDFDict, page: PDFRef, mcid: number): PDFObject | undefined {
  const ownPage = element.get(PDFName.of('Pg'))
  const isItem = (item: PDFObject): boolean => {
    if (item instanceof PDFNumber)
      return item.asNumber() === mcid && ownPage === page
    const mcr = item instanceof PDFRef ? context.lookupMaybe(item, PDFDict) : item instanceof PDFDict ? item : undefined
    return mcr !== undefined && mcr.get(PDFName.of('Type')) === PDFName.of('MCR')
      && mcr.lookupMaybe(PDFName.of('MCID'), PDFNumber)?.asNumber() === mcid && (mcr.get(PDFName.of('Pg')) ?? ownPage) === page
  }
  const k = element.get(PDFName.of('K'))
  if (k instanceof PDFArray) {
    const kept = k.asArray().filter(item => !isItem(item))
    return kept.length === k.size() ? k : kept.length === 0 ? undefined : context.obj(kept)
  }
  return k !== undefined && isItem(k) ? undefined : k
}

/** True when the element or one of its ancestors is a Figure or Formula, whose marks are content. */
function inFigure(doc: PDFDocument, element: PDFDict): boolean {
  for (let node: PDFDict | undefined = element, hops = 0; node && hops < 64; hops++) {
    const role = node.get(PDFName.of('S'))
    if (role === PDFName.of('Figure') || role === PDFName.of('Formula'))
      return true
    const parent = node.get(PDFName.of('P'))
    node = parent instanceof PDFRef ? doc.context.lookupMaybe(parent, PDFDict) : undefined
  }
  return false
}

/** The page's parent-tree array (MCID → structure element), found through its /StructParents key. */
function parentArray(doc: PDFDocument, page: PDFPage): PDFArray | undefined {
  const key = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber()
  const tree = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.lookupMaybe(PDFName.of('ParentTree'), PDFDict)
  if (key === undefined || !tree)
    return undefined
  const find = (node: PDFDict): PDFArray | undefined => {
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray)
    const numCount = nums?.size() ?? 0
    for (let i = 0; i + 1 < numCount; i += 2) {
      if (nums!.lookup(i, PDFNumber).asNumber() === key)
        return nums!.lookup(i + 1, PDFArray)
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
    const kidCount = kids?.size() ?? 0
    for (let i = 0; i < kidCount; i++) {
      const found = find(kids!.lookup(i, PDFDict))
      if (found)
        return found
    }
    return undefined
  }
  return find(tree)
}

/** Marks the decorative sequences of every page as artifacts; returns how many it marked. */
export function markArtifacts(doc: PDFDocument): number {
  let marked = 0
  for (const page of doc.getPages()) {
    const parents = parentArray(doc, page)
    const ref = page.node.get(PDFName.of('Contents'))
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined
    if (!parents || !(ref instanceof PDFRef) || !(stream instanceof PDFRawStream))
      continue
    const src = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
    const decorative = markedSequences(src).filter((seq) => {
      if (seq.mcid === undefined || seq.paints.text || seq.paints.image || seq.tag === 'Figure' || seq.tag === 'Formula')
        return false
      const element = parents.get(seq.mcid)
      const dict = element instanceof PDFRef ? doc.context.lookupMaybe(element, PDFDict) : undefined
      return dict !== undefined && !inFigure(doc, dict)
    })
    if (decorative.length === 0)
      continue
    let out = ''
    let at = 0
    for (const seq of decorative) {
      out += `${src.slice(at, seq.start)}/Artifact BMC`
      at = seq.end
      const element = doc.context.lookup(parents.get(seq.mcid!) as PDFRef, PDFDict)
      const k = withoutMcid(doc.context, element, page.ref, seq.mcid!)
      if (k)
        element.set(PDFName.of('K'), k)
      else
        element.delete(PDFName.of('K'))
      parents.set(seq.mcid!, PDFNull)
    }
    out += src.slice(at)
    // In place of the old stream, so the file does not keep both.
    doc.context.assign(ref, doc.context.flateStream(Buffer.from(out, 'latin1')))
    marked += decorative.length
  }
  return marked
}
