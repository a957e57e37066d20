/**
 * Joins the PDFs Chromium prints for consecutive slide ranges (export-print.ts, export-chunks.ts) into one.
 *
 * The join keeps what the single print had: every page as printed (content, fonts, images byte for byte), the
 * document language and viewer preferences, and the tagged structure screen readers use. Chromium tags each PDF
 * with a StructTreeRoot holding one Document element and a ParentTree (page → its structure elements, keyed by the
 * page's /StructParents). Joined, each range's Document element hangs under one new StructTreeRoot and the
 * ParentTree keys are shifted so they stay unique. Metadata and bookmarks are added afterwards (pdf-finish.ts).
 */
import type { PDFObject } from 'pdf-lib'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef } from 'pdf-lib'

const name = (key: string): PDFName => PDFName.of(key)

/** The [key, value] pairs of a number tree (flat /Nums or nested /Kids). */
function numberTreeEntries(tree: PDFDict | undefined): [number, PDFObject][] {
  if (!tree)
    return []
  const entries: [number, PDFObject][] = []
  const nums = tree.lookupMaybe(name('Nums'), PDFArray)
  const numCount = nums?.size() ?? 0
  for (let i = 0; i + 1 < numCount; i += 2)
    entries.push([nums!.lookup(i, PDFNumber).asNumber(), nums!.get(i + 1)])
  const kids = tree.lookupMaybe(name('Kids'), PDFArray)
  const kidCount = kids?.size() ?? 0
  for (let i = 0; i < kidCount; i++)
    entries.push(...numberTreeEntries(kids!.lookup(i, PDFDict)))
  return entries
}

/** Adds `offset` to an integer entry (StructParents, StructParent) of a dictionary, if it has one. */
function shiftKey(dict: PDFDict, key: string, offset: number): void {
  const value = dict.lookupMaybe(name(key), PDFNumber)
  if (value)
    dict.set(name(key), PDFNumber.of(value.asNumber() + offset))
}

/** Joins PDFs printed from consecutive slide ranges, in order. One PDF is returned as it is. */
export async function joinRangePdfs(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  if (parts.length === 0)
    throw new Error('joinRangePdfs: no PDF to join')
  if (parts.length === 1)
    return parts[0]!
  const out = await PDFDocument.create({ updateMetadata: false })
  const rootRef = out.context.nextRef()
  const documents: PDFRef[] = []
  const parentTree: PDFObject[] = []
  let nextKey = 0
  let tagged = false

  for (const [index, bytes] of parts.entries()) {
    const src = await PDFDocument.load(bytes, { updateMetadata: false })
    const copier = PDFObjectCopier.for(src.context, out.context)
    const offset = nextKey
    const structRoot = src.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)

    // Pages are copied through their references, so structure elements that point at a page (/Pg) land on the copy.
    for (const page of src.getPages()) {
      shiftKey(page.node, 'StructParents', offset)
      const annots = page.node.lookupMaybe(name('Annots'), PDFArray)
      const annotCount = annots?.size() ?? 0
      for (let i = 0; i < annotCount; i++)
        shiftKey(annots!.lookup(i, PDFDict), 'StructParent', offset)
      const ref = copier.copy(page.ref) as PDFRef
      const leaf = out.context.lookup(ref)
      if (!(leaf instanceof PDFPageLeaf))
        throw new TypeError(`range ${index + 1}: page ${ref.toString()} did not copy as a page`)
      out.addPage(PDFPage.of(leaf, ref, out))
    }

    if (structRoot) {
      tagged = true
      const k = structRoot.get(name('K'))
      const tops = k instanceof PDFArray ? k.asArray() : k ? [k] : []
      for (const top of tops) {
        if (!(top instanceof PDFRef))
          throw new TypeError(`range ${index + 1}: its structure tree has an inline top element; expected a reference`)
        // Detached from the range's root first, so the copy does not drag that root (and its ParentTree) along.
        src.context.lookup(top, PDFDict).delete(name('P'))
        const copied = copier.copy(top) as PDFRef
        out.context.lookup(copied, PDFDict).set(name('P'), rootRef)
        documents.push(copied)
      }
      const entries = numberTreeEntries(structRoot.lookupMaybe(name('ParentTree'), PDFDict))
      for (const [key, value] of entries)
        parentTree.push(PDFNumber.of(key + offset), copier.copy(value))
      const declared = structRoot.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0
      nextKey = offset + Math.max(declared, ...entries.map(([key]) => key + 1))
    }
    if (index === 0) {
      for (const key of ['Lang', 'ViewerPreferences', 'MarkInfo']) {
        const value = src.catalog.get(name(key))
        if (value)
          out.catalog.set(name(key), copier.copy(value))
      }
    }
  }

  if (tagged) {
    const parentTreeRef = out.context.register(out.context.obj({ Nums: parentTree }))
    out.context.assign(rootRef, out.context.obj({ Type: 'StructTreeRoot', K: documents, ParentTree: parentTreeRef, ParentTreeNextKey: nextKey }))
    out.catalog.set(name('StructTreeRoot'), rootRef)
    out.catalog.set(name('MarkInfo'), out.context.obj({ Marked: true }))
  }
  return out.save()
}
