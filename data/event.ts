/**
 * The report and its launch. The seed article says "On Wednesday, October 15" and names no year; none is given
 * here either (15 October was a Wednesday in 2014 and 2025). A start time for the countdown can be set in `plan`.
 */
import type { LaunchEvent } from 'launch-kit/data/event.schema'
import { sources } from './sources'

export type { LaunchEvent } from 'launch-kit/data/event.schema'

export const event: LaunchEvent = {
  report: {
    title: 'Beyond economic considerations: The new frontiers of Chinese influence in the Western Balkans',
    shortTitle: 'Beyond economic considerations',
    slug: 'beyond-economic-considerations',
    authors: [{ name: 'Teuta Avdimetaj' }, { name: 'Ramadan Ilazi', honorific: 'Dr' }],
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
  plan: {
    start: null,
    sessionMinutes: 45,
    qrUrl: sources.sbunkerReport.url,
    dataReviewed: '2026-11-28',
  },
}
