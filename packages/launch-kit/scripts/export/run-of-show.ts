/**
 * The export's call into the run of show (scripts/runofshow/): printed in a tab of the run's browser, verified, and
 * handed back like the other PDFs to be staged (deck-outputs.ts), with the manifest kind 'run-of-show', and linked
 * from the site.
 */
import type { BrowserContext } from 'playwright-chromium'
import type { LaunchEvent } from '../../data/event.schema'
import type { Log } from '../core/index'
import type { Deck } from '../deck/index'
import type { VerifiedPdf } from './staged-pdf'
import { pdfMetadata } from '../pdf/index'
import { makeRunOfShowPdf } from '../runofshow/index'

export async function exportRunOfShow(context: BrowserContext, deck: Deck, event: LaunchEvent, timeout: number, log: Log): Promise<VerifiedPdf> {
  const { bytes, pages, show } = await makeRunOfShowPdf(context, { deck, event, metadata: pdfMetadata(deck, event, 'run-of-show'), timeout })
  log.step(`run-of-show PDF verified: ${pages} page${pages === 1 ? '' : 's'}, ${show.blocks.length} blocks${show.start ? '' : ' (no start time set: times from +0:00)'}`)
  return { bytes, pages }
}
