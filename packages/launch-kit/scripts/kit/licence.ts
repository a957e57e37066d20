/**
 * The chart kit's licence, stated once: the kit's own work (images, SVGs, embed pages, tables as laid out) is under
 * the launch's licence (data/event.ts `licence`, CC BY 4.0 when it names none), credited to its publisher and report;
 * the figures are facts from the cited sources, which keep their own terms. Every JSON, CSV, embed page and the
 * gallery quote it from here.
 */
import { launchEvent } from '../../data/launch'

export interface KitLicence {
  /** SPDX identifier, e.g. CC-BY-4.0. */
  id: string
  name: string
  url: string
  /** Who to credit. */
  attribution: string
  /** What the licence covers, and what it does not. */
  appliesTo: string
  data: string
}

const DEFAULT = { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

export function kitLicence(): KitLicence {
  const event = launchEvent()
  return {
    ...(event.licence ?? DEFAULT),
    attribution: `${event.report.publisher}, "${event.report.shortTitle}"`,
    appliesTo: 'the charts: PNG and SVG images, embed pages and the tables as laid out here',
    data: 'See sources: each figure is credited to its source and keeps that source\'s terms.',
  }
}
