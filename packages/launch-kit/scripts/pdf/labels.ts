/**
 * Finding a chart's labels on a PDF page: each label (from the chart's data, charts/types.ts `labels`) must be a
 * whole string drawn inside the chart's box, not a few letters somewhere in the page's text. Text items inside the
 * box are joined into the strings as drawn (pieces); a label matches a piece that is exactly the label, or, where
 * the chart wrapped it at its spaces, consecutive pieces one under the other that read as the label. Each piece
 * serves one label, so "0" needs a "0" of its own, and "4.4m" is not found in "14.4m".
 */
import type { PdfBox, PdfTextItem } from './page-content'

/** A string as compared: NFKC (ligatures, no-break spaces), every run of white space one space, trimmed. */
export function labelText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim()
}

/** A string as drawn on the page: its text and where its baseline starts and ends (points). */
export interface TextPiece {
  text: string
  x: number
  y: number
  right: number
  size: number
}

/** How far a piece's next item may start from its end and still be the same string, in ems (kerning, a fallback font's glyph). */
const JOIN_GAP = 0.5
/** A white-space item wider than this (in ems) is the gap between two strings, not a space inside one. */
const WIDEST_SPACE = 0.7

/** Whether an item's start lies inside `box`, give or take `slack` points (a glyph's side bearing). */
export function insideBox(item: Pick<PdfTextItem, 'x' | 'y'>, box: PdfBox, slack = 4): boolean {
  return item.x >= box.x0 - slack && item.x <= box.x1 + slack && item.y >= box.y0 - slack && item.y <= box.y1 + slack
}

/**
 * The strings drawn inside `box`: the page's text items in content order, joined while they continue one another on
 * one baseline. An empty item (pdfjs's line end), a wide white-space item (pdfjs's gap between two strings on one
 * line) or an item outside the box ends a piece.
 */
export function textPieces(items: readonly PdfTextItem[], box: PdfBox): TextPiece[] {
  const pieces: TextPiece[] = []
  let current: TextPiece | undefined
  for (const item of items) {
    if (!insideBox(item, box) || item.str === '') {
      current = undefined
      continue
    }
    const size = item.size > 0 ? item.size : (current?.size ?? 1)
    const continues = current !== undefined && Math.abs(item.y - current.y) <= size * 0.2 && Math.abs(item.x - current.right) <= size * JOIN_GAP
    if (item.str.trim() === '') {
      if (continues && item.width <= size * WIDEST_SPACE) {
        current!.text += ' '
        current!.right = item.x + item.width
      }
      else {
        current = undefined
      }
      continue
    }
    if (continues) {
      current!.text += item.str
      current!.right = item.x + item.width
    }
    else {
      current = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, size }
      pieces.push(current)
    }
  }
  return pieces.map(p => ({ ...p, text: labelText(p.text) })).filter(p => p.text !== '')
}

/** Whether `next` is the line under `line`: lower by about one line (0.5–2.5 of its size) and overlapping it across. */
function lineBelow(line: TextPiece, next: TextPiece): boolean {
  const drop = line.y - next.y
  return drop > line.size * 0.5 && drop < line.size * 2.5 && next.x <= line.right + line.size && next.right >= line.x - line.size
}

/** The pieces that read as `label` (one piece, or consecutive lines of a wrapped one) among those not used yet. */
function findLabel(pieces: readonly TextPiece[], label: string, used: ReadonlySet<number>): number[] | undefined {
  for (let i = 0; i < pieces.length; i++) {
    if (used.has(i))
      continue
    if (pieces[i]!.text === label)
      return [i]
    if (!label.startsWith(`${pieces[i]!.text} `))
      continue
    const run = [i]
    let text = pieces[i]!.text
    for (let j = i + 1; j < pieces.length && !used.has(j) && lineBelow(pieces[run.at(-1)!]!, pieces[j]!); j++) {
      text = `${text} ${pieces[j]!.text}`
      run.push(j)
      if (text === label)
        return run
      if (!label.startsWith(`${text} `))
        break
    }
  }
  return undefined
}

/**
 * The labels not drawn inside the box, in the order given. Longer labels are placed first, so a short one cannot
 * take a piece a longer one needs.
 */
export function missingLabels(pieces: readonly TextPiece[], labels: readonly string[]): string[] {
  const used = new Set<number>()
  const missing = new Set<number>()
  const order = labels.map((label, i) => ({ label: labelText(label), i })).sort((a, b) => b.label.length - a.label.length)
  for (const { label, i } of order) {
    const found = label === '' ? undefined : findLabel(pieces, label, used)
    if (found)
      found.forEach(at => used.add(at))
    else
      missing.add(i)
  }
  return labels.filter((_l, i) => missing.has(i))
}
