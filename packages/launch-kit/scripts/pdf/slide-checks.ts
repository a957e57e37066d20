/**
 * The checks on a page that shows a slide — a page of the slides PDF, or a slide laid into the handout: its headings,
 * list items and quotes are elements of their roles in reading order, every marked-content sequence is tagged or an
 * artifact, and each chart is there as vectors and text (the labels of its data are strings inside its box, no raster
 * image stands in its place, its pixels are not blank) with a Figure whose Alt is the chart's description.
 */
import type { PaintedPage, PaintedSequence, PdfBox, PdfPixels, PdfReader, PdfTextItem, TaggedPage } from './inspect'
import { missingLabels, textPieces } from './labels'
import { clip, textKey } from './text'

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
  /** What the chart's SVG gives screen readers (its aria-label), as the page said it. */
  alt: string
}

/**
 * A chart a page must show, as the registry has it: the labels come from its data (charts/types.ts `labels`), the
 * Alt its Figure must carry is its description; neither is read from the drawing being checked.
 */
export interface ChartExpectation {
  id: string
  slide: number
  /** Where the print page laid the chart out (CSS px on its slide); null when it had no box. */
  box: ChartRender['box']
  labels: readonly string[]
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

/** Pixels per point of the render the blank-page check reads (a 980×552 slide: 184×104 px; A4: 149×211 px). */
export const BLANK_SCALE = 0.25

/**
 * Below these a chart's box on the rendered page counts as blank. The deck's nine charts measure 8–45 % ink and
 * 1–30 % colour there; axes, grid and labels alone are grey, so a chart that lost its data marks fails the colour
 * share.
 */
export const MIN_INK_SHARE = 0.01
export const MIN_COLOUR_SHARE = 0.002

/**
 * Below these a page drawn at BLANK_SCALE counts as blank, so a page that kept only its title fails. Measured in
 * Chromium's PDFs of this repository's deck: a slide with its title alone ("Agenda") draws 2.0 % of its pixels, the
 * emptiest real slide 8.8 %; an A4 handout page with one heading and the footer 0.4–0.5 %, with one source or one
 * line of notes 0.7–0.9 %, the emptiest real one 2.0 %.
 */
export const BLANK_SLIDE_INK = 0.04
export const BLANK_HANDOUT_INK = 0.006

/** Roles a block must be tagged with, by kind; headings may be H or H1–H6. */
const ROLES: Record<SlideBlock['kind'], readonly string[]> = {
  heading: ['H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'],
  item: ['LI'],
  quote: ['BlockQuote'],
}

const KIND_NAMES: Record<SlideBlock['kind'], string> = { heading: 'heading', item: 'list item', quote: 'quote' }

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Each of the slide's headings, list items and quotes is a structure element of its role (H…, LI, BlockQuote) whose
 * text is the block's, in the slide's order; each chart has a Figure with its description as Alt.
 */
export function tagProblems(tagged: TaggedPage, blocks: readonly SlideBlock[], charts: readonly { id: string, alt: string }[], where: string): string[] {
  const problems: string[] = []
  const keys = tagged.elements.map(e => textKey(e.text))
  let from = 0
  for (const block of blocks) {
    const roles = ROLES[block.kind]
    const key = textKey(block.text)
    const fits = (i: number) => roles.includes(tagged.elements[i]!.role) && keys[i] === key
    const at = keys.findIndex((_k, i) => i >= from && fits(i))
    if (at >= 0) {
      from = at + 1
      continue
    }
    const earlier = keys.findIndex((_k, i) => fits(i))
    const other = tagged.elements.filter((e, i) => keys[i] === key && !roles.includes(e.role)).map(e => e.role)
    const quoted = `"${clip(block.text)}"`
    if (earlier >= 0)
      problems.push(`${where}: ${quoted} is tagged ${tagged.elements[earlier]!.role}, but out of reading order (before what comes ahead of it on the slide)`)
    else if (other.length > 0)
      problems.push(`${where}: ${quoted} is a ${KIND_NAMES[block.kind]} on the slide but is tagged ${[...new Set(other)].join('/')}, not ${roles.join('/')}`)
    else
      problems.push(`${where}: ${quoted} is not tagged ${roles.join('/')} text there`)
  }
  const alts = tagged.figureAlts.map(oneLine)
  for (const chart of charts) {
    if (!alts.includes(oneLine(chart.alt)))
      problems.push(`${where}: chart "${chart.id}" has no Figure tag whose Alt is its description`)
  }
  return problems
}

/**
 * Every marked-content sequence is tagged content or an Artifact, and decorative marks are artifacts: a sequence
 * that paints paths but no text and no image, outside any Figure, is decoration (a background, a rule, a border) and
 * must not be tagged content (pdf/artifacts.ts).
 */
export function artifactProblems(painted: PaintedPage, tagged: TaggedPage, where: string): string[] {
  const decorative = painted.sequences.filter(s => s.mcid !== null && s.path && !s.text && !s.image && !tagged.figureMcids.has(s.mcid))
  const paints = (s: PaintedSequence) => s.text || s.image || s.path
  const untagged = painted.sequences.filter(s => paints(s) && (s.mcid === null ? s.tag !== 'Artifact' : !tagged.taggedMcids.has(s.mcid)))
  const tags = (list: PaintedSequence[]) => [...new Set(list.map(s => s.tag))].join(', ')
  return [
    ...(decorative.length > 0 ? [`${where}: ${decorative.length} decorative mark${decorative.length === 1 ? ' is' : 's are'} tagged as content (${tags(decorative)}); decorative marks must be artifacts`] : []),
    ...(untagged.length > 0 ? [`${where}: ${untagged.length} marked-content sequence${untagged.length === 1 ? ' is' : 's are'} neither tagged nor an Artifact (${tags(untagged)}): a screen reader skips ${untagged.length === 1 ? 'it' : 'them'} without knowing why`] : []),
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

/** Whether the whole page, drawn at BLANK_SCALE, has less ink than `least`. */
export function pageIsBlank(pixels: PdfPixels, least: number): { blank: boolean, ink: number } {
  const { ink } = inkIn(pixels, { x: 0, y: 0, width: pixels.width, height: pixels.height })
  return { blank: ink < least, ink }
}

/** A chart's box on a page, in points from the bottom left, from its box on the slide (CSS px from the top left). */
export function boxOnPage(box: NonNullable<ChartRender['box']>, pageHeight: number): PdfBox {
  return { x0: box.x * PT_PER_PX, x1: (box.x + box.width) * PT_PER_PX, y1: pageHeight - box.y * PT_PER_PX, y0: pageHeight - (box.y + box.height) * PT_PER_PX }
}

/**
 * One chart inside its box on a page: each label from its data is a string drawn inside the box (pdf/labels.ts), no
 * raster image overlaps the box, and the box drawn by pdfjs has ink and data colours.
 */
export function chartInBox(chart: Pick<ChartExpectation, 'labels'>, box: PdfBox, items: readonly PdfTextItem[], images: readonly PdfBox[], pixels: PdfPixels, page: { pageNo: number, width: number, height: number, where: string }): string[] {
  const problems: string[] = []
  const { pageNo, height, where } = page
  const missing = missingLabels(textPieces(items, box), chart.labels)
  if (chart.labels.length === 0)
    problems.push(`${where}: the chart has no labels to look for (its data gives none: charts/types.ts labels)`)
  else if (missing.length > 0)
    problems.push(`${where}: page ${pageNo} lacks ${missing.length} of its ${chart.labels.length} labels as text in the chart's box, e.g. ${missing.slice(0, 3).map(t => `"${clip(t, 30)}"`).join(', ')} (blank on paper, printed as an image, or drawn with other words or figures than its data?)`)
  if (images.some(im => im.x0 < box.x1 && im.x1 > box.x0 && im.y0 < box.y1 && im.y1 > box.y0))
    problems.push(`${where}: a raster image covers the chart's box on page ${pageNo}; charts must print as vectors`)
  const scale = pixels.width / page.width
  const share = inkIn(pixels, { x: box.x0 * scale, y: (height - box.y1) * scale, width: (box.x1 - box.x0) * scale, height: (box.y1 - box.y0) * scale })
  if (share.ink < MIN_INK_SHARE || share.colour < MIN_COLOUR_SHARE)
    problems.push(`${where} is blank on page ${pageNo}: ${(share.ink * 100).toFixed(2)} % of its pixels are drawn and ${(share.colour * 100).toFixed(2)} % are data colours (need ${MIN_INK_SHARE * 100} % and ${MIN_COLOUR_SHARE * 100} %)`)
  return problems
}

/**
 * Each chart on a page of the slides PDF (the page is the slide, so the chart's box on the print page maps straight
 * onto it): chartInBox.
 */
export async function chartPageProblems(pdf: PdfReader, pageNo: number, charts: readonly ChartExpectation[], painted: PaintedPage, pixels: PdfPixels): Promise<string[]> {
  if (charts.length === 0)
    return []
  const { width, height } = await pdf.pageSize(pageNo)
  const items = await pdf.textItems(pageNo)
  const problems: string[] = []
  for (const chart of charts) {
    const where = `chart "${chart.id}" on slide ${chart.slide}`
    if (!chart.box) {
      problems.push(`${where}: the print page had no box for it`)
      continue
    }
    problems.push(...chartInBox(chart, boxOnPage(chart.box, height), items, painted.images, pixels, { pageNo, width, height, where }))
  }
  return problems
}
