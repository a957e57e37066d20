/**
 * The run-of-show PDF: its HTML (runofshow/html.ts) from the deck's slides and data/event.ts, set in a tab of the
 * export's browser (the page holds everything, fonts inlined: it loads nothing), printed A4 and tagged, given its
 * metadata, and verified (runofshow/verify.ts) before the export may write it.
 */
import type { BrowserContext } from 'playwright-chromium'
import type { LaunchEvent } from '../../data/event.schema'
import type { Deck } from '../deck/index'
import type { A4Margins, PdfMetadata } from '../pdf/index'
import type { RunOfShow } from './blocks'
import type { RunOfShowExpectation } from './verify'
import { fonts } from '../../charts/theme'
import { assertNoProblems } from '../output/index'
import { a4PdfOptions, bundledFontCss, loadPdfTools } from '../pdf/index'
import { blockWho, clockAt, runOfShowOf } from './blocks'
import { NO_START_NOTE, runOfShowFooter, runOfShowHtml } from './html'
import { runOfShowProblems } from './verify'

const MARGIN: A4Margins = { top: '14mm', right: '16mm', bottom: '16mm', left: '16mm' }

export interface RunOfShowPrint {
  deck: Pick<Deck, 'slides'>
  event: LaunchEvent
  metadata: PdfMetadata
  timeout: number
}

export function runOfShowExpectation(show: RunOfShow, event: LaunchEvent): RunOfShowExpectation {
  const moments = [...show.blocks.map(b => b.startMinute), show.totalMinutes].map(m => clockAt(show, m))
  return {
    title: event.report.shortTitle,
    names: show.speakers.map(s => s.fullName),
    times: moments.map(t => t.local ?? t.relative),
    utcTimes: show.start ? moments.map(t => t.utc!) : [],
    texts: [...show.blocks.filter(b => b.qa).map(blockWho), ...(show.start ? [] : [NO_START_NOTE])],
    blocks: show.blocks.length,
    reportUrl: event.report.url,
    qrAlt: `QR code: ${event.plan.qrUrl}`,
    font: fonts.sans,
  }
}

export async function makeRunOfShowPdf(context: BrowserContext, input: RunOfShowPrint): Promise<{ bytes: Uint8Array, pages: number, show: RunOfShow }> {
  const { finishPdf, openPdf } = await loadPdfTools()
  const show = runOfShowOf(input.deck.slides, input.event)
  const html = runOfShowHtml({ event: input.event, show, fontCss: await bundledFontCss(['400', '700', '400-italic']) })
  const page = await context.newPage()
  let raw: Uint8Array
  try {
    await page.setContent(html, { waitUntil: 'load', timeout: input.timeout })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    raw = await page.pdf(a4PdfOptions(MARGIN, runOfShowFooter(input.event)))
  }
  finally {
    await page.close()
  }
  const bytes = await finishPdf(raw, input.metadata, [])
  const pdf = await openPdf(bytes)
  try {
    const problems = await runOfShowProblems(pdf, runOfShowExpectation(show, input.event))
    assertNoProblems('run-of-show PDF', problems, 'Nothing was written. Fix what is named above (the layout is scripts/runofshow/html.ts), then export again.')
    return { bytes, pages: pdf.pageCount, show }
  }
  finally {
    await pdf.close()
  }
}
