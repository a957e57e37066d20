/**
 * rehearsal: one or two rehearsals recorded in the presenter view (live/rehearsal.ts) read and checked (file),
 * compared with the plan per slide and per speaker with where the talk runs long (compare), and written as Markdown
 * and CSV tables (tables) and an SVG chart (chart).
 * May import: core; charts/ (theme), live/ (the file's format, clock text); zod, csv-stringify.
 */
export { comparisonSvg } from './chart'
export { compareRehearsals, LONG_LISTED, LONG_SECONDS, LONG_SHARE, runsLong, signedClock } from './compare'
export type { Comparison, Run, SlideRow, SpeakerRow } from './compare'
export { readRehearsal, RehearsalError, rehearsalSchema } from './file'
export { comparisonMarkdown, slidesCsv, speakersCsv } from './tables'
