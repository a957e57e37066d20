/**
 * What Chromium's PDF lacks, added with pdf-lib: document metadata, an outline (bookmarks) with one entry per
 * slide or handout section, its decorative marks as artifacts, and structure IDs that are the same in every export
 * (structure-ids.ts).
 *
 * Chromium can write an outline itself (page.pdf({ outline: true })), but it builds it from every h1–h6 and joins
 * wrapped heading lines without a space ("…the known totalselsewhere"). pdf-lib has no outline API, so the few
 * dictionaries are written here by hand (PDF 1.7, §12.3.3).
 */
import type { PDFRef } from 'pdf-lib'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { markArtifacts } from './artifacts'
import { numberStructureIds } from './structure-ids'

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords: string[]
  creator: string
  language: string
}

export interface OutlineEntry {
  title: string
  /** 0-based page index. */
  pageIndex: number
}

function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0)
    return
  const { context } = pdf
  const pages = pdf.getPages()
  const root = context.nextRef()
  const refs: PDFRef[] = entries.map(() => context.nextRef())
  entries.forEach((entry, i) => {
    const page = pages[entry.pageIndex]
    if (!page)
      throw new Error(`outline entry "${entry.title}" points at page ${entry.pageIndex + 1}; the PDF has ${pages.length}`)
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      Dest: [page.ref, PDFName.of('Fit')],
    })
    if (i > 0)
      item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < refs.length - 1)
      item.set(PDFName.of('Next'), refs[i + 1]!)
    context.assign(refs[i]!, item)
  })
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }))
  pdf.catalog.set(PDFName.of('Outlines'), root)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/**
 * SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) fixes a PDF's creation and modification
 * dates, the only bytes that differ between two exports of the same deck; unset, they are when it was printed.
 */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH
  if (value === undefined || value === '')
    return undefined
  if (!/^\d+$/.test(value))
    throw new Error(`SOURCE_DATE_EPOCH=${value}: expected whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).`)
  return new Date(Number(value) * 1000)
}

async function finished(bytes: Uint8Array, metadata: PdfMetadata): Promise<PDFDocument> {
  const pdf = await PDFDocument.load(bytes)
  const date = sourceDate()
  if (date) {
    pdf.setCreationDate(date)
    pdf.setModificationDate(date)
  }
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true })
  pdf.setAuthor(metadata.author)
  pdf.setSubject(metadata.subject)
  // pdf-lib joins keywords with spaces, which would merge multi-word ones ("Western Sahel").
  pdf.setKeywords([metadata.keywords.join(', ')])
  pdf.setCreator(metadata.creator)
  pdf.setLanguage(metadata.language)
  markArtifacts(pdf)
  numberStructureIds(pdf)
  return pdf
}

/**
 * Returns a new PDF with metadata and outline set and its decorative marks made artifacts (artifacts.ts); the tagged
 * structure Chromium wrote is kept.
 */
export async function finishPdf(bytes: Uint8Array, metadata: PdfMetadata, outline: readonly OutlineEntry[]): Promise<Uint8Array> {
  const pdf = await finished(bytes, metadata)
  addOutline(pdf, outline)
  return pdf.save()
}

export interface FinishingPdf {
  /** The PDF with metadata set and decorative marks made artifacts, before its outline. */
  bytes: Uint8Array
  /** The same PDF with the outline added (from the document already loaded: no second parse). */
  withOutline: (outline: readonly OutlineEntry[]) => Promise<Uint8Array>
}

/**
 * finishPdf in two steps, for a PDF whose outline is only known once its pages have been read (the handout: where
 * each section starts). The checks read `bytes`, which differ from the final file by the outline alone.
 */
export async function finishInStages(bytes: Uint8Array, metadata: PdfMetadata): Promise<FinishingPdf> {
  const pdf = await finished(bytes, metadata)
  return {
    bytes: await pdf.save(),
    withOutline: async (outline) => {
      addOutline(pdf, outline)
      return pdf.save()
    },
  }
}
