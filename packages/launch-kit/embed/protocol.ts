/**
 * What the kit's render page (embed/render.ts) offers the Node side (scripts/kit/render.ts) on `window.chartKit`,
 * and what an embed page (embed/main.ts) offers on `window.chartKitEmbed`: the height it reports to its host, for
 * tools and tests to read (tests/e2e/embed-hosts.test.ts). Types only, shared by both sides.
 */
import type { Lang } from '../charts/i18n/languages'
import type { PresetName } from '../charts/presets'

export interface FigureRequest {
  id: string
  /** The chart's language (charts/i18n/languages.ts). */
  lang: Lang
  preset: PresetName
  transparent: boolean
}

/** A box in CSS px of the figure (0,0 top left). */
export interface Box { left: number, top: number, right: number, bottom: number }

/** Everything one figure drew as text, with the glyphs' own bounds, and the cells text must stay inside. */
export interface FitSample {
  width: number
  height: number
  texts: (Box & { text: string })[]
  /** Matrix cells (text drawn in one must fit in it). */
  cells: Box[]
}

export interface KitRenderer {
  /** Resolves once the fonts and every chart language's Intl data are loaded; call before any render. */
  ready: () => Promise<void>
  /**
   * The figure as a PNG at the preset's size and scale, base64-encoded, with where every string of it went
   * (scripts/kit/fit.ts judges it): one drawing gives both, so the fit check measures the very pixels written.
   */
  png: (request: FigureRequest) => { base64: string, fit: FitSample }
  /** The figure as a standalone SVG document (fonts embedded as data: URLs from `fontCss`). */
  svg: (request: FigureRequest & { fontCss: string }) => string
}

export interface EmbedPage {
  /** The page's natural height, CSS px: what its frame needs to show it whole (embed/height.ts). */
  contentHeight: () => number
}

declare global {
  interface Window {
    chartKit?: KitRenderer
    chartKitEmbed?: EmbedPage
  }
}
