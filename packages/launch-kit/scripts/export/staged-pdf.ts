/** A verified PDF as a product of the run: staged under its final name, with its manifest entry. */
import type { StagedOutput, Staging } from '../output/index'
import { join } from 'node:path'
import { describeBytes } from '../output/index'

export function fileNames(slug: string): { slides: string, handout: string, runOfShow: string } {
  return { slides: `${slug}-slides.pdf`, handout: `${slug}-handout.pdf`, runOfShow: `${slug}-run-of-show.pdf` }
}

export interface VerifiedPdf {
  bytes: Uint8Array
  pages: number
}

export async function stagePdf(kind: 'slides-pdf' | 'handout-pdf' | 'run-of-show', name: string, pdf: VerifiedPdf, at: { staging: Staging, out: string, dataVersion: string }): Promise<StagedOutput> {
  const staged = await at.staging.write(name, pdf.bytes)
  const path = join(at.out, name)
  return {
    kind,
    path,
    bytes: pdf.bytes.length,
    files: 1,
    swaps: [{ from: staged, to: path }],
    entries: [describeBytes(name, pdf.bytes, kind, { dataVersion: at.dataVersion, pages: pdf.pages })],
    owns: k => k === kind,
  }
}
