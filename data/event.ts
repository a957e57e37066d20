/**
 * The report and its launch. The seed article says "On Wednesday, October 15" and names no year; none is given
 * here either (15 October was a Wednesday in 2014 and 2025). A start time for the countdown can be set in `plan`.
 *
 * The speakers are the report's two co-authors, as the Sbunker and QKSS publication pages and The Geopost's launch
 * article name them. No source gives either an affiliation, so none is given. Which slide each presents is the
 * organisers' plan (`speaker:` in slides.md), like the slides' minutes.
 */
import type { LaunchEvent } from 'launch-kit/data/event.schema'
import { sources } from './sources'

export type { LaunchEvent } from 'launch-kit/data/event.schema'

/** The co-authors, written once: the report's authors and the panel's speakers are the same two people. */
const avdimetaj = { name: 'Teuta Avdimetaj' }
const ilazi = { name: 'Ramadan Ilazi', honorific: 'Dr' }
const named = [sources.sbunkerReport, sources.qkssReport, sources.geopostLaunch] as const

export const event: LaunchEvent = {
  report: {
    title: 'Beyond economic considerations: The new frontiers of Chinese influence in the Western Balkans',
    shortTitle: 'Beyond economic considerations',
    slug: 'beyond-economic-considerations',
    authors: [avdimetaj, ilazi],
    publisher: 'Sbunker',
    alsoListed: ['Kosovar Centre for Security Studies (QKSS)'],
    supportedBy: ['National Endowment for Democracy (NED)', 'Rockefeller Brothers Fund (RBF)'],
    url: sources.sbunkerReport.url,
    sources: [sources.sbunkerReport, sources.qkssReport],
  },
  launch: {
    dateText: 'Wednesday, 15 October',
    weekday: 'Wednesday',
    monthDay: '--10-15',
    platform: 'Zoom',
    format: 'Open online conference',
    audience: 'Researchers from Kosovo, the region and beyond',
    sources: [sources.geopostLaunch],
  },
  speakers: [
    { id: 'avdimetaj', ...avdimetaj, role: 'author', sources: [...named] },
    { id: 'ilazi', ...ilazi, role: 'author', sources: [...named] },
  ],
  plan: {
    start: null,
    sessionMinutes: 45,
    qrUrl: sources.sbunkerReport.url,
    dataReviewed: '2026-11-28',
  },
}
