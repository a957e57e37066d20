import { handoutFontCss, inlineFontCss } from 'launch-kit/scripts/handout/fonts'
/**
 * The handout's fonts: fontsource's own @font-face rules with the woff2 files inlined, so the handout page loads
 * nothing from anywhere.
 */
import { describe, expect, it } from 'vitest'

describe('inlineFontCss', () => {
  it('replaces each woff2/woff pair by the inlined woff2', async () => {
    const css = `@font-face {\n  font-weight: 400;\n  src: url(./files/a-400.woff2) format('woff2'), url(./files/a-400.woff) format('woff');\n  unicode-range: U+0000-00FF;\n}`
    const read: string[] = []
    const inlined = await inlineFontCss(css, async (file) => {
      read.push(file)
      return Buffer.from('font bytes')
    })
    expect(read).toEqual(['a-400.woff2'])
    expect(inlined).toBe(`@font-face {\n  font-weight: 400;\n  src: url(data:font/woff2;base64,${Buffer.from('font bytes').toString('base64')}) format('woff2');\n  unicode-range: U+0000-00FF;\n}`)
  })
})

describe('handoutFontCss', () => {
  it('inlines every face of the bundled Atkinson Hyperlegible Next', async () => {
    const css = await handoutFontCss()
    expect(css).not.toContain('url(./files/')
    expect(css).toContain('font-family: \'Atkinson Hyperlegible Next\'')
    for (const weight of ['400', '700'])
      expect(css).toContain(`font-weight: ${weight}`)
    expect(css.match(/url\(data:font\/woff2;base64,/g)?.length).toBeGreaterThanOrEqual(6)
  })
})
