/**
 * Structure element IDs numbered in reading order. Chromium gives each table header cell of a tagged PDF an ID
 * ("node00000614") from its renderer's own count of the nodes it has made, which can differ by one between two prints
 * of the same page; the cells that a header labels name it in their /Headers attribute, and the structure tree's
 * /IDTree maps every ID to its element. Here the IDs become s1, s2, … in the order the structure tree lists them
 * (depth first from the root), the /Headers references and the /IDTree follow, and two exports of the same deck
 * give the same bytes. Nothing a reader or a screen reader meets changes: only the names, consistently.
 */
import type { PDFDocument, PDFObject } from 'pdf-lib'
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

function text(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined
}

export function numberStructureIds(pdf: PDFDocument): void {
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  if (!(root instanceof PDFDict))
    return
  const { context } = pdf
  const elements: PDFDict[] = []
  const seen = new Set<PDFDict>()
  const walk = (node: PDFObject | undefined): void => {
    const value = node instanceof PDFRef ? context.lookup(node) : node
    if (value instanceof PDFArray) {
      for (let i = 0; i < value.size(); i++)
        walk(value.get(i))
    }
    else if (value instanceof PDFDict && !seen.has(value)) {
      seen.add(value)
      // Marked-content and object references (/Type /MCR, /OBJR) end the walk; elements go on through their /K.
      if (value.get(PDFName.of('S'))) {
        elements.push(value)
        walk(value.get(PDFName.of('K')))
      }
    }
  }
  walk(root.get(PDFName.of('K')))

  const renamed = new Map<string, string>()
  const byId: [string, PDFDict][] = []
  for (const element of elements) {
    const id = text(element.get(PDFName.of('ID')))
    if (id === undefined)
      continue
    const next = `s${renamed.size + 1}`
    renamed.set(id, next)
    element.set(PDFName.of('ID'), PDFString.of(next))
    byId.push([next, element])
  }
  if (renamed.size === 0)
    return
  for (const element of elements) {
    const attributes = context.lookup(element.get(PDFName.of('A')))
    for (const dict of attributes instanceof PDFArray ? attributes.asArray().map(a => context.lookup(a)) : [attributes]) {
      const headers = dict instanceof PDFDict ? context.lookup(dict.get(PDFName.of('Headers'))) : undefined
      if (!(headers instanceof PDFArray))
        continue
      for (let i = 0; i < headers.size(); i++) {
        const id = text(headers.get(i))
        if (id !== undefined && renamed.has(id))
          headers.set(i, PDFString.of(renamed.get(id)!))
      }
    }
  }
  // The old tree's nodes go (they hold the old IDs); the new one is a single root node with every ID, sorted as a
  // name tree must be (by the bytes of the names).
  const drop = (node: PDFObject | undefined): void => {
    const value = context.lookup(node)
    if (value instanceof PDFDict) {
      const kids = context.lookup(value.get(PDFName.of('Kids')))
      if (kids instanceof PDFArray)
        kids.asArray().forEach(drop)
    }
    if (node instanceof PDFRef)
      context.delete(node)
  }
  drop(root.get(PDFName.of('IDTree')))
  byId.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const names = context.obj(byId.flatMap(([id, element]) => [PDFString.of(id), context.getObjectRef(element) ?? element]))
  root.set(PDFName.of('IDTree'), context.register(context.obj({ Names: names })))
}
