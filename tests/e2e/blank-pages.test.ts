import type { StaticServer } from 'launch-kit/scripts/browser/server'
/**
 * The blank-page thresholds on real pages printed by Chromium (scripts/pdf/slide-checks.ts BLANK_SLIDE_INK,
 * BLANK_HANDOUT_INK): a slide of the built deck that kept only its title fails the slides PDF check, the whole slide
 * passes; an A4 page in the handout's style with one heading and the footer fails the handout's drawn check, one with
 * a single source passes.
 */
import type { Browser, Page } from 'playwright-chromium'
import { launchEvent } from 'launch-kit/data/launch'
import { findBrowser, launchBrowser, serveStatic } from 'launch-kit/scripts/browser/index'
import { readDeck } from 'launch-kit/scripts/deck/index'
import { handoutFontCss } from 'launch-kit/scripts/handout/fonts'
import { handoutFooter } from 'launch-kit/scripts/handout/html'
import { openPdf } from 'launch-kit/scripts/pdf/inspect'
import { BLANK_HANDOUT_INK, BLANK_SCALE, BLANK_SLIDE_INK, pageIsBlank } from 'launch-kit/scripts/pdf/slide-checks'
import { slidesPdfProblems } from 'launch-kit/scripts/pdf/verify'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

let server: StaticServer
let browser: Browser
let page: Page

beforeAll(async () => {
  server = await serveStatic(inject('distDir'))
  browser = await launchBrowser(findBrowser())
  page = await browser.newPage({ viewport: { width: 980, height: 552 } })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The share of a one-page PDF's pixels drawn at BLANK_SCALE, and the slides PDF check's problems for it. */
async function drawn(bytes: Uint8Array): Promise<number> {
  const pdf = await openPdf(bytes)
  try {
    return pageIsBlank(await pdf.render(1, BLANK_SCALE), 1).ink
  }
  finally {
    await pdf.close()
  }
}

describe('a slide of the built deck', () => {
  it('fails the slides PDF check as blank when only its title is left, and passes whole', async () => {
    const deck = await readDeck()
    const agenda = deck.slides.find(s => s.title === 'Agenda')!
    const print = async (titleOnly: boolean) => {
      await page.goto(`${server.url}/print?print=true&range=${agenda.no}-${agenda.no}`)
      await page.waitForFunction(() => document.querySelector('.print-slide-container .slidev-layout h1') !== null, undefined, { timeout: 60_000 })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      // As the export prints it (scripts/export/print.ts): no empty page after the last slide.
      await page.addStyleTag({ content: '.print-slide-container:last-of-type { break-after: auto !important; }' })
      if (titleOnly) {
        await page.evaluate(() => {
          const layout = document.querySelector('.print-slide-container .slidev-layout')!
          layout.replaceChildren(layout.querySelector('h1')!)
        })
      }
      return page.pdf({ width: '980px', height: '552px', printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } })
    }
    const [titleOnly, whole] = [await print(true), await print(false)]
    const [inkTitle, inkWhole] = [await drawn(titleOnly), await drawn(whole)]
    expect(inkTitle).toBeLessThan(BLANK_SLIDE_INK)
    expect(inkWhole).toBeGreaterThan(BLANK_SLIDE_INK * 1.5)
    // Through the check itself: a page of the right size that holds the title as text, and is blank by its pixels.
    const pdf = await openPdf(titleOnly)
    try {
      const problems = await slidesPdfProblems(pdf, [{ no: 1, texts: ['Agenda'], blocks: [], charts: [] }], { width: 735, height: 414 }, () => {})
      expect(problems).toEqual([expect.stringMatching(/^slide 1 \(page 1\) is blank: pdfjs draws [0-3]\.\d\d % of its pixels/)])
    }
    finally {
      await pdf.close()
    }
  })
})

describe('a page in the handout\'s style', () => {
  it('is blank with one heading and the footer, and not with one source', async () => {
    const css = await handoutFontCss()
    const print = async (body: string) => {
      await page.setContent(`<html><head><style>${css} html { font-family: 'Atkinson Hyperlegible Next'; font-size: 10.5pt; line-height: 1.4 } h2 { font-size: 15pt }</style></head><body>${body}</body></html>`)
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      return page.pdf({ format: 'A4', printBackground: true, margin: { top: '16mm', right: '16mm', bottom: '18mm', left: '16mm' }, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: handoutFooter(launchEvent()) })
    }
    const heading = await drawn(await print('<h2>All sources</h2>'))
    const source = await drawn(await print('<ol><li><b>Reuters</b>: Serbia gets Chinese vaccines<br><a href="https://example.org/a">https://example.org/a</a></li></ol>'))
    expect(heading).toBeLessThan(BLANK_HANDOUT_INK)
    expect(source).toBeGreaterThan(BLANK_HANDOUT_INK)
  })
})
