/**
 * Finding a chart's labels on a page (scripts/pdf/labels.ts) and text on a page (scripts/pdf/text.ts) without
 * trivial matches: on text items as pdfjs gives them for Chromium's PDFs (a "≥" in the fallback font as an item of
 * its own, a wide space item between two strings on one line, an empty item at a line's end).
 */
import type { PdfTextItem } from 'launch-kit/scripts/pdf/inspect'
import { missingLabels, textPieces } from 'launch-kit/scripts/pdf/labels'
import { containsText, missingInOrder, textKey } from 'launch-kit/scripts/pdf/text'
import { describe, expect, it } from 'vitest'

const BOX = { x0: 0, y0: 0, x1: 500, y1: 300 }

/** Items one after the other on a baseline, each starting where the one before ends (widths: 6 pt a character). */
function line(y: number, x: number, ...strs: string[]): PdfTextItem[] {
  const items: PdfTextItem[] = []
  for (const str of strs) {
    const width = str === ' ' ? 5 : str.length * 6
    items.push({ str, x, y, width, size: 15 })
    x += width
  }
  return items
}

const gap = (x: number, y: number, width: number): PdfTextItem => ({ str: ' ', x, y, width, size: 15 })
const eol = (x: number, y: number): PdfTextItem => ({ str: '', x, y, width: 0, size: 15 })

describe('a chart\'s labels as whole strings in its box', () => {
  it('joins a lower bound\'s "≥", its space and its figure (two fonts) into one string', () => {
    const items = [eol(10, 200), ...line(200, 10, '≥', ' ', '16.8')]
    expect(textPieces(items, BOX).map(p => p.text)).toEqual(['≥ 16.8'])
    expect(missingLabels(textPieces(items, BOX), ['≥ 16.8'])).toEqual([])
  })

  it('does not take a figure without its "≥" for the lower bound, nor the bound for an exact figure', () => {
    const figure = textPieces(line(200, 10, '16.8'), BOX)
    expect(missingLabels(figure, ['≥ 16.8'])).toEqual(['≥ 16.8'])
    expect(textKey('≥ 16.8')).toBe(textKey('16.8')) // what letters-and-digits matching could not tell apart
    expect(missingLabels(textPieces(line(200, 10, '≥', ' ', '16.8'), BOX), ['16.8'])).toEqual(['16.8'])
  })

  it('keeps a dash: "10–19.9" is not "1019.9" nor "10-19.9"', () => {
    expect(missingLabels(textPieces(line(200, 10, '10–19.9'), BOX), ['10–19.9'])).toEqual([])
    expect(missingLabels(textPieces(line(200, 10, '1019.9'), BOX), ['10–19.9'])).toEqual(['10–19.9'])
    expect(missingLabels(textPieces(line(200, 10, '10-19.9'), BOX), ['10–19.9'])).toEqual(['10–19.9'])
  })

  it('splits strings that share a line at pdfjs\'s wide space: a tick "0" is its own string, "10" is not a "0"', () => {
    const items = [...line(60, 10, '10'), gap(22, 60, 150), ...line(60, 172, '20')]
    expect(textPieces(items, BOX).map(p => p.text)).toEqual(['10', '20'])
    expect(missingLabels(textPieces(items, BOX), ['0'])).toEqual(['0'])
    expect(missingLabels(textPieces(line(60, 10, '14.4m'), BOX), ['4.4m'])).toEqual(['4.4m'])
  })

  it('lets each string serve one label: two "none" need two', () => {
    const one = textPieces([...line(200, 10, 'none'), eol(10, 170), ...line(170, 10, 'Kosovo')], BOX)
    expect(missingLabels(one, ['none', 'none', 'Kosovo'])).toEqual(['none'])
  })

  it('finds a label wrapped at its spaces, one line under the other, but not its words apart', () => {
    const wrapped = [...line(200, 300, 'Aid: none by'), eol(300, 182), ...line(182, 300, '1 Apr 2021')]
    expect(missingLabels(textPieces(wrapped, BOX), ['Aid: none by 1 Apr 2021'])).toEqual([])
    const apart = [...line(200, 300, 'Aid: none by'), eol(10, 40), ...line(40, 10, '1 Apr 2021')]
    expect(missingLabels(textPieces(apart, BOX), ['Aid: none by 1 Apr 2021'])).toEqual(['Aid: none by 1 Apr 2021'])
  })

  it('reads no-break spaces as spaces (Albanian "4 200 000")', () => {
    expect(missingLabels(textPieces(line(200, 10, '4\u00A0200\u00A0000'), BOX), ['4\u202F200\u202F000'])).toEqual([])
  })

  it('leaves out what is outside the box', () => {
    expect(missingLabels(textPieces(line(400, 10, 'Serbia'), BOX), ['Serbia'])).toEqual(['Serbia'])
  })
})

describe('text on a page, short needles', () => {
  it('finds a needle of one sign or digit only as a word of its own', () => {
    expect(containsText('Doses 2021 by country', '0')).toBe(false)
    expect(containsText('Kosovo 0 doses', '0')).toBe(true)
    expect(containsText('Serbia 4.4m', '≥')).toBe(false)
    expect(containsText('Serbia ≥ 4.4m', '≥')).toBe(true)
    expect(containsText('anything at all', '')).toBe(false)
    expect(missingInOrder('Title 1 of 2', ['Title', '–'])).toEqual(['–'])
  })

  it('still finds longer text across line breaks, quotes and dashes', () => {
    expect(containsText('Serbia’s ‘iron-clad’\nties', 'Serbia\'s \'iron-clad\' ties')).toBe(true)
    expect(containsText('Per person too', 'Per person two')).toBe(false)
  })
})
