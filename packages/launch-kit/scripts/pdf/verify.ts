/**
 * The checks a PDF must pass before it is written. Each returns every problem it finds (page, slide, chart and
 * what is wrong); the export throws them together as one ExportError.
 */
import type { OutlineEntry } from './finish'
import type { PaintedPage, PdfBox, PdfReader, TaggedPage } from './inspect'
import type { ChartExpectation, SlideBlock } from './slide-checks'
import { artifactProblems, BLANK_HANDOUT_INK, BLANK_SCALE, BLANK_SLIDE_INK, chartInBox, chartPageProblems, pageIsBlank, RENDER_SCALE, tagProblems } from './slide-checks'
import { containsText, textKey } from './text'

export type { ChartExpectation, ChartRender, SlideBlock } from './slide-checks'
export { containsText, textKey } from './text'

/** The deck font must be used and every font embedded, so the PDF looks the same on any machine. */
export function fontProblems(pdf: PdfReader, deckFont: string): string[] {
  const fonts = pdf.fonts()
  const problems = fonts.filter(f => !f.embedded).map(f => `font ${f.name} (${f.subtype}) is not embedded`)
  if (fonts.length === 0)
    problems.push('the PDF has no fonts: its text is not text (an image-only print?)')
  else if (!fonts.some(f => textKey(f.name).includes(textKey(deckFont))))
    problems.push(`the deck font ${deckFont} is not used (fonts: ${fonts.map(f => f.name).join(', ')}); did @fontsource fail to load?`)
  return problems
}

export async function outlineProblems(pdf: PdfReader, expected: readonly OutlineEntry[]): Promise<string[]> {
  const actual = await pdf.outline()
  if (actual.length !== expected.length)
    return [`the outline has ${actual.length} entries; expected ${expected.length}`]
  return expected.flatMap((e, i) => (actual[i]!.title === e.title && actual[i]!.pageIndex === e.pageIndex
    ? []
    : [`outline entry ${i + 1} is "${actual[i]!.title}" → page ${actual[i]!.pageIndex + 1}; expected "${e.title}" → page ${e.pageIndex + 1}`]))
}

function sizeProblem(pageNo: number, actual: { width: number, height: number }, expected: { width: number, height: number }): string[] {
  // Chromium rounds paper sizes (A4 comes out 595.92 × 842.88 pt), so allow 2 pt.
  const off = Math.abs(actual.width - expected.width) > 2 || Math.abs(actual.height - expected.height) > 2
  return off ? [`page ${pageNo} is ${actual.width.toFixed(1)}×${actual.height.toFixed(1)} pt; expected ${expected.width.toFixed(1)}×${expected.height.toFixed(1)} pt`] : []
}

export interface SlidePageExpectation {
  no: number
  /** Text that must be on the slide's page: its title and its charts' titles. */
  texts: string[]
  /** Its headings, list items and quotes, which must be tagged text in this order. */
  blocks: SlideBlock[]
  /** The charts where the print page laid them out, with the labels of their data and their descriptions. */
  charts: ChartExpectation[]
}

/**
 * One page per slide at the slide's size; each page shows its slide's title and chart titles, holds its headings,
 * list items and quotes as elements of their roles in reading order, and each chart as vectors with the labels of its
 * data as text in its box and a Figure tag with its description; no page is blank (drawn with pdfjs).
 */
export async function slidesPdfProblems(pdf: PdfReader, slides: readonly SlidePageExpectation[], pagePt: { width: number, height: number }, onPage: (done: number, total: number) => void): Promise<string[]> {
  if (pdf.pageCount !== slides.length)
    return [`the PDF has ${pdf.pageCount} pages; the deck has ${slides.length} slides`]
  const problems: string[] = []
  for (const slide of slides) {
    const pageNo = slide.no
    const where = `slide ${slide.no} (page ${pageNo})`
    problems.push(...sizeProblem(pageNo, await pdf.pageSize(pageNo), pagePt))
    const text = await pdf.text(pageNo)
    for (const wanted of slide.texts) {
      if (!containsText(text, wanted))
        problems.push(`slide ${slide.no}: "${wanted}" is not in the text of page ${pageNo}`)
    }
    const [tagged, painted] = await Promise.all([pdf.tagged(pageNo), pdf.painted(pageNo)])
    problems.push(...tagProblems(tagged, slide.blocks, slide.charts, where), ...artifactProblems(painted, tagged, where))
    const drawn = pageIsBlank(await pdf.render(pageNo, BLANK_SCALE), BLANK_SLIDE_INK)
    if (drawn.blank)
      problems.push(`${where} is blank: pdfjs draws ${(drawn.ink * 100).toFixed(2)} % of its pixels (a slide needs ${BLANK_SLIDE_INK * 100} %; its title alone draws about 2 %)`)
    // Chart pages are drawn again, finer, for the charts' pixel check.
    if (slide.charts.length > 0)
      problems.push(...await chartPageProblems(pdf, pageNo, slide.charts, painted, await pdf.render(pageNo, RENDER_SCALE)))
    onPage(pageNo, slides.length)
  }
  return problems
}

export interface HandoutSectionExpectation {
  no: number
  heading: string
  marker: string
  /** The slide laid into the section's first page: its blocks, in order, and how many raster images it shows. */
  blocks: SlideBlock[]
  images: number
  /**
   * The slide's charts: what their data section must hold, and on the slide the labels of their data (inside the
   * box of the Figure whose Alt is their description).
   */
  charts: { id: string, title: string, rowLabels: string[], sourceUrls: string[], labels: readonly string[], alt: string }[]
}

export interface HandoutExpectation {
  coverTexts: string[]
  sections: HandoutSectionExpectation[]
  sourcesHeading: string
  sourceUrls: string[]
  footerTexts: string[]
  pagePt: { width: number, height: number }
}

export interface HandoutLayout {
  /** 1-based page where each slide's section starts, in slide order. */
  slidePages: number[]
  sourcesPage: number
}

/** Finds where each section starts: the page whose text holds its marker ("Slide 7 of 22"). */
export async function locateHandout(pdf: PdfReader, expect: Pick<HandoutExpectation, 'sections' | 'sourcesHeading'>): Promise<{ layout: HandoutLayout, texts: string[], problems: string[] }> {
  const texts: string[] = []
  for (let p = 1; p <= pdf.pageCount; p++)
    texts.push(await pdf.text(p))
  const problems: string[] = []
  const slidePages: number[] = []
  // From page 1: a handout whose cover is missing has slide 1 there, which handoutPdfProblems reports as such.
  let from = 0
  for (const section of expect.sections) {
    const index = texts.findIndex((t, i) => i + 1 > from && containsText(t, section.marker))
    if (index < 0) {
      problems.push(`slide ${section.no}: its section ("${section.marker}") starts on no page${from > 0 ? ` after page ${from}` : ''}`)
      slidePages.push(-1)
      continue
    }
    slidePages.push(index + 1)
    from = index + 1
  }
  const sourcesIndex = texts.findIndex((t, i) => i + 1 > from && containsText(t, expect.sourcesHeading))
  if (sourcesIndex < 0)
    problems.push(`the "${expect.sourcesHeading}" list starts on no page after the last slide${from > 0 ? ` (page ${from})` : ''}`)
  return { layout: { slidePages, sourcesPage: sourcesIndex + 1 }, texts, problems }
}

/**
 * As designed (read from the finished PDF: finishInStages): A4 pages; the cover first; each slide's section starting
 * on its own page with its heading and the slide itself — its headings, list items and quotes as elements of their
 * roles in reading order, each chart a Figure carrying its description with the labels of its data as text in the
 * Figure's box, drawn (ink and data colours), no raster image standing for it, its decorative marks artifacts — and
 * for chart slides the chart's title, every row of its table and a link to each of its sources; then the full source
 * list with every URL a clickable link; no page blank, in its text or drawn by pdfjs.
 */
export async function handoutPdfProblems(pdf: PdfReader, expect: HandoutExpectation): Promise<{ layout: HandoutLayout, problems: string[] }> {
  const { layout, texts, problems } = await locateHandout(pdf, expect)
  for (let p = 1; p <= pdf.pageCount; p++)
    problems.push(...sizeProblem(p, await pdf.pageSize(p), expect.pagePt))
  for (const wanted of expect.coverTexts) {
    if (!containsText(texts[0] ?? '', wanted))
      problems.push(`the cover (page 1) does not show "${wanted}"`)
  }
  if (layout.slidePages[0] === 1)
    problems.push('slide 1 starts on page 1; the cover is missing')
  const ends = [...layout.slidePages.slice(1), layout.sourcesPage > 0 ? layout.sourcesPage : pdf.pageCount + 1]
  for (const [i, section] of expect.sections.entries()) {
    const start = layout.slidePages[i]!
    if (start < 0)
      continue
    const end = Math.max(start + 1, ends[i]!)
    if (!containsText(texts[start - 1]!, section.heading))
      problems.push(`slide ${section.no}: the heading "${section.heading}" is not on page ${start}`)
    const where = `slide ${section.no} in the handout (page ${start})`
    const [tagged, painted] = await Promise.all([pdf.tagged(start), pdf.painted(start)])
    problems.push(...tagProblems(tagged, section.blocks, section.charts, where), ...artifactProblems(painted, tagged, where))
    problems.push(...await handoutChartProblems(pdf, start, section, painted, tagged, where))
    const images = painted.images.length
    if (images > section.images)
      problems.push(`${where}: ${images} raster image${images === 1 ? '' : 's'} where the slide shows ${section.images}: is the slide a picture of itself?`)
    const rangeText = texts.slice(start - 1, end - 1).join('\n')
    const rangeLinks: string[] = []
    for (let p = start; p < end; p++)
      rangeLinks.push(...await pdf.links(p))
    for (const chart of section.charts) {
      for (const wanted of [chart.title, ...chart.rowLabels]) {
        if (!containsText(rangeText, wanted))
          problems.push(`slide ${section.no}, chart "${chart.id}": "${wanted}" is missing from its data section (pages ${start}–${end - 1})`)
      }
      const unlinked = chart.sourceUrls.filter(url => !rangeLinks.includes(url))
      if (unlinked.length > 0)
        problems.push(`slide ${section.no}, chart "${chart.id}": ${unlinked.length} source(s) without a link, e.g. ${unlinked[0]}`)
    }
  }
  if (layout.sourcesPage > 0) {
    const links: string[] = []
    for (let p = layout.sourcesPage; p <= pdf.pageCount; p++)
      links.push(...await pdf.links(p))
    const unlinked = expect.sourceUrls.filter(url => !links.includes(url))
    if (unlinked.length > 0)
      problems.push(`the source list (from page ${layout.sourcesPage}) lacks a link for ${unlinked.length} of ${expect.sourceUrls.length} sources, e.g. ${unlinked[0]}`)
  }
  const footer = expect.footerTexts.map(textKey)
  for (let p = 1; p <= pdf.pageCount; p++) {
    let body = textKey(texts[p - 1]!).replace(/page\d+of\d+/g, '')
    for (const f of footer)
      body = body.replace(f, '')
    const drawn = pageIsBlank(await pdf.render(p, BLANK_SCALE), BLANK_HANDOUT_INK)
    if (body.length === 0 && pdf.imageSizes(p).length === 0)
      problems.push(`page ${p} is blank (nothing but the footer)`)
    else if (drawn.blank)
      problems.push(`page ${p} is blank: pdfjs draws ${(drawn.ink * 100).toFixed(2)} % of its pixels (a page needs ${BLANK_HANDOUT_INK * 100} %; a heading and the footer alone draw about 0.5 %)`)
  }
  return { layout, problems }
}

/** The box a Figure's marks fill on the page: its painted paths, clipped as drawn (the chart's paper fills its box). */
export function figureBox(painted: PaintedPage, tagged: TaggedPage, alt: string): PdfBox | null {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()
  const figure = tagged.elements.find(e => e.role === 'Figure' && e.alt !== undefined && oneLine(e.alt) === oneLine(alt))
  if (!figure)
    return null
  const boxes = painted.sequences.filter(s => s.mcid !== null && figure.mcids.includes(s.mcid) && s.pathBox).map(s => s.pathBox!)
  return boxes.length === 0 ? null : boxes.reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) }))
}

/**
 * Each chart of a slide laid into the handout, on the section's first page: found by its Figure (the Alt its data
 * describes), its box is where that Figure paints; there the labels of its data must be text, no raster image may
 * lie, and pdfjs must draw ink and data colours. The data table further down the page does not count.
 */
async function handoutChartProblems(pdf: PdfReader, pageNo: number, section: HandoutSectionExpectation, painted: PaintedPage, tagged: TaggedPage, where: string): Promise<string[]> {
  if (section.charts.length === 0)
    return []
  const { width, height } = await pdf.pageSize(pageNo)
  const [items, pixels] = await Promise.all([pdf.textItems(pageNo), pdf.render(pageNo, RENDER_SCALE)])
  const problems: string[] = []
  for (const chart of section.charts) {
    const at = `${where}: chart "${chart.id}"`
    const box = figureBox(painted, tagged, chart.alt)
    if (!box)
      problems.push(`${at} has no Figure painting anything with its description as Alt, so its labels and drawing cannot be found`)
    else
      problems.push(...chartInBox(chart, box, items, painted.images, pixels, { pageNo, width, height, where: at }))
  }
  return problems
}
