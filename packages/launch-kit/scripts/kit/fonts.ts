/**
 * The typeface files the kit's pages and SVGs use: Atkinson Hyperlegible Next from @fontsource, regular and bold,
 * latin and latin-ext subsets (the same files the slides load). Pages get copies in a fonts/ folder beside them;
 * SVGs get them inline as data: URLs, so every output shows the same letters without asking any server.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fonts } from '../../charts/theme'
import { ROOT } from '../core/index'

const FONTSOURCE = join(ROOT, 'node_modules', '@fontsource', 'atkinson-hyperlegible-next', 'files')

/** Unicode ranges as @fontsource declares them for each subset. */
const SUBSETS = {
  'latin': 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const

export interface FontFile {
  /** File name, e.g. atkinson-hyperlegible-next-latin-400-normal.woff2. */
  name: string
  weight: 400 | 700
  unicodeRange: string
}

export const FONT_FILES: readonly FontFile[] = ([400, 700] as const).flatMap(weight =>
  (Object.keys(SUBSETS) as (keyof typeof SUBSETS)[]).map(subset => ({
    name: `atkinson-hyperlegible-next-${subset}-${weight}-normal.woff2`,
    weight,
    unicodeRange: SUBSETS[subset],
  })))

export async function readFontFile(file: FontFile): Promise<Buffer> {
  try {
    return await readFile(join(FONTSOURCE, file.name))
  }
  catch (error) {
    throw new Error(`Font file ${file.name} not found in node_modules/@fontsource/atkinson-hyperlegible-next/files: run npm ci. (${(error as Error).message})`)
  }
}

function fontFace(file: FontFile, src: string): string {
  return `@font-face{font-family:"${fonts.sans}";font-style:normal;font-weight:${file.weight};font-display:block;src:url(${src}) format("woff2");unicode-range:${file.unicodeRange}}`
}

/** @font-face rules pointing at `<folder>/<file>` (a page with its own copies of the files). */
export function fontCssForFolder(folder: string): string {
  return FONT_FILES.map(file => fontFace(file, `${folder}/${file.name}`)).join('\n')
}

/** @font-face rules with the files inline as data: URLs (for SVGs, which must stand alone). */
export async function fontCssInline(): Promise<string> {
  const faces = await Promise.all(FONT_FILES.map(async file => fontFace(file, `data:font/woff2;base64,${(await readFontFile(file)).toString('base64')}`)))
  return faces.join('\n')
}
