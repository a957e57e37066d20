import { DEFAULT_EMBED_OPTIONS, optionAttributes, readEmbedOptions } from 'launch-kit/embed/options'
/**
 * The embed page's render options as its URL gives them (embed/options.ts): light unless asked, the spellings a
 * newsroom types (true, 1, a bare flag), and anything unknown left at its default.
 */
import { describe, expect, it } from 'vitest'

describe('readEmbedOptions', () => {
  it('is light, titled and on its own background without options, so published embeds do not change', () => {
    expect(readEmbedOptions('')).toEqual({ scheme: 'light', plain: false, transparent: false })
    expect(DEFAULT_EMBED_OPTIONS).toEqual(readEmbedOptions(''))
  })

  it('reads dark=true|false|auto', () => {
    expect(readEmbedOptions('?dark=true').scheme).toBe('dark')
    expect(readEmbedOptions('?dark=1').scheme).toBe('dark')
    expect(readEmbedOptions('?dark').scheme).toBe('dark')
    expect(readEmbedOptions('?dark=auto').scheme).toBe('auto')
    expect(readEmbedOptions('?dark=false').scheme).toBe('light')
    expect(readEmbedOptions('?dark=night').scheme).toBe('light')
  })

  it('reads plain and transparent, together with dark', () => {
    expect(readEmbedOptions('?dark=auto&plain=true&transparent=true')).toEqual({ scheme: 'auto', plain: true, transparent: true })
    expect(readEmbedOptions('?plain=false&transparent=0')).toEqual({ scheme: 'light', plain: false, transparent: false })
    expect(readEmbedOptions('?plain=maybe').plain).toBe(false)
  })
})

describe('optionAttributes', () => {
  it('marks the root element for embed.css: the scheme always, plain and transparent only when set', () => {
    expect(optionAttributes(readEmbedOptions(''))).toEqual({ 'data-scheme': 'light' })
    expect(optionAttributes(readEmbedOptions('?dark=auto&plain=true&transparent=true'))).toEqual({ 'data-scheme': 'auto', 'data-plain': '', 'data-transparent': '' })
  })
})
