/**
 * The checks on a page that shows a slide — a page of the slides PDF, or a slide laid into the handout: its headings,
 * list items and quotes are tagged text in reading order, and each chart is there as vectors and text (its labels
 * are text inside its box, no raster image stands in its place, its pixels are not blank) with a Figure whose Alt
 * is the chart's description.
 */
import type { PaintedPage, PdfPixels, PdfReader, TaggedPage } from './inspect'
import { clip, containsText, missingInOrder } from './text'

/** A chart as the print page drew it, just before printing: the export looks for it in the PDFs. */
export interface ChartRender {
  id: string
  slide: number
  ready: boolean
  state: string
  /** The chart's box on its slide, in CSS px from the slide's top left; null when the page had none. */
  box: { x: number, y: number, width: number, height: number } | null
  /** Painted marks (paths and shapes) and text elements in the chart's SVG, as drawn in the page. */
  marks: number
  drawnTexts: number
  /**
   * Every label the chart shows (tick labels, legend, value labels, notes), from Chart.js's model of the chart and
   * the strings it wrote (data-chart-texts): each must be text inside the chart's box on its page.
   */
  texts: string[]
  /** What the chart's SVG gives screen readers (its aria-label): the Figure's Alt in the PDFs. */
  alt: string
}

/** A heading, a list item or a quote of a slide, as the reader sees it (read from the print page). */
export interface SlideBlock {
  kind: 'heading' | 'item' | 'quote'
  text: string
}

/** CSS px → PDF points. */
export const PT_PER_PX = 72 / 96

/** Pixels per point of the pdfjs render the pixel checks read (a 980×552 slide: 368×207 px). */
export const RENDER_SCALE = 0.5

/**
 * Below these a chart's box on the rendered page counts as blank. The deck's seven charts measure 8–45 % ink and
 * 1–30 % colour there; axes, grid and labels alone are grey, so a chart that lost its data marks fails the colour
 * share. A page with less ink than BLANK_PAGE_INK is blank.
 */
export const MIN_INK_SHARE = 0.01
export const MIN_COLOUR_SHARE = 0.002
export const BLANK_PAGE_INK = 0.0005

/** Roles a block must be tagged with, by kind; headings may be H or H1–H6. */
const ROLES: Record<SlideBlock['kind'], readonly string[]> = {
  heading: ['H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'],
  item: ['LI'],
  quote: ['BlockQuote'],
}

const count = (tagged: TaggedPage, roles: readonly string[]) => roles.reduce((n, role) => n + (tagged.roles[role] ?? 0), 0)

/**
 * The slide's headings, list items and quotes are tagged text on the page in the slide's order, and the page has
 * at least as many heading, list item and quote elements; each chart has a Figure with its description as Alt.
 */
export function tagProblems(tagged: TaggedPage, blocks: readonly SlideBlock[], charts: readonly { id: string, alt: string }[], where: string): string[] {
  const problems = missingInOrder(tagged.text, blocks.map(b => b.text))
    .map(text => `${where}: "${clip(text)}" is not tagged text there in reading order`)
  for (const kind of ['heading', 'item', 'quote'] as const) {
    const wanted = blocks.filter(b => b.kind === kind).length
    const found = count(tagged, ROLES[kind])
    if (found < wanted)
      problems.push(`${where}: ${wanted} ${kind}${wanted === 1 ? '' : 's'} on the slide, ${found} tagged ${ROLES[kind].join('/')}`)
  }
  const alts = tagged.figureAlts.map(a => a.replace(/\s+/g, ' ').trim())
  for (const chart of charts) {
    if (!alts.includes(chart.alt.replace(/\s+/g, ' ').trim()))
      problems.push(`${where}: chart "${chart.id}" has no Figure tag whose Alt is its description`)
  }
  return problems
}

/**
 * Decorative marks are artifacts: a marked-content sequence that paints paths but no text and no image, outside any
 * Figure, is decoration (a background, a rule, a border) and must not be tagged content (pdf/artifacts.ts).
 */
export function artifactProblems(painted: PaintedPage, tagged: TaggedPage, where: string): string[] {
  const decorative = painted.sequences.filter(s => s.mcid !== null && s.path && !s.text && !s.image && !tagged.figureMcids.has(s.mcid))
  return [
    ...(decorative.length > 0 ? [`${where}: ${decorative.length} decorative mark${decorative.length === 1 ? ' is' : 's are'} tagged as content (${[...new Set(decorative.map(s => s.tag))].join(', ')}); decorative marks must be artifacts`] : []),
    ...(tagged.dangling > 0 ? [`${where}: ${tagged.dangling} tag${tagged.dangling === 1 ? '' : 's'} point at marked content the page does not have`] : []),
  ]
}

/** Share of pixels in a rectangle (px) that are not white, and that are saturated (data colours, not grey). */
export function inkIn(pixels: PdfPixels, rect: { x: number, y: number, width: number, height: number }): { ink: number, colour: number } {
  const x0 = Math.max(0, Math.floor(rect.x))
  const y0 = Math.max(0, Math.floor(rect.y))
  const x1 = Math.min(pixels.width, Math.ceil(rect.x + rect.width))
  const y1 = Math.min(pixels.height, Math.ceil(rect.y + rect.height))
  let ink = 0
  let colour = 0
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const p = (y * pixels.width + x) * 4
      const r = pixels.data[p]!
      const g = pixels.data[p + 1]!
      const b = pixels.data[p + 2]!
      if (r < 240 || g < 240 || b < 240)
        ink++
      if (Math.max(r, g, b) - Math.min(r, g, b) > 48)
        colour++
    }
  }
  const area = Math.max(1, (x1 - x0) * (y1 - y0))
  return { ink: ink / area, colour: colour / area }
}

/**
 * Each chart on a page of the slides PDF (the page is the slide, so the chart's box maps straight onto it): its
 * labels are text inside its box, no raster image overlaps the box, and the box is not blank on the rendered page.
 */
export async function chartPageProblems(pdf: PdfReader, pageNo: number, charts: readonly ChartRender[], painted: PaintedPage, pixels: PdfPixels): Promise<string[]> {
  if (charts.length === 0)
    return []
  const { width, height } = await pdf.pageSize(pageNo)
  const scale = pixels.width / width
  const items = await pdf.textItems(pageNo)
  const images = painted.images
  const problems: string[] = []
  for (const chart of charts) {
    const where = `chart "${chart.id}" on slide ${chart.slide}`
    if (!chart.box) {
      problems.push(`${where}: the print page had no box for it`)
      continue
    }
    // The box in points, origin bottom left; text may start a little outside it (a label's side bearing).
    const slack = 4
    const box = { x0: chart.box.x * PT_PER_PX, x1: (chart.box.x + chart.box.width) * PT_PER_PX, y1: height - chart.box.y * PT_PER_PX, y0: height - (chart.box.y + chart.box.height) * PT_PER_PX }
    const inside = items.filter(i => i.x >= box.x0 - slack && i.x <= box.x1 + slack && i.y >= box.y0 - slack && i.y <= box.y1 + slack).map(i => i.str).join(' ')
    const missing = chart.texts.filter(t => !containsText(inside, t))
    if (chart.texts.length === 0)
      problems.push(`${where}: the chart listed no labels to look for (data-chart-texts is empty)`)
    else if (missing.length > 0)
      problems.push(`${where}: page ${pageNo} lacks ${missing.length} of its ${chart.texts.length} labels as text in the chart's box, e.g. ${missing.slice(0, 3).map(t => `"${clip(t, 30)}"`).join(', ')} (blank on paper, or printed as an image?)`)
    if (images.some(im => im.x0 < box.x1 && im.x1 > box.x0 && im.y0 < box.y1 && im.y1 > box.y0))
      problems.push(`${where}: a raster image covers the chart's box on page ${pageNo}; charts must print as vectors`)
    const share = inkIn(pixels, { x: box.x0 * scale, y: (height - box.y1) * scale, width: (box.x1 - box.x0) * scale, height: (box.y1 - box.y0) * scale })
    if (share.ink < MIN_INK_SHARE || share.colour < MIN_COLOUR_SHARE)
      problems.push(`${where} is blank on page ${pageNo}: ${(share.ink * 100).toFixed(2)} % of its pixels are drawn and ${(share.colour * 100).toFixed(2)} % are data colours (need ${MIN_INK_SHARE * 100} % and ${MIN_COLOUR_SHARE * 100} %)`)
  }
  return problems
}
