/**
 * handout: the A4 handout — its HTML (cover, each slide itself with its notes, each chart's table, description and
 * sources, every source at the end), the slides' DOM taken from the print page, the bundled fonts inlined, printing
 * it in the export's browser and verifying the PDF.
 * May import: core, output, deck, pdf; charts/ and data/; playwright-chromium (types).
 */
export { makeHandoutPdf } from './print'
export type { HandoutPrint } from './print'
export { deckStyles, snapshotSlides } from './snapshot'
export type { DeckStyles, SlideSnapshot } from './snapshot'
