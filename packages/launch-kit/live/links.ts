/**
 * Where the audience finds the material after the launch, as the Q&A and closing slides name it. File names come
 * from the report's slug in data/event.ts, the same slug the export uses for its PDFs.
 */
import type { LaunchEvent } from '../data/event.schema'
import { fullName } from './speakers'

export interface LaunchLink {
  /** What it is, for the audience. */
  what: string
  /** The file or page name as it appears on the site next to the slides. */
  name: string
}

export function launchLinks(event: LaunchEvent): LaunchLink[] {
  const { slug } = event.report
  return [
    { what: 'Handout: every chart’s data and sources', name: `${slug}-handout.pdf` },
    { what: 'Slides', name: `${slug}-slides.pdf` },
    { what: 'Charts as PNG, SVG and CSV', name: 'charts/index.html' },
  ]
}

/** "Author One · Dr Author Two": the panel (data/event.ts `speakers`), or the report's authors without one. */
export function speakerLine(event: LaunchEvent): string {
  return (event.speakers ?? event.report.authors).map(fullName).join(' · ')
}
