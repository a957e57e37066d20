/**
 * The report and its launch: what the holding slide, the cover, the handout, the PDFs' metadata, the file names and
 * the chart kit's credit say. PLACEHOLDER: every value below is to be replaced with your launch's.
 *
 * `plan` holds the organisers' choices: when the session starts (`start: { local: '2026-10-15T18:00', timeZone:
 * 'Europe/Belgrade' }`, or null while not decided: the holding slide then says "Starting soon"), how many minutes the slides' `minutes:` must add up to, where
 * the QR code points, and the day the data were last reviewed (no fact may be dated after it).
 *
 * `speakers` is the panel: each slide of slides.md names who presents it (`speaker: <id>`), and the presenter view, the
 * run of show and the rehearsal tables read the names from here. A moderator or a discussant gets a role of their
 * own; an author is one of report.authors, so the two people below are written once and used in both places.
 */
import type { LaunchEvent } from 'launch-kit/data/event.schema'
import { sources } from './sources'

// PLACEHOLDER people: replace the names (and add `honorific`, or `affiliation` when a source states it).
const speakerOne = { name: 'Speaker One (placeholder)' }
const speakerTwo = { name: 'Speaker Two (placeholder)' }

export const event: LaunchEvent = {
  report: {
    title: '__TITLE__',
    shortTitle: '__SHORT_TITLE__',
    slug: '__SLUG__',
    authors: [speakerOne, speakerTwo],
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
  speakers: [
    { id: 'speaker1', ...speakerOne, role: 'author', sources: [sources.report] },
    { id: 'speaker2', ...speakerTwo, role: 'author', sources: [sources.report] },
  ],
  plan: {
    start: null,
    sessionMinutes: 20,
    qrUrl: sources.report.url,
    dataReviewed: '__TODAY__',
  },
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
}
