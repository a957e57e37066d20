/**
 * The report and its launch: what the holding slide, the cover, the handout, the PDFs' metadata, the file names and
 * the chart kit's credit say. PLACEHOLDER: every value below is to be replaced with your launch's.
 *
 * `plan` holds the organisers' choices: when the session starts (`start: { local: '2026-10-15T18:00', timeZone:
 * 'Europe/Belgrade' }`, or null while not decided: the holding slide then says "Starting soon"), how many minutes the slides' `minutes:` must add up to, where
 * the QR code points, and the day the data were last reviewed (no fact may be dated after it).
 */
import type { LaunchEvent } from 'launch-kit/data/event.schema'
import { sources } from './sources'

export const event: LaunchEvent = {
  report: {
    title: '__TITLE__',
    shortTitle: '__SHORT_TITLE__',
    slug: '__SLUG__',
    authors: [{ name: 'Author One' }, { name: 'Author Two' }],
    publisher: 'Your organisation',
    url: sources.report.url,
    sources: [sources.report],
  },
  launch: {
    dateText: 'Date to be announced',
    platform: 'Zoom',
    format: 'Open online conference',
    sources: [sources.report],
  },
  plan: {
    start: null,
    sessionMinutes: 20,
    qrUrl: sources.report.url,
    dataReviewed: '__TODAY__',
  },
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
}
