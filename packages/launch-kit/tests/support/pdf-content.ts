/** A PDF's drawing as bytes a test can compare: each page's content stream, decoded (pdf-lib). */
import { readFile } from 'node:fs/promises'
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib'

/** Each page's content streams, decoded and joined: paths, text operators and their order. */
export async function contentStreams(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(await readFile(file))
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray().map(ref => pdf.context.lookup(ref)) : [contents]
    return streams.map(s => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : '')).join('\n')
  })
}
