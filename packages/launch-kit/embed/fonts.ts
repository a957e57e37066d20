/**
 * Waits until the theme's typeface is loaded in every weight and subset the charts draw with. A canvas draws with
 * whatever font is ready at that moment, so drawing before this would measure and paint with a fallback font.
 */
import { fonts } from '../charts/theme'

/** Text covering the latin and latin-ext subsets, so both font files load before the first draw. */
const SAMPLE = 'Aa0 ČčĆćŠšŽžĐđ'
const WEIGHTS = ['400', '700'] as const

export async function waitForChartFonts(): Promise<void> {
  const loaded = await Promise.all(WEIGHTS.map(weight => document.fonts.load(`${weight} 16px "${fonts.sans}"`, SAMPLE)))
  await document.fonts.ready
  // load() resolves with the faces it loaded: none means no @font-face for the family was found or it failed.
  const missing = WEIGHTS.filter((_w, i) => loaded[i]!.length === 0)
  if (missing.length > 0)
    throw new Error(`Font "${fonts.sans}" (weight ${missing.join(', ')}) did not load: the page's fonts/ folder must hold its .woff2 files.`)
}
