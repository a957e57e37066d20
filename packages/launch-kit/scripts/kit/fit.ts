/**
 * The kit's fit check, in the spirit of the Zoom lint: every figure the kit draws (each chart, language and
 * preset) is measured as drawn (embed/render.ts `fit`: the glyph bounds of every string) and judged here. A figure
 * fits when no text is clipped by the image's edge, no two strings overlap, and no label spills out of the matrix
 * cell it names. Longer translated labels are what this guards against; the kit refuses to write a figure that
 * fails, and says which text, where and by how much.
 */
import type { Box, FitSample } from '../../embed/protocol'

export const FIT_RULES = {
  /** Sub-pixel antialiasing allowed past an edge or into a neighbour, CSS px. */
  tolerance: 0.5,
  /** Room a label keeps from its cell's edges, CSS px. */
  cellPadding: 2,
} as const

export interface FitProblem {
  rule: 'clipped' | 'overlap' | 'cell'
  text: string
  detail: string
}

/** What was measured on one figure: the problems, and how close it came (for the report). */
export interface FitResult {
  problems: FitProblem[]
  texts: number
  /** Smallest distance from any text to the image's edge, px (negative: clipped). */
  edgeMargin: number
  /** Smallest gap between two strings on the same line band, px (negative: overlap); Infinity when none share one. */
  nearestGap: number
  /** Largest share of its cell's inner width a matrix label takes (over 1: spills), 0 for other kinds. */
  cellFill: number
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`
const short = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text)
function inside(b: Box, c: Box) { const x = (b.left + b.right) / 2; const y = (b.top + b.bottom) / 2; return x >= c.left && x <= c.right && y >= c.top && y <= c.bottom }

/** Horizontal and vertical gaps between two boxes; both negative means they overlap. */
function gaps(a: Box, b: Box): { x: number, y: number } {
  return { x: Math.max(a.left, b.left) - Math.min(a.right, b.right), y: Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom) }
}

export function judgeFit(sample: FitSample): FitResult {
  const problems: FitProblem[] = []
  let edgeMargin = Number.POSITIVE_INFINITY
  let nearestGap = Number.POSITIVE_INFINITY
  let cellFill = 0
  for (const t of sample.texts) {
    const margin = Math.min(t.left, t.top, sample.width - t.right, sample.height - t.bottom)
    edgeMargin = Math.min(edgeMargin, margin)
    if (margin < -FIT_RULES.tolerance)
      problems.push({ rule: 'clipped', text: short(t.text), detail: `cut off by the image's edge by ${px(-margin)}` })
  }
  sample.texts.forEach((a, i) => {
    for (const b of sample.texts.slice(i + 1)) {
      const g = gaps(a, b)
      if (g.y < 0)
        nearestGap = Math.min(nearestGap, g.x)
      if (g.x < -FIT_RULES.tolerance && g.y < -FIT_RULES.tolerance)
        problems.push({ rule: 'overlap', text: short(a.text), detail: `overlaps "${short(b.text)}" by ${px(Math.min(-g.x, -g.y))}` })
    }
  })
  for (const cell of sample.cells) {
    const room = cell.right - cell.left - 2 * FIT_RULES.cellPadding
    for (const t of sample.texts.filter(t => inside(t, cell))) {
      cellFill = Math.max(cellFill, (t.right - t.left) / room)
      const spill = Math.max(cell.left + FIT_RULES.cellPadding - t.left, t.right - (cell.right - FIT_RULES.cellPadding), cell.top - t.top, t.bottom - cell.bottom)
      if (spill > FIT_RULES.tolerance)
        problems.push({ rule: 'cell', text: short(t.text), detail: `spills out of its cell by ${px(spill)}` })
    }
  }
  return { problems, texts: sample.texts.length, edgeMargin, nearestGap, cellFill }
}

/** A figure that does not fit: which chart, language and preset, and every problem. Nothing has been written. */
export class FitError extends Error {
  override name = 'FitError'
  constructor(readonly failures: { figure: string, problems: FitProblem[] }[]) {
    super(`Text does not fit in ${failures.length} figure${failures.length === 1 ? '' : 's'} of the chart kit (nothing was written):\n${failures.flatMap(f => f.problems.map(p => `  • ${f.figure}: ${p.rule}: "${p.text}" ${p.detail}`)).join('\n')}\nShorten the label in charts/i18n/<lang>.ts (or data/), or give it room in the chart kind (charts/*.ts), then run again.`)
  }
}
