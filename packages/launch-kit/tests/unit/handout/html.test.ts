/**
 * The handout's HTML, built in Node on the fixture deck: every data string shown as text (never as markup), the
 * cover from data/event.ts (no invented year), one section per slide with the slide itself and its notes, a chart's table with
 * units and linked sources.
 */
import type { HandoutInput } from 'launch-kit/scripts/handout/html'
import { chartsIn, getChart } from 'launch-kit/charts/registry'
import { columnHeading, escapeHtml, handoutFooter, handoutHtml, noteParagraphs, slideHeading, slideMarker, SOURCES_HEADING } from 'launch-kit/scripts/handout/html'
import { collectSources } from 'launch-kit/scripts/handout/sources'
import { describe, expect, it } from 'vitest'
import { event } from '../../fixtures/atlas/data/event'

/** A slide as the print page gives it (handout/snapshot.ts). */
const SLIDE = (no: number) => `<div class="print-slide-container"><div class="slidev-page" data-slidev-no="${no}"><h1 aria-level="3">Slide ${no}</h1></div></div>`
const DECK = { css: ['.slidev-layout h1 { font-size: 38px; }', ':root { --deck-ink: #1a1a1a; }'], hostStyle: '--deck-ink: #1A1A1A; font-size: 16px' }

function input(overrides: Partial<HandoutInput> = {}): HandoutInput {
  return {
    event,
    slides: [
      { no: 1, title: 'Opening', layout: 'cover', notes: 'Welcome.\n\nSecond paragraph,\nwrapped.', minutes: 1, html: SLIDE(1), charts: [] },
      { no: 2, title: 'Timing', layout: 'chart', notes: '', minutes: 2, html: SLIDE(2), charts: [getChart('first-crossings')] },
      { no: 3, title: '', layout: 'end', notes: 'Thanks.', minutes: 0, html: SLIDE(3), charts: [] },
    ],
    sources: collectSources(chartsIn(), [event]),
    dataVersion: 'abc123',
    fontCss: '',
    deck: DECK,
    slideSize: { width: 980, height: 552 },
    ...overrides,
  }
}

describe('escapeHtml', () => {
  it('escapes the five characters that can start or end markup', () => {
    expect(escapeHtml(`<b class="x">Q&A</b> it's`)).toBe('&lt;b class=&quot;x&quot;&gt;Q&amp;A&lt;/b&gt; it&#39;s')
  })
})

describe('handoutHtml', () => {
  it('shows markup in data and notes as text', () => {
    const hostile = { ...event, report: { ...event.report, title: '<script>alert(1)</script>', publisher: 'A & B <i>Press</i>' } }
    const html = handoutHtml(input({
      event: hostile,
      slides: [{ no: 1, title: '<img src=x onerror=alert(1)>', layout: 'default', notes: 'Use <b>bold</b> & "quotes"', minutes: 1, html: SLIDE(1), charts: [] }],
      sources: [{ publisher: '<em>P</em>', title: 'T', url: 'https://example.org/?a=1&b="2"', confidence: 'high' }],
    }))
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>bold</b>')
    expect(html).not.toContain('<em>P</em>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('A &amp; B &lt;i&gt;Press&lt;/i&gt;')
    expect(html).toContain('Use &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;')
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"')
  })

  it('puts the report, authors, publisher and the launch (weekday and date, no year) on the cover', () => {
    const html = handoutHtml(input())
    const cover = html.slice(html.indexOf('<section class="cover">'), html.indexOf('</section>'))
    expect(cover).toContain(escapeHtml(event.report.title))
    expect(cover).toContain('Ada Example · Dr Bo Sample')
    expect(cover).toContain('The Fixture Institute')
    expect(cover).toContain('Wednesday, 15 October · Open online conference on Zoom')
    expect(cover).not.toMatch(/15 October,? \d{4}/)
  })

  it('opens each slide with its marker and heading, and splits notes into paragraphs', () => {
    const html = handoutHtml(input())
    expect(html).toContain(`${slideMarker(1, 3)} · 1 min`)
    expect(html).toContain('<h2>Opening</h2>')
    expect(html).toContain('<p>Welcome.</p>\n<p>Second paragraph, wrapped.</p>')
    expect(html).toContain('<h2>Closing slide</h2>')
    expect(html).toContain('No notes for this slide.')
    expect(html.match(/<section class="slide"/g)).toHaveLength(3)
  })

  it('gives a chart slide the chart\'s table with units, its description, notes and linked sources', () => {
    const chart = getChart('first-crossings')
    const html = handoutHtml(input())
    for (const column of chart.table.columns)
      expect(html).toContain(`<th scope="col">${escapeHtml(columnHeading(column))}</th>`)
    for (const row of chart.table.rows)
      expect(html).toContain(`<th scope="row">${escapeHtml(row.label)}</th>`)
    expect(html).toContain(escapeHtml(chart.altText))
    for (const note of chart.notes)
      expect(html).toContain(escapeHtml(note))
    for (const source of chart.sources)
      expect(html).toContain(`<a href="${escapeHtml(source.url)}">`)
  })

  it('lays each slide into its section: its own DOM in a shadow root that adopts the deck\'s stylesheets, zoomed to the text width', () => {
    const html = handoutHtml(input())
    for (const no of [1, 2, 3]) {
      const section = html.slice(html.indexOf(`<section class="slide" data-slide="${no}">`))
      const frame = section.slice(section.indexOf('<div class="slide-frame"'), section.indexOf('</template></div>'))
      expect(frame).toContain(`data-slide-frame="${no}"><template shadowrootmode="open">`)
      expect(frame).toContain(`<div class="deck-host">${SLIDE(no)}`)
      // Zoom (178 mm of a 980 px slide), not a transform: Chromium drops a transformed subtree's tags.
      expect(frame).toMatch(/zoom: 0\.6864\d\d;/)
      expect(frame).not.toMatch(/transform:\s*scale/)
      expect(frame).toContain('--deck-ink: #1A1A1A')
    }
    expect(html).not.toContain('<img')
    // The deck's CSS is in the page once, adopted by every slide's shadow root.
    expect(html.split('.slidev-layout h1 { font-size: 38px; }')).toHaveLength(2)
    expect(html).toContain('frame.shadowRoot.adoptedStyleSheets = sheets')
  })

  it('keeps a stylesheet from closing the page\'s script', () => {
    const html = handoutHtml(input({ deck: { css: ['.a::after { content: "</script><script>alert(1)</script>"; }'], hostStyle: '' } }))
    expect(html).not.toContain('</script><script>alert(1)')
    expect(html).toContain('\\u003c/script>')
  })

  it('ends with every source, each URL a link', () => {
    const sources = collectSources(chartsIn(), [event])
    const html = handoutHtml(input({ sources }))
    const list = html.slice(html.indexOf(`<h2>${SOURCES_HEADING}</h2>`))
    expect(list.match(/<li>/g)).toHaveLength(sources.length)
    for (const source of sources)
      expect(list).toContain(`<a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`)
  })
})

describe('handout pieces', () => {
  it('names units in column headings, except dates and levels', () => {
    expect(columnHeading({ key: 'a', label: 'Bought', unit: 'doses' })).toBe('Bought (doses)')
    expect(columnHeading({ key: 'b', label: 'First delivery', unit: 'date' })).toBe('First delivery')
    expect(columnHeading({ key: 'c', label: 'Telecoms', unit: 'level' })).toBe('Telecoms')
    expect(columnHeading({ key: 'd', label: 'Country' })).toBe('Country')
  })

  it('reads notes as paragraphs separated by blank lines', () => {
    expect(noteParagraphs('  One\nline.\n\n\nTwo.  \n')).toEqual(['One line.', 'Two.'])
    expect(noteParagraphs('')).toEqual([])
  })

  it('names untitled slides by their role', () => {
    expect(slideHeading({ title: '', layout: 'end' })).toBe('Closing slide')
    expect(slideHeading({ title: '', layout: 'default' })).toBe('Untitled slide')
    expect(slideHeading({ title: 'Agenda', layout: 'default' })).toBe('Agenda')
  })

  it('numbers footer pages with Chromium\'s placeholders', () => {
    const footer = handoutFooter(event)
    expect(footer).toContain('<span class="pageNumber"></span>')
    expect(footer).toContain('<span class="totalPages"></span>')
  })
})
