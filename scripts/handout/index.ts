/**
 * handout: the A4 handout — its HTML (cover, each slide with notes, each chart's table, description and sources,
 * every source at the end), the bundled fonts inlined, printing it in the export's browser and verifying the PDF.
 * May import: core, output, deck, pdf; charts/ and data/.
 */
export { makeHandoutPdf } from './print'
