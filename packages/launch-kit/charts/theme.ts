/**
 * The one source of truth for colours, fonts and sizes, shared by the slides (UnoCSS + CSS variables), the Chart.js
 * configs, the handout and the article chart kit.
 *
 * Colours come from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), darkened
 * where a colour carries text, so text reaches WCAG AA (4.5:1) on its background.
 */

export const palette = {
  /** Series colours, named for what they are, so a launch picks by name. Okabe–Ito vermillion, darkened for contrast on white. */
  vermillion: '#B34700',
  /** Okabe–Ito orange: a lighter partner of vermillion (the two parts of one stacked bar). */
  orange: '#E69F00',
  /** Okabe–Ito blue: the contrasting series. */
  blue: '#0072B2',
  /** Okabe–Ito sky blue: a lighter partner of blue. */
  skyBlue: '#56B4E9',
  /** Okabe–Ito bluish green: a neutral third series. */
  green: '#009E73',
  /** Okabe–Ito reddish purple: a fourth series. */
  purple: '#CC79A7',
  /** Levels of an ordered scale (a matrix's cells, a map's categories), strongest to weakest, one hue; `levelOpen` is white. */
  levelHigh: '#5C2300',
  levelMid: '#B34700',
  levelLow: '#F6D3B3',
  levelOpen: '#FFFFFF',
  noData: '#EDEDED',
  /**
   * A rate on a map, lightest (zero) to darkest, one hue like the levels; each step stays apart from the others and
   * from noData under simulated deuteranopia and protanopia (CIEDE2000 ≥ 13, the Zoom lint asks for 10).
   */
  rate0: '#FFDABB',
  rate1: '#E1A272',
  rate2: '#D76C31',
  rate3: '#B34700',
  rate4: '#5C2300',
  /** Land around the mapped countries, drawn quietly (with grid-coloured borders), on a pale sea. */
  mapLand: '#FBFBFB',
  mapSea: '#E6EDF2',
  /**
   * Borders of the mapped countries: dark, so a country with no data (grey) still stands out from the land around
   * it (lighter grey, white borders).
   */
  mapBorder: '#4A4A4A',
  ink: '#1A1A1A',
  inkMuted: '#4A4A4A',
  grid: '#D6D6D6',
  paper: '#FFFFFF',
  accent: '#B34700',
} as const

/**
 * The same roles on a dark page (embed pages asked for dark=true, or dark=auto under a dark system setting): a
 * theme of its own, not the light one inverted. Text reaches 4.5:1 on `paper`; every mark that stands for a value
 * reaches 3:1 (a sequential scale's lowest class too, so it never melts into the page); the series a chart shows
 * together stay apart (CIEDE2000 ≥ 10, as the Zoom lint asks) under simulated deuteranopia and protanopia. "No data"
 * is a quiet warm grey, not a value: apart from every class and from the land around it. The rate scale runs dark
 * plum to pale cream, lightness rising with the value, because one hue cannot give five steps that far apart
 * between 3:1 and white. tests/unit/charts/theme.test.ts holds the theme to all of it.
 */
export const darkPalette: Record<keyof typeof palette, string> = {
  ...palette,
  vermillion: '#F4743B',
  orange: '#F0C24B',
  blue: '#5AB4F0',
  skyBlue: '#A8D8F5',
  levelHigh: '#FFB27A',
  levelMid: '#E0731E',
  levelLow: '#9C4A78',
  levelOpen: '#1B1E22',
  noData: '#474742',
  rate0: '#B0357D',
  rate1: '#D24766',
  rate2: '#F76D51',
  rate3: '#FFAC70',
  rate4: '#FFE6C1',
  mapLand: '#262A2F',
  mapSea: '#1B2530',
  mapBorder: '#9AA0A6',
  ink: '#F2F2F2',
  inkMuted: '#C4C4C4',
  grid: '#44484E',
  paper: '#15181C',
  accent: '#F4743B',
}

export type PaletteToken = keyof typeof palette
export type Palette = Record<PaletteToken, string>

export const fonts = {
  /** Bundled with @fontsource; made for low-vision legibility, which suits video compression too. */
  sans: 'Atkinson Hyperlegible Next',
  stack: '"Atkinson Hyperlegible Next", "DejaVu Sans", sans-serif',
  mono: '"DejaVu Sans Mono", monospace',
} as const

/** Slidev's canvas and the minimum sizes that stay legible after Zoom's compression (see README). */
export const slide = {
  width: 980,
  height: 552,
  /** Smallest text on a slide, px at the 980-wide canvas. */
  minText: 20,
  /** Smallest source/citation line. */
  minSourceText: 14,
} as const

/** Font sizes in CSS px for a chart drawn at slide scale; other outputs scale these. */
export const chartText = {
  tick: 20,
  legend: 20,
  label: 20,
  title: 30,
  subtitle: 22,
  source: 15,
} as const

/** Colours a chart needs, for light or dark pages. */
export function paletteFor(scheme: 'light' | 'dark'): Palette {
  return scheme === 'dark' ? darkPalette : palette
}
