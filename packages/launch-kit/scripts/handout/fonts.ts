/** The handout's fonts: the deck's bundled font in the weights and styles the handout uses (pdf/fonts.ts). */
import { bundledFontCss } from '../pdf/index'

export { inlineFontCss } from '../pdf/index'

/** The weights and styles the handout uses, as fontsource names its CSS files. */
export const HANDOUT_FACES = ['400', '700', '400-italic'] as const

export function handoutFontCss(): Promise<string> {
  return bundledFontCss(HANDOUT_FACES)
}
