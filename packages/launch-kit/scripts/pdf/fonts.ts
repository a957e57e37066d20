/**
 * The deck's bundled font (@fontsource/atkinson-hyperlegible-next) for the A4 pages the export prints from HTML (the
 * handout, the run of show), which are rendered without a server to load files from: fontsource's own @font-face
 * CSS, with each woff2 file inlined as a data: URL (and the woff fallbacks dropped; Chromium reads woff2). No request
 * leaves the machine.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../core/index'

const FONT_DIR = join(ROOT, 'node_modules', '@fontsource', 'atkinson-hyperlegible-next')

/** Rewrites `src: url(./files/a.woff2) format('woff2'), url(./files/a.woff) format('woff')` to one inlined woff2. */
export async function inlineFontCss(css: string, readFont: (file: string) => Promise<Buffer>): Promise<string> {
  const src = /src:\s*url\(\.\/files\/([^)]+\.woff2)\)\s*format\('woff2'\)[^;]*;/g
  const files = [...new Set([...css.matchAll(src)].map(m => m[1]!))]
  const inlined = new Map(await Promise.all(files.map(async file => [file, (await readFont(file)).toString('base64')] as const)))
  return css.replace(src, (_all, file: string) => `src: url(data:font/woff2;base64,${inlined.get(file)}) format('woff2');`)
}

/** @font-face rules for the given weights and styles, as fontsource names its CSS files ('400', '700', '400-italic'). */
export async function bundledFontCss(faces: readonly string[]): Promise<string> {
  const css = (await Promise.all(faces.map(face => readFile(join(FONT_DIR, `${face}.css`), 'utf8')))).join('\n')
  const inlined = await inlineFontCss(css, file => readFile(join(FONT_DIR, 'files', file)))
  if (inlined.includes('url(./files/'))
    throw new Error(`@fontsource/atkinson-hyperlegible-next changed its CSS: some font files were not inlined. Check ${FONT_DIR}/400.css.`)
  return inlined
}
