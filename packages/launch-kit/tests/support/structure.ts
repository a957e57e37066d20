/**
 * A PDF page's tags as a screen reader meets them, read with pdfjs directly (not with the export's own reader,
 * scripts/pdf/inspect.ts): the structure tree (getStructTree) with the text of the marked content each element holds
 * (getTextContent with its marked-content boundaries), and every marked-content sequence the page paints (the
 * operator list's BDC/BMC), so a test can say which sequences no element holds and which are not artifacts.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** A structure element: its role, its Alt, the text under it, and the roles of the elements it sits in. */
export interface StructElement {
  role: string
  alt?: string
  text: string
  ancestors: string[]
}

export interface PageStructure {
  /** Every element in tree order (the reading order). */
  elements: StructElement[]
  /** Marked-content sequences the page paints, by tag, that no element holds and that are not /Artifact. */
  untagged: string[]
  /** Marked-content sequences in all, and artifacts among them (so a test can see the walk saw something). */
  sequences: number
  artifacts: number
}

interface Node { role?: string, alt?: string, type?: string, id?: string, children?: Node[] }

/** Lower-case letters and digits: text compared across line breaks, quotes, dashes and ligatures. */
export function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

export async function pageStructure(page: PDFPageProxy): Promise<PageStructure> {
  const content = await page.getTextContent({ includeMarkedContent: true })
  const textOf = new Map<string, string[]>()
  const open: (string | null)[] = []
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
        open.push(item.type === 'beginMarkedContentProps' && item.id ? item.id : null)
      else if (item.type === 'endMarkedContent')
        open.pop()
      continue
    }
    const id = open.findLast(i => i !== null)
    if (id)
      textOf.set(id, [...(textOf.get(id) ?? []), item.str])
  }
  const held = new Set<string>()
  const elements: StructElement[] = []
  const walk = (node: Node, ancestors: string[]): string => {
    if (node.type === 'content' && node.id) {
      held.add(node.id)
      return (textOf.get(node.id) ?? []).join(' ')
    }
    const element = node.role ? { role: node.role, ...(node.alt !== undefined ? { alt: node.alt } : {}), text: '', ancestors } : undefined
    if (element)
      elements.push(element)
    const below = node.role ? [...ancestors, node.role] : ancestors
    // A list item's label (its bullet or number, an Lbl) is not its text.
    const children = node.children ?? []
    const text = children.map(child => walk(child, below)).filter((_t, i) => children[i]!.role !== 'Lbl').join(' ')
    if (element)
      element.text = text
    return text
  }
  const tree = await page.getStructTree() as Node | null
  if (tree)
    walk(tree, [])
  // Every sequence the page paints, from its operators: the tag, and the MCID pdfjs names content by.
  const list = await page.getOperatorList()
  const pageRef = (page as unknown as { ref?: { num: number, gen: number } }).ref
  const untagged: string[] = []
  let sequences = 0
  let artifacts = 0
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i]
    if (op !== OPS.beginMarkedContent && op !== OPS.beginMarkedContentProps)
      continue
    sequences++
    const args = list.argsArray[i] as unknown[]
    const raw = args[0] as string | { name?: string }
    const tag = typeof raw === 'string' ? raw : raw?.name ?? ''
    if (tag === 'Artifact') {
      artifacts++
      continue
    }
    const mcid = op === OPS.beginMarkedContentProps && typeof args[1] === 'number' ? args[1] : null
    const id = mcid !== null && pageRef ? `p${pageRef.num}R_mc${mcid}` : null
    if (!id || !held.has(id))
      untagged.push(`${tag}${mcid === null ? '' : ` (MCID ${mcid})`}`)
  }
  return { elements, untagged, sequences, artifacts }
}

/**
 * The words of each block in the order given, each found as an element of its role (its text, by key, equal to the
 * block or, for a list item with a list inside it, starting with it), each after the one before in tree order.
 * Returns what is not found that way.
 */
export function notInOrder(structure: PageStructure, blocks: readonly { role: RegExp, text: string, what: string }[]): string[] {
  const keys = structure.elements.map(e => key(e.text))
  const missing: string[] = []
  let from = 0
  for (const block of blocks) {
    const want = key(block.text)
    const at = keys.findIndex((k, i) => i >= from && block.role.test(structure.elements[i]!.role) && (k === want || k.startsWith(want)))
    if (at < 0) {
      const elsewhere = structure.elements.filter((_e, i) => keys[i]!.includes(want)).map(e => e.role)
      missing.push(`${block.what} "${block.text.slice(0, 50)}" (found under: ${elsewhere.join(', ') || 'nothing'})`)
    }
    else {
      from = at + 1
    }
  }
  return missing
}
