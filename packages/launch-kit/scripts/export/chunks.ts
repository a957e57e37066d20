/**
 * Long decks are printed a range of slides at a time (export-print.ts), so Chromium never holds more than one
 * range; this module splits the deck into those ranges. export-join.ts joins the ranges' PDFs into one.
 */

/** Slides per range: each range is one load of the print page. Chromium's memory grows with it. */
export const PRINT_CHUNK = 25

/** Overrides PRINT_CHUNK (tests print the 23-slide deck in several ranges with it). */
export const PRINT_RANGE_ENV = 'DECK_PRINT_RANGE'

/** The range size: DECK_PRINT_RANGE when set (a whole number ≥ 1), else PRINT_CHUNK. */
export function rangeSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[PRINT_RANGE_ENV]
  if (text === undefined || text === '')
    return PRINT_CHUNK
  const size = Number(text)
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`${PRINT_RANGE_ENV}=${text}: expected a whole number of slides per print range, e.g. ${PRINT_RANGE_ENV}=25.`)
  return size
}

export interface SlideRange {
  /** 1-based, inclusive. */
  from: number
  to: number
}

/** 1…total in ranges of `size` slides (the last one shorter). */
export function slideRanges(total: number, size: number = PRINT_CHUNK): SlideRange[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`print range size ${size}: expected a whole number of slides, at least 1`)
  const ranges: SlideRange[] = []
  for (let from = 1; from <= total; from += size)
    ranges.push({ from, to: Math.min(total, from + size - 1) })
  return ranges
}
