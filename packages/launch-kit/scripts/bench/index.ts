/**
 * bench: `npm run bench` — our export against stock Slidev on this machine (P1 whole kit and P1s slides, cold; P1e,
 * P1t re-exports after an edit; P2 long decks; P3 the chart kit per chart; P4 the first slide), the processes with
 * their CPU time and memory, the statistics and the RESULTS.md report.
 * May import: every folder below it.
 */
export { benchScale, benchWholeKit } from './export-runs'
export { benchFirstSlide } from './first-slide'
export { benchChartKit } from './kit'
export { load, machineFacts } from './machine'
export { benchReexport } from './reexport'
export type { P1eP1tResult } from './reexport'
export { resultsMarkdown } from './report'
export type { BenchResults } from './report'
