/**
 * The checks the run-of-show PDF must pass before it is written, read from the finished file as a reader's viewer
 * reads it: one or two A4 pages; the title, every speaker's name and every block's start time as text, in order
 * (with UTC beside them when the start is set, the note saying the times are relative when it is not); the report's
 * link clickable; the table tagged as a table and the QR code as a Figure with the link as its Alt; the fonts embedded.
 */
import type { PdfReader } from '../pdf/index'
import { containsText, fontProblems, missingInOrder } from '../pdf/index'

/** A4 in PDF points. */
export const A4_PT = { width: 595.28, height: 841.89 }
export const MAX_PAGES = 2

export interface RunOfShowExpectation {
  title: string
  /** Every speaker's name as printed. */
  names: string[]
  /** Each block's start, then the end, in the event's zone (or relative), in reading order. */
  times: string[]
  /** The same moments in UTC, when the start is set. */
  utcTimes: string[]
  /** Text that must be there besides: the Q&A line, the note on relative times. */
  texts: string[]
  /** How many blocks the table has (each is a row of cells). */
  blocks: number
  reportUrl: string
  qrAlt: string
  font: string
}

export async function runOfShowProblems(pdf: PdfReader, expect: RunOfShowExpectation): Promise<string[]> {
  const problems: string[] = []
  if (pdf.pageCount > MAX_PAGES)
    problems.push(`the run of show has ${pdf.pageCount} pages; it is printed for the moderator on one or two: fewer blocks (speaker changes) or shorter slide titles make it fit`)
  const texts: string[] = []
  const links: string[] = []
  const roles: Record<string, number> = {}
  const alts: string[] = []
  for (let p = 1; p <= pdf.pageCount; p++) {
    const size = await pdf.pageSize(p)
    if (Math.abs(size.width - A4_PT.width) > 2 || Math.abs(size.height - A4_PT.height) > 2)
      problems.push(`page ${p} is ${size.width.toFixed(1)}×${size.height.toFixed(1)} pt; expected A4 (${A4_PT.width}×${A4_PT.height} pt)`)
    texts.push(await pdf.text(p))
    links.push(...await pdf.links(p))
    const tagged = await pdf.tagged(p)
    for (const [role, n] of Object.entries(tagged.roles))
      roles[role] = (roles[role] ?? 0) + n
    alts.push(...tagged.figureAlts.map(a => a.replace(/\s+/g, ' ').trim()))
  }
  const text = texts.join('\n')
  for (const wanted of [expect.title, ...expect.names, ...expect.texts]) {
    if (!containsText(text, wanted))
      problems.push(`"${wanted}" is not in the text of the run of show`)
  }
  for (const [what, times] of [['start', expect.times], ['UTC', expect.utcTimes]] as const) {
    const missing = missingInOrder(text, times)
    if (missing.length > 0)
      problems.push(`${missing.length} of ${times.length} block ${what} times are not in the text in order, first ${missing[0]}`)
  }
  if (!links.includes(expect.reportUrl))
    problems.push(`the report's link ${expect.reportUrl} is not a link in the PDF`)
  if ((roles.Table ?? 0) < 1 || (roles.TD ?? 0) < expect.blocks)
    problems.push(`the blocks are not tagged as a table (Table: ${roles.Table ?? 0}, TD: ${roles.TD ?? 0} for ${expect.blocks} blocks)`)
  if (!alts.includes(expect.qrAlt))
    problems.push(`the QR code has no Figure tag with the Alt "${expect.qrAlt}"`)
  problems.push(...fontProblems(pdf, expect.font))
  return problems
}
