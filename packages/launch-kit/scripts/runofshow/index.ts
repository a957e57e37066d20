/**
 * runofshow: the run of show for the moderator and the Zoom host — the deck's slides grouped into blocks by speaker
 * and the Q&A, with clock times from plan.start in the event's time zone and in UTC (blocks), as an A4 page (html),
 * printed in the export's browser and verified (print, verify).
 * May import: core, output, deck (types), pdf; charts/ (theme), data/ (types) and live/ (speakers, times, QR);
 * playwright-chromium (types).
 */
export { blockWho, clockAt, minutesText, runOfShowOf, slideRange } from './blocks'
export type { ClockTime, RunBlock, RunOfShow, RunSlide } from './blocks'
export { NO_START_NOTE, RUN_OF_SHOW_HEADING, runOfShowHtml, timeText } from './html'
export { makeRunOfShowPdf, runOfShowExpectation } from './print'
export type { RunOfShowPrint } from './print'
export { A4_PT, MAX_PAGES, runOfShowProblems } from './verify'
export type { RunOfShowExpectation } from './verify'
