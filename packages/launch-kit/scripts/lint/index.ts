/**
 * lint: the Zoom legibility lint — walk every slide of the built deck, measure text, chart labels, colours and
 * overflow in Chromium (measure), judge them by the Zoom rules (rules), and save screenshots as Zoom would send them.
 * May import: core, output, browser.
 */
export { formatViolation } from './rules'
export { shootBoth, SHOT } from './shots'
export { CANVAS, lintSlides, openSlide } from './walk'
