/**
 * The chart kit's default licence, stated once: the kit's own work (images, SVGs, embed pages, tables as laid out)
 * is CC BY 4.0; the figures are facts from the cited sources, which keep their own terms. Every JSON, CSV, embed
 * page and the gallery quote it from here.
 */
import { event } from '../../../../data/event'

export const KIT_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** Who to credit. */
  attribution: `${event.report.publisher}, "${event.report.shortTitle}"`,
  /** What the licence covers, and what it does not. */
  appliesTo: 'the charts: PNG and SVG images, embed pages and the tables as laid out here',
  data: 'See sources: each figure is credited to its source and keeps that source\'s terms.',
} as const

/** One line for footers and CSV comments. */
export function licenceLine(): string {
  return `Chart: ${KIT_LICENCE.name}, credit ${KIT_LICENCE.attribution}. Data: see sources.`
}
