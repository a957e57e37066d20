import type { HandoutExpectation, HandoutSectionExpectation } from 'launch-kit/scripts/pdf/verify'
/**
 * Every check of the handout PDF (scripts/pdf/verify.ts, handoutPdfProblems) shown a broken input: a three-page
 * handout written with pdf-lib (support/synthetic-pdf.ts: cover, one slide's section with its chart, its data table
 * and its source, the source list) that passes, then the same with one thing broken, and the message that names it.
 */
import type { Mark, SyntheticElement, SyntheticPage } from '../../support/synthetic-pdf'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { handoutPdfProblems } from 'launch-kit/scripts/pdf/verify'
import { describe, expect, it } from 'vitest'
import { A4_PT, image, ops, rect, syntheticPdf, text } from '../../support/synthetic-pdf'

const VERMILLION: [number, number, number] = [0.835, 0.369, 0]
const GREY: [number, number, number] = [0.6, 0.6, 0.6]
const WHITE: [number, number, number] = [1, 1, 1]

const ALT = 'Bar chart of doses by country. Serbia leads with 4,400,000; Kosovo has none.'
const SOURCE = 'https://example.org/doses-2021'
const REPORT = 'https://example.org/report'
const FOOTER = 'Doses · Handout'

const footer = (page: number): Mark => ({ artifact: true, ops: ops(text(FOOTER, 45, 30, 8), text(`Page ${page} of 3`, 480, 30, 8)) })

function cover(): SyntheticPage {
  return {
    size: A4_PT,
    elements: [{ key: 'h1', role: 'H1' }, { key: 'p', role: 'P' }],
    marks: [
      { element: 'h1', ops: text('Doses and influence', 45, 700, 30) },
      { element: 'h1', ops: text('in the Western Balkans', 45, 662, 30) },
      { element: 'p', ops: ops(text('Ana Author, Dr Ben Author', 45, 620, 16), text('Published by Think Tank', 45, 590, 14), text('Wednesday, 15 October on Zoom', 45, 565, 14), text('This handout holds the slides with the speakers\' notes, each chart\'s data and every source.', 45, 520, 11)) },
      footer(1),
    ],
  }
}

/** The slide's chart inside the frame on the section's page, 45–445 pt across, 430–630 pt up. */
function chart(change: { labels?: boolean, bars?: boolean } = {}): Mark {
  return {
    element: 'figure',
    ops: ops(
      rect(45, 430, 400, 200, WHITE),
      ...(change.bars === false ? [rect(90, 450, 1, 150, GREY)] : [rect(90, 560, 250, 25, VERMILLION), rect(90, 520, 30, 25, VERMILLION)]),
      ...(change.labels === false ? [] : [text('Serbia', 50, 568, 10), text('Kosovo', 50, 528, 10), text('4.4m', 345, 568, 10), text('0', 125, 528, 10)]),
    ),
  }
}

const SECTION_ELEMENTS: SyntheticElement[] = [
  { key: 'heading', role: 'H2' },
  { key: 'title', role: 'H3' },
  { key: 'list', role: 'L' },
  { key: 'item1', role: 'LI', parent: 'list' },
  { key: 'item2', role: 'LI', parent: 'list' },
  { key: 'figure', role: 'Figure', alt: ALT },
  { key: 'table', role: 'Table' },
  { key: 'sources', role: 'L' },
]

function section(change: { marks?: (marks: Mark[]) => Mark[], elements?: SyntheticElement[], links?: string[] } = {}): SyntheticPage {
  const marks: Mark[] = [
    { element: 'heading', ops: ops(text('SLIDE 1 OF 1', 45, 790, 9), text('Chinese doses lead', 45, 770, 15)) },
    { artifact: true, ops: rect(45, 420, 505, 330, [0.95, 0.95, 0.95]) },
    { artifact: true, ops: rect(46, 421, 503, 328, WHITE) },
    { element: 'title', ops: text('Chinese doses lead', 55, 720, 20) },
    { element: 'item1', ops: text('Serbia bought the most', 460, 600, 8) },
    { element: 'item2', ops: text('Kosovo bought none', 460, 585, 8) },
    chart(),
    { element: 'table', ops: ops(text('Chart data: Doses by country', 45, 380, 12), text('Serbia 4,400,000', 45, 360, 10), text('Kosovo 0', 45, 345, 10)) },
    { element: 'sources', ops: text(`1. Health ministry: Doses in 2021 ${SOURCE}`, 45, 300, 9) },
    footer(2),
  ]
  return { size: A4_PT, elements: change.elements ?? SECTION_ELEMENTS, marks: change.marks ? change.marks(marks) : marks, links: change.links ?? [SOURCE] }
}

function sources(change: { links?: string[], marks?: Mark[] } = {}): SyntheticPage {
  return {
    size: A4_PT,
    elements: [{ key: 'h', role: 'H2' }, { key: 'l', role: 'L' }],
    marks: change.marks ?? [
      { element: 'h', ops: text('All sources', 45, 780, 15) },
      { element: 'l', ops: ops(
        text(`1. Health ministry: Doses in 2021`, 45, 750, 10),
        text(SOURCE, 60, 736, 10),
        text(`2. Think Tank: Doses and influence in the Western Balkans, the report`, 45, 716, 10),
        text(REPORT, 60, 702, 10),
      ) },
      footer(3),
    ],
    links: change.links ?? [SOURCE, REPORT],
  }
}

const SECTION: HandoutSectionExpectation = {
  no: 1,
  heading: 'Chinese doses lead',
  marker: 'Slide 1 of 1',
  blocks: [
    { kind: 'heading', text: 'Chinese doses lead' },
    { kind: 'item', text: 'Serbia bought the most' },
    { kind: 'item', text: 'Kosovo bought none' },
  ],
  images: 0,
  charts: [{ id: 'doses', title: 'Doses by country', rowLabels: ['Serbia', 'Kosovo'], sourceUrls: [SOURCE], labels: ['Serbia', 'Kosovo', '4.4m', '0'], alt: ALT }],
}

function expectation(change: Partial<HandoutExpectation> = {}): HandoutExpectation {
  return {
    coverTexts: ['Doses and influence in the Western Balkans', 'Wednesday, 15 October', 'Zoom', 'Think Tank', 'Ana Author', 'Ben Author'],
    sections: [SECTION],
    sourcesHeading: 'All sources',
    sourceUrls: [SOURCE, REPORT],
    footerTexts: [FOOTER],
    pagePt: { width: A4_PT[0], height: A4_PT[1] },
    ...change,
  }
}

async function problems(pages: SyntheticPage[], expected = expectation()): Promise<string[]> {
  const pdf = await openPdf(await syntheticPdf(pages))
  try {
    return (await handoutPdfProblems(pdf, expected)).problems
  }
  finally {
    await pdf.close()
  }
}

const withChart = (mark: Mark) => (marks: Mark[]) => marks.map(m => ('element' in m && m.element === 'figure' ? mark : m))

describe('the handout checks', () => {
  it('pass the good handout, and find where its section and source list start', async () => {
    const pdf = await openPdf(await syntheticPdf([cover(), section(), sources()]))
    try {
      expect(await handoutPdfProblems(pdf, expectation())).toEqual({ layout: { slidePages: [2], sourcesPage: 3 }, problems: [] })
    }
    finally {
      await pdf.close()
    }
  })

  it('a section that starts on no page (its marker is missing)', async () => {
    expect(await problems([cover(), section(), sources()], expectation({ sections: [{ ...SECTION, marker: 'Slide 1 of 2' }] }))).toEqual(['slide 1: its section ("Slide 1 of 2") starts on no page'])
  })

  it('no source list after the last slide', async () => {
    expect(await problems([cover(), section(), sources()], expectation({ sourcesHeading: 'Every source' }))).toEqual(['the "Every source" list starts on no page after the last slide (page 2)'])
  })

  it('a cover without the launch\'s date, and no cover at all', async () => {
    expect(await problems([cover(), section(), sources()], expectation({ coverTexts: ['Thursday, 16 October'] }))).toEqual(['the cover (page 1) does not show "Thursday, 16 October"'])
    const found = await problems([section(), sources()], expectation({ coverTexts: [] }))
    expect(found).toEqual(['slide 1 starts on page 1; the cover is missing'])
  })

  it('a section page without its heading', async () => {
    expect(await problems([cover(), section(), sources()], expectation({ sections: [{ ...SECTION, heading: 'Western aid came later' }] }))).toEqual(['slide 1: the heading "Western aid came later" is not on page 2'])
  })

  it('a page that is not A4', async () => {
    expect(await problems([cover(), { ...section(), size: [612, 792] }, sources()])).toContain('page 2 is 612.0×792.0 pt; expected 595.3×841.9 pt')
  })

  it('a bullet of the slide tagged as a paragraph', async () => {
    const elements = SECTION_ELEMENTS.map(e => (e.key === 'item2' ? { key: 'item2', role: 'P' } : e))
    expect(await problems([cover(), section({ elements }), sources()])).toEqual(['slide 1 in the handout (page 2): "Kosovo bought none" is a list item on the slide but is tagged P, not LI'])
  })
})

describe('the slide\'s chart in the handout: found by its Figure, its labels in its box, drawn', () => {
  it('a chart whose Figure is missing', async () => {
    const elements = SECTION_ELEMENTS.map(e => (e.key === 'figure' ? { key: 'figure', role: 'Div' } : e))
    expect(await problems([cover(), section({ elements }), sources()])).toEqual([
      'slide 1 in the handout (page 2): chart "doses" has no Figure tag whose Alt is its description',
      'slide 1 in the handout (page 2): chart "doses" has no Figure painting anything with its description as Alt, so its labels and drawing cannot be found',
    ])
  })

  it('a chart without its labels: the same words in the data table further down do not count', async () => {
    const found = await problems([cover(), section({ marks: withChart(chart({ labels: false })) }), sources()])
    expect(found).toEqual([expect.stringMatching(/^slide 1 in the handout \(page 2\): chart "doses": page 2 lacks 4 of its 4 labels as text in the chart's box, e\.g\. "Serbia", "Kosovo", "4\.4m"/)])
  })

  it('a chart that lost its data marks: grey only', async () => {
    const found = await problems([cover(), section({ marks: withChart(chart({ bars: false })) }), sources()])
    expect(found).toEqual([expect.stringMatching(/^slide 1 in the handout \(page 2\): chart "doses" is blank on page 2: [\d.]+ % of its pixels are drawn and 0\.00 % are data colours/)])
  })

  it('a raster image on the slide\'s page where the slide shows none', async () => {
    const found = await problems([cover(), section({ marks: marks => [...marks, { artifact: true, ops: image(460, 440, 80, 60) }] }), sources()])
    expect(found).toEqual(['slide 1 in the handout (page 2): 1 raster image where the slide shows 0: is the slide a picture of itself?'])
  })

  it('a raster image over the chart', async () => {
    const found = await problems([cover(), section({ marks: marks => [...marks, { element: 'figure', ops: image(100, 450, 200, 100) }] }), sources()])
    expect(found).toContain('slide 1 in the handout (page 2): chart "doses": a raster image covers the chart\'s box on page 2; charts must print as vectors')
  })
})

describe('the data sections and the sources', () => {
  it('a row of the chart\'s table that is missing', async () => {
    const found = await problems([cover(), section(), sources()], expectation({ sections: [{ ...SECTION, charts: [{ ...SECTION.charts[0]!, rowLabels: ['Serbia', 'Kosovo', 'Montenegro'] }] }] }))
    expect(found).toEqual(['slide 1, chart "doses": "Montenegro" is missing from its data section (pages 2–2)'])
  })

  it('a chart\'s source without its link', async () => {
    expect(await problems([cover(), section({ links: [] }), sources()])).toEqual([`slide 1, chart "doses": 1 source(s) without a link, e.g. ${SOURCE}`])
  })

  it('a source list without a link', async () => {
    expect(await problems([cover(), section(), sources({ links: [SOURCE] })])).toEqual([`the source list (from page 3) lacks a link for 1 of 2 sources, e.g. ${REPORT}`])
  })
})

describe('blank pages: by text and drawn', () => {
  it('a page with nothing but the footer', async () => {
    const blank: SyntheticPage = { size: A4_PT, marks: [footer(3)] }
    expect(await problems([cover(), section(), blank, sources()])).toEqual(['page 3 is blank (nothing but the footer)'])
  })

  it('a page with one heading and the footer: text, but drawn near blank', async () => {
    const near: SyntheticPage = { size: A4_PT, elements: [{ key: 'h', role: 'H4' }], marks: [{ element: 'h', ops: text('Sources', 45, 790, 10.5) }, footer(3)] }
    expect(await problems([cover(), section(), near, sources()])).toEqual([expect.stringMatching(/^page 3 is blank: pdfjs draws 0\.\d\d % of its pixels \(a page needs 0\.6 %/)])
  })
})
