import type { ChartExpectation, SlidePageExpectation } from 'launch-kit/scripts/pdf/verify'
/**
 * Every check of the slides PDF (scripts/pdf/verify.ts, slide-checks.ts) shown a broken input: a small tagged PDF
 * written with pdf-lib (support/synthetic-pdf.ts) that passes every check, then the same PDF with one thing broken,
 * and the message that names the fault. The good PDF passing is what makes each failure mean something.
 */
import type { Mark, SyntheticElement, SyntheticPage } from '../../support/synthetic-pdf'
import { finishPdf } from 'launch-kit/scripts/pdf/finish'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { fontProblems, outlineProblems, slidesPdfProblems } from 'launch-kit/scripts/pdf/verify'
import { describe, expect, it } from 'vitest'
import { image, ops, rect, SLIDE_PT, syntheticPdf, text } from '../../support/synthetic-pdf'

const VERMILLION: [number, number, number] = [0.835, 0.369, 0]
const BLUE: [number, number, number] = [0, 0.447, 0.698]
const GREY: [number, number, number] = [0.6, 0.6, 0.6]
const WHITE: [number, number, number] = [1, 1, 1]
const INK: [number, number, number] = [0.1, 0.1, 0.1]

/** The chart's box on the slide in CSS px (980×552): 30–480 pt across, 54–279 pt up on the 735×414 pt page. */
const BOX = { x: 40, y: 180, width: 600, height: 300 }
const ALT = 'Bar chart of doses by country. Serbia leads with 4,400,000; Kosovo has none.'
const LABELS = ['Serbia', 'Kosovo', 'Bought', 'Donated', '4.4m', '0']

/** The chart as the page draws it: paper, bars, legend, categories and values (all inside BOX). */
function chartMarks(overrides: { values?: [string, string], bars?: boolean, colour?: [number, number, number] } = {}): Mark[] {
  const [serbia, kosovo] = overrides.values ?? ['4.4m', '0']
  const colour = overrides.colour ?? VERMILLION
  return [{
    element: 'figure',
    ops: ops(
      rect(30, 54, 450, 225, WHITE),
      ...(overrides.bars === false ? [] : [rect(110, 190, 250, 30, colour), rect(110, 150, 40, 30, BLUE)]),
      rect(108, 70, 1, 180, GREY),
      text('Bought', 110, 255, 12, INK),
      text('Donated', 200, 255, 12, INK),
      text('Serbia', 40, 200, 12, INK),
      text('Kosovo', 40, 160, 12, INK),
      text(serbia, 370, 200, 12, INK),
      text(kosovo, 160, 160, 12, INK),
      text('10', 300, 60, 10, INK),
    ),
  }]
}

const ELEMENTS: SyntheticElement[] = [
  { key: 'title', role: 'H1' },
  { key: 'list', role: 'L' },
  { key: 'item1', role: 'LI', parent: 'list' },
  { key: 'item2', role: 'LI', parent: 'list' },
  { key: 'quote', role: 'BlockQuote' },
  { key: 'figure', role: 'Figure', alt: ALT },
]

/** The rule beside the quote: decoration. */
const QUOTE_RULE = rect(495, 190, 2, 25, GREY)

/** A chart slide that passes every check: background artifact, title, two bullets, a quote, the chart. */
function goodSlide(change: { marks?: (marks: Mark[]) => Mark[], elements?: SyntheticElement[], size?: [number, number], danglingTag?: boolean } = {}): SyntheticPage {
  const marks: Mark[] = [
    { artifact: true, ops: rect(0, 0, 735, 414, WHITE) },
    // A header band, so the page stays well above the blank threshold whatever the chart does.
    { artifact: true, ops: rect(0, 394, 735, 20, GREY) },
    { element: 'title', ops: text('Chinese doses lead', 30, 370, 28) },
    { element: 'item1', ops: text('Serbia bought the most', 500, 250, 12) },
    { element: 'item2', ops: text('Kosovo bought none', 500, 230, 12) },
    { element: 'quote', ops: text('Doses came first', 500, 200, 12) },
    { artifact: true, ops: QUOTE_RULE },
    ...chartMarks(),
  ]
  return { size: change.size, elements: change.elements ?? ELEMENTS, marks: change.marks ? change.marks(marks) : marks, danglingTag: change.danglingTag }
}

function expectation(change: Partial<SlidePageExpectation> & { chart?: Partial<ChartExpectation> } = {}): SlidePageExpectation {
  const { chart, ...rest } = change
  return {
    no: 1,
    texts: ['Chinese doses lead'],
    blocks: [
      { kind: 'heading', text: 'Chinese doses lead' },
      { kind: 'item', text: 'Serbia bought the most' },
      { kind: 'item', text: 'Kosovo bought none' },
      { kind: 'quote', text: 'Doses came first' },
    ],
    charts: [{ id: 'doses', slide: 1, box: BOX, labels: LABELS, alt: ALT, ...chart }],
    ...rest,
  }
}

async function problems(pages: SyntheticPage[], expected: SlidePageExpectation[] = [expectation()]): Promise<string[]> {
  const pdf = await openPdf(await syntheticPdf(pages))
  try {
    return await slidesPdfProblems(pdf, expected, { width: SLIDE_PT[0], height: SLIDE_PT[1] }, () => {})
  }
  finally {
    await pdf.close()
  }
}

/** Replaces the chart's marks. */
const withChart = (marks: Mark[]) => (all: Mark[]) => [...all.filter(m => !('element' in m) || m.element !== 'figure'), ...marks]

describe('the slides PDF checks', () => {
  it('pass the good slide: the ground every failure below stands on', async () => {
    expect(await problems([goodSlide()])).toEqual([])
  })

  it('a missing page: the page count', async () => {
    expect(await problems([goodSlide()], [expectation(), expectation({ no: 2 })])).toEqual(['the PDF has 1 pages; the deck has 2 slides'])
  })

  it('a page of the wrong size', async () => {
    expect(await problems([goodSlide({ size: [600, 414] })])).toContain('page 1 is 600.0×414.0 pt; expected 735.0×414.0 pt')
  })

  it('a slide title that is not on its page', async () => {
    expect(await problems([goodSlide()], [expectation({ texts: ['Chinese doses lead', 'Western aid came later'] })])).toEqual(['slide 1: "Western aid came later" is not in the text of page 1'])
  })

  it('a blank page, and a page that kept only its title', async () => {
    const blank = await problems([{ marks: [{ artifact: true, ops: rect(0, 0, 735, 414, WHITE) }] }], [expectation({ texts: [], blocks: [], charts: [] })])
    expect(blank).toEqual([expect.stringMatching(/^slide 1 \(page 1\) is blank: pdfjs draws 0\.00 % of its pixels \(a slide needs 4 %/)])
    const titleOnly = await problems([{ elements: [{ key: 'title', role: 'H1' }], marks: [{ element: 'title', ops: text('Agenda', 48, 340, 36) }] }], [expectation({ texts: ['Agenda'], blocks: [{ kind: 'heading', text: 'Agenda' }], charts: [] })])
    expect(titleOnly).toEqual([expect.stringMatching(/^slide 1 \(page 1\) is blank: pdfjs draws [0-3]\.\d\d % of its pixels/)])
  })
})

describe('tags: each block under its role, in reading order', () => {
  it('a heading that is not tagged at all (painted as an artifact)', async () => {
    const page = goodSlide({ marks: marks => marks.map(m => ('element' in m && m.element === 'title' ? { artifact: true as const, ops: m.ops } : m)) })
    expect(await problems([page])).toEqual(['slide 1 (page 1): "Chinese doses lead" is not tagged H/H1/H2/H3/H4/H5/H6 text there'])
  })

  it('a bullet tagged as a paragraph, not a list item', async () => {
    const elements = ELEMENTS.map(e => (e.key === 'item2' ? { ...e, role: 'P', parent: undefined } : e))
    expect(await problems([goodSlide({ elements })])).toEqual(['slide 1 (page 1): "Kosovo bought none" is a list item on the slide but is tagged P, not LI'])
  })

  it('a quote tagged as a paragraph, not a BlockQuote', async () => {
    const elements = ELEMENTS.map(e => (e.key === 'quote' ? { ...e, role: 'P' } : e))
    expect(await problems([goodSlide({ elements })])).toEqual(['slide 1 (page 1): "Doses came first" is a quote on the slide but is tagged P, not BlockQuote'])
  })

  it('reads a numbered item without its number (the Lbl), and still finds it', async () => {
    // As Chromium tags an ordered list's item: LI > Lbl ("2.") + LBody (the item's words).
    const withLabel = [...ELEMENTS, { key: 'label2', role: 'Lbl', parent: 'item2' }, { key: 'body2', role: 'LBody', parent: 'item2' }]
    const page = goodSlide({ elements: withLabel, marks: marks => marks.flatMap(m => ('element' in m && m.element === 'item2' ? [{ element: 'label2', ops: text('2.', 490, 230, 12) }, { element: 'body2', ops: m.ops }] : [m])) })
    expect(await problems([page])).toEqual([])
  })

  it('two bullets in the wrong reading order', async () => {
    const elements = [ELEMENTS[0]!, ELEMENTS[1]!, ELEMENTS[3]!, ELEMENTS[2]!, ...ELEMENTS.slice(4)]
    expect(await problems([goodSlide({ elements })])).toEqual(['slide 1 (page 1): "Kosovo bought none" is tagged LI, but out of reading order (before what comes ahead of it on the slide)'])
  })

  it('a chart whose Figure carries another description, or none', async () => {
    const wrong = ELEMENTS.map(e => (e.key === 'figure' ? { ...e, alt: 'A chart' } : e))
    expect(await problems([goodSlide({ elements: wrong })])).toEqual(['slide 1 (page 1): chart "doses" has no Figure tag whose Alt is its description'])
    const none = ELEMENTS.map(e => (e.key === 'figure' ? { key: e.key, role: 'Figure' } : e))
    expect(await problems([goodSlide({ elements: none })])).toEqual(['slide 1 (page 1): chart "doses" has no Figure tag whose Alt is its description'])
  })

  it('a decorative mark tagged as content', async () => {
    const elements = [...ELEMENTS, { key: 'rule', role: 'Span' }]
    const page = goodSlide({ elements, marks: marks => marks.map(m => (m.ops === QUOTE_RULE ? { element: 'rule', ops: m.ops } : m)) })
    expect(await problems([page])).toEqual(['slide 1 (page 1): 1 decorative mark is tagged as content (Span); decorative marks must be artifacts'])
  })

  it('marked content that is neither tagged nor an artifact', async () => {
    const orphan = goodSlide({ marks: marks => [...marks, { orphanMcid: true, ops: text('Footnote', 500, 100, 10) }] })
    expect(await problems([orphan])).toEqual([expect.stringMatching(/^slide 1 \(page 1\): 1 marked-content sequence is neither tagged nor an Artifact \(Span\)/)])
    const span = goodSlide({ marks: marks => [...marks, { untaggedTag: 'Span', ops: text('Footnote', 500, 100, 10) }] })
    expect(await problems([span])).toEqual([expect.stringMatching(/^slide 1 \(page 1\): 1 marked-content sequence is neither tagged nor an Artifact \(Span\)/)])
  })

  it('a tag that points at marked content the page does not have', async () => {
    expect(await problems([goodSlide({ danglingTag: true })])).toEqual(['slide 1 (page 1): 1 tag point at marked content the page does not have'])
  })
})

describe('charts: the labels of the data inside the box, vectors, drawn', () => {
  it('the print page had no box for the chart', async () => {
    expect(await problems([goodSlide()], [expectation({ chart: { box: null } })])).toEqual(['chart "doses" on slide 1: the print page had no box for it'])
  })

  it('one value drawn wrong (4.5m where the data says 4.4m), the rest as the data says', async () => {
    const page = goodSlide({ marks: withChart(chartMarks({ values: ['4.5m', '0'] })) })
    expect(await problems([page])).toEqual([expect.stringMatching(/^chart "doses" on slide 1: page 1 lacks 1 of its 6 labels as text in the chart's box, e\.g\. "4\.4m"/)])
  })

  it('a "0" is not found in a "10": each label is a whole string', async () => {
    // Kosovo's "0" is missing; the axis still shows "10". Matched by letters and digits anywhere, "0" passed.
    const page = goodSlide({ marks: withChart(chartMarks({ values: ['4.4m', ''] })) })
    expect(await problems([page])).toEqual([expect.stringMatching(/lacks 1 of its 6 labels as text in the chart's box, e\.g\. "0"/)])
  })

  it('a label printed outside the chart\'s box does not count', async () => {
    const page = goodSlide({ marks: marks => [...withChart(chartMarks({ values: ['4.4m', ''] }))(marks), { artifact: true, ops: text('0', 600, 60, 12) }] })
    expect(await problems([page])).toEqual([expect.stringMatching(/lacks 1 of its 6 labels .* e\.g\. "0"/)])
  })

  it('a raster image over the chart\'s box (the chart printed as a picture)', async () => {
    const page = goodSlide({ marks: marks => [...marks, { element: 'figure', ops: image(100, 100, 200, 100) }] })
    expect(await problems([page])).toEqual(['chart "doses" on slide 1: a raster image covers the chart\'s box on page 1; charts must print as vectors'])
  })

  it('a chart box with only grey axes and labels: no data colours', async () => {
    const page = goodSlide({ marks: withChart(chartMarks({ colour: GREY, bars: false })) })
    expect(await problems([page])).toEqual([expect.stringMatching(/^chart "doses" on slide 1 is blank on page 1: [\d.]+ % of its pixels are drawn and 0\.00 % are data colours \(need 1 % and 0\.2 %\)/)])
  })

  it('an empty chart box: no labels, no ink', async () => {
    const page = goodSlide({ marks: withChart([{ element: 'figure', ops: rect(30, 54, 450, 225, WHITE) }]) })
    const found = await problems([page])
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/lacks 6 of its 6 labels/)
    expect(found[1]).toMatch(/^chart "doses" on slide 1 is blank on page 1: 0\.00 % of its pixels are drawn/)
  })

  it('a chart with no labels to look for is itself a fault', async () => {
    expect(await problems([goodSlide()], [expectation({ chart: { labels: [] } })])).toEqual([expect.stringMatching(/the chart has no labels to look for/)])
  })
})

describe('fonts and the outline', () => {
  it('a PDF without fonts (an image-only print)', async () => {
    const pdf = await openPdf(await syntheticPdf([{ marks: [{ artifact: true, ops: image(0, 0, 735, 414) }] }], { fonts: false }))
    try {
      expect(fontProblems(pdf, 'Atkinson Hyperlegible Next')).toEqual(['the PDF has no fonts: its text is not text (an image-only print?)'])
    }
    finally {
      await pdf.close()
    }
  })

  it('an outline with an entry missing, and one that opens the wrong page', async () => {
    const bytes = await finishPdf(await syntheticPdf([goodSlide(), goodSlide()]), { title: 'T', author: 'A', subject: 'S', keywords: [], creator: 'test', language: 'en' }, [{ title: 'One', pageIndex: 0 }, { title: 'Two', pageIndex: 0 }])
    const pdf = await openPdf(bytes)
    try {
      expect(await outlineProblems(pdf, [{ title: 'One', pageIndex: 0 }])).toEqual(['the outline has 2 entries; expected 1'])
      expect(await outlineProblems(pdf, [{ title: 'One', pageIndex: 0 }, { title: 'Two', pageIndex: 1 }])).toEqual(['outline entry 2 is "Two" → page 1; expected "Two" → page 2'])
    }
    finally {
      await pdf.close()
    }
  })
})
