/**
 * Image presets of the article chart kit (npm run charts). Each preset is a whole published figure: the chart's own
 * configuration drawn with `figure: true`, so title, subtitle, source line and notes are on the image, with text
 * sized for where the image is shown.
 */
import type { RenderProfile } from './types'

export interface Preset {
  /** Layout size in CSS px: what the chart is laid out in. */
  width: number
  height: number
  /** Device pixels per CSS px in the PNG (the PNG is width × scale by height × scale pixels). */
  scale: number
  /** Multiplies the slide text sizes (theme.chartText); slides are laid out 980 px wide. */
  fontScale: number
}

export const presets = {
  /** In an article column: laid out wide, sharp on high-density screens. */
  article: { width: 1600, height: 900, scale: 2, fontScale: 1.35 },
  /** Open Graph / social card size, shown small in feeds: fewer, larger words per pixel. */
  social: { width: 1200, height: 628, scale: 1, fontScale: 1.15 },
  /** Square posts. */
  square: { width: 1080, height: 1080, scale: 1, fontScale: 1.15 },
} as const satisfies Record<string, Preset>

export type PresetName = keyof typeof presets

export const PRESET_NAMES = Object.keys(presets) as PresetName[]

/** The layout the SVG uses (and the gallery previews): the same figure as this preset's PNG, as vectors. */
export const VECTOR_PRESET: PresetName = 'article'

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as string[]).includes(name)
}

/** The render profile for a preset: a complete figure, drawn at once, light unless asked otherwise. */
export function presetProfile(name: PresetName, options: { transparent?: boolean, scheme?: RenderProfile['scheme'] } = {}): RenderProfile {
  return {
    name: `kit-${name}`,
    fontScale: presets[name].fontScale,
    scheme: options.scheme ?? 'light',
    animate: false,
    figure: true,
    transparent: options.transparent ?? false,
  }
}
