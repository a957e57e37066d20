/**
 * The checks a PDF must pass before it is written. Each returns every problem it finds (page, slide, chart and
 * what is wrong); the export throws them together as one ExportError.
 */
import type { OutlineEntry } from './finish'
import type { PdfReader } from './inspect'
import type { ChartRender, SlideBlock } from './slide-checks'
import { artifactProblems, BLANK_PAGE_INK, chartPageProblems, inkIn, RENDER_SCALE, tagProblems } from './slide-checks'
import { containsText, textKey } from './text'

export type { ChartRender, SlideBlock } from './slide-checks'
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
  /** The charts as drawn in the page before printing, each with the description its Figure must carry. */
  charts: ChartRender[]
}

/**
 * One page per slide at the slide's size; each page shows its slide's title and chart titles, holds its headings,
 * list items and quotes as tagged text in reading order, and each chart as vectors with its labels as text and a
 * Figure tag with its description; no page is blank (drawn with pdfjs).
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
    // Chart pages are drawn at RENDER_SCALE for the charts' pixel check; others only need to be not blank.
    const pixels = await pdf.render(pageNo, slide.charts.length > 0 ? RENDER_SCALE : RENDER_SCALE / 2)
    if (inkIn(pixels, { x: 0, y: 0, width: pixels.width, height: pixels.height }).ink < BLANK_PAGE_INK)
      problems.push(`${where} is blank: pdfjs draws nothing on it`)
    problems.push(...await chartPageProblems(pdf, pageNo, slide.charts, painted, pixels))
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
  /** The slide's charts: what their data section must hold, and on the slide the labels and the Figure's Alt. */
  charts: { id: string, title: string, rowLabels: string[], sourceUrls: string[], texts: string[], alt: string }[]
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
  let from = 1
  for (const section of expect.sections) {
    const index = texts.findIndex((t, i) => i + 1 > from && containsText(t, section.marker))
    if (index < 0) {
      problems.push(`slide ${section.no}: its section ("${section.marker}") starts on no page after page ${from}`)
      slidePages.push(-1)
      continue
    }
    slidePages.push(index + 1)
    from = index + 1
  }
  const sourcesIndex = texts.findIndex((t, i) => i + 1 > from && containsText(t, expect.sourcesHeading))
  if (sourcesIndex < 0)
    problems.push(`the "${expect.sourcesHeading}" list starts on no page after the last slide (page ${from})`)
  return { layout: { slidePages, sourcesPage: sourcesIndex + 1 }, texts, problems }
}

/**
 * As designed (read from the finished PDF: finishInStages): A4 pages; the cover first; each slide's section starting
 * on its own page with its heading and the slide itself — its headings, list items and quotes as tagged text in
 * reading order, its charts' labels as text with a Figure tag carrying each chart's description, no raster image
 * standing for it, its decorative marks artifacts — and for chart slides the
 * chart's title, every row of its table and a link to each of its sources; then the full source list with every
 * URL a clickable link; no blank page.
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
    for (const chart of section.charts) {
      const missing = chart.texts.filter(t => !containsText(texts[start - 1]!, t))
      if (missing.length > 0)
        problems.push(`${where}: chart "${chart.id}" lacks ${missing.length} of its ${chart.texts.length} labels as text, e.g. "${missing[0]}"`)
    }
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
    if (body.length === 0 && pdf.imageSizes(p).length === 0)
      problems.push(`page ${p} is blank (nothing but the footer)`)
  }
  return { layout, problems }
}
