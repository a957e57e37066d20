/** The handout's slide images: JPEG (as the export takes them) or PNG, sized from their headers. */
import { describe, expect, it } from 'vitest'
import { jpegSize, slideImageSize } from '../../../scripts/handout/print'

/** The first bytes of a baseline JPEG: SOI, a JFIF APP0 segment, then SOF0 with the size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]
  const sof0 = [0xFF, 0xC0, 0x00, 0x11, 0x08, height >> 8, height & 0xFF, width >> 8, width & 0xFF, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]
  return new Uint8Array([0xFF, 0xD8, ...app0, ...sof0, 0xFF, 0xD9])
}

describe('slide images', () => {
  it('reads a JPEG\'s size from its start-of-frame segment', () => {
    const jpeg = jpegHeader(1960, 1104)
    expect(jpegSize(jpeg)).toEqual({ width: 1960, height: 1104 })
    expect(slideImageSize(jpeg)).toEqual({ width: 1960, height: 1104 })
  })

  it('refuses bytes with no frame header', () => {
    expect(() => jpegSize(new Uint8Array([0xFF, 0xD8, 0xFF, 0xD9, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/no start-of-frame/)
  })
})
