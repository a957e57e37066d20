/**
 * npm run shots: draws the pictures in docs/shots/ again from the latest export in exports/ (run npm run export
 * first), so the notes that show them show today's outputs: slides and handout pages drawn with pdfjs, and the chart
 * kit's own PNGs. Pictures of earlier states ("before") are kept as they are; docs/shots/README.md says which is which.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pdfPagePng } from 'launch-kit/testing/index'
import { event } from '../data/event'

const OUT = 'docs/shots'
const slides = join('exports', `${event.report.slug}-slides.pdf`)
const handout = join('exports', `${event.report.slug}-handout.pdf`)

/** Each picture: a PDF page at a resolution, or a file of the chart kit. */
const SHOTS: ({ file: string, pdf: string, page: number, dpi: number } | { file: string, kit: string })[] = [
  { file: 'vector-after-slides-p8.png', pdf: slides, page: 8, dpi: 144 },
  { file: 'vector-after-handout-p9.png', pdf: handout, page: 9, dpi: 110 },
  { file: 'map-slide-09-doses.png', pdf: slides, page: 9, dpi: 144 },
  { file: 'map-slide-17-tech.png', pdf: slides, page: 17, dpi: 144 },
  { file: 'map-chinese-doses-social.png', kit: 'chinese-doses-map/chinese-doses-map-social.png' },
  { file: 'map-tech-presence-social.png', kit: 'tech-presence-map/tech-presence-map-social.png' },
  { file: 'i18n-first-deliveries-social-en.png', kit: 'first-deliveries/first-deliveries-social.png' },
  { file: 'i18n-first-deliveries-social-sq.png', kit: 'first-deliveries/sq/first-deliveries-social.png' },
  { file: 'i18n-first-deliveries-social-sr-Latn.png', kit: 'first-deliveries/sr-Latn/first-deliveries-social.png' },
]

await mkdir(OUT, { recursive: true })
for (const shot of SHOTS) {
  const target = join(OUT, shot.file)
  if ('kit' in shot)
    await copyFile(join('exports', 'charts', shot.kit), target)
  else
    await writeFile(target, await pdfPagePng(shot.pdf, shot.page, shot.dpi))
  process.stdout.write(`shots: ${target}\n`)
}
