import { defineConfig } from 'unocss'
import { fonts, palette } from './charts/theme'

/** Slide colours and fonts come from charts/theme.ts, so slides and charts cannot drift apart. */
export default defineConfig({
  theme: {
    colors: { ink: palette.ink, muted: palette.inkMuted, accent: palette.accent, vermillion: palette.vermillion, blue: palette.blue },
    fontFamily: { sans: fonts.stack, mono: fonts.mono },
  },
  preflights: [{
    getCSS: () => `:root { ${Object.entries(palette).map(([k, v]) => `--deck-${k}: ${v};`).join(' ')} --deck-font: ${fonts.stack}; }`,
  }],
})
