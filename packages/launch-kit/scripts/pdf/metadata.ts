/** Document properties of the exported PDFs, from slides.md's headmatter and data/event.ts. */
import type { LaunchEvent } from '../../data/event.schema'
import type { Deck } from '../deck/index'
import type { PdfMetadata } from './finish'

const TITLE_SUFFIX = { 'slides': '', 'handout': ' (handout)', 'run-of-show': ' (run of show)' } as const

export function pdfMetadata(deck: Deck, event: LaunchEvent, variant: keyof typeof TITLE_SUFFIX): PdfMetadata {
  const { info, keywords } = deck.headmatter
  return {
    title: `${deck.title}${TITLE_SUFFIX[variant]}`,
    author: event.report.authors.map(a => (a.honorific ? `${a.honorific} ${a.name}` : a.name)).join(', '),
    subject: typeof info === 'string' && info.trim() ? info.trim() : `Launch of the ${event.report.publisher} report`,
    keywords: (Array.isArray(keywords) ? keywords.map(String) : String(keywords ?? '').split(',')).map(k => k.trim()).filter(Boolean),
    creator: 'npm run export (Slidev build, Chromium, pdf-lib)',
    language: 'en',
  }
}
