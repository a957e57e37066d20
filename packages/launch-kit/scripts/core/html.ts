/** Text into HTML, for the pages the scripts write (the handout, the run of show, the chart kit's embed pages). */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** Text for HTML element content and (quoted) attribute values. Five replacements; not worth a dependency. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ENTITIES[c]!)
}
