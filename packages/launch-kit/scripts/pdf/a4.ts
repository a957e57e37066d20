/**
 * How the export prints an A4 document from a page of its own (the handout: handout/print.ts; the run of show:
 * runofshow/print.ts): backgrounds on, tagged (the PDF's structure comes from the page's HTML), the document's
 * margins, and a footer from its template in Chromium's header/footer area with an empty header.
 */
export interface A4Margins {
  top: string
  right: string
  bottom: string
  left: string
}

/** The options of Playwright's page.pdf() this print sets. */
export interface A4PdfOptions {
  format: 'A4'
  printBackground: true
  tagged: true
  margin: A4Margins
  displayHeaderFooter: true
  headerTemplate: string
  footerTemplate: string
}

export function a4PdfOptions(margin: A4Margins, footerTemplate: string): A4PdfOptions {
  return {
    format: 'A4',
    printBackground: true,
    tagged: true,
    margin,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate,
  }
}
