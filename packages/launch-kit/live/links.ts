/**
 * Where the audience finds the material after the launch, as the Q&A and closing slides name it. File names come
 * from the report's slug in data/event.ts, the same slug the export uses for its PDFs.
 */
import type { LaunchEvent } from '../data/event.schema'

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

/** "Author One · Dr Author Two": the report's authors, who are the speakers. */
export function speakerLine(event: LaunchEvent): string {
  return event.report.authors.map(a => (a.honorific ? `${a.honorific} ${a.name}` : a.name)).join(' · ')
}
