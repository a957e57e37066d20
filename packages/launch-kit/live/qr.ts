/**
 * QR codes drawn locally with uqr (no network, no image files): one set of options for the slides and the tests.
 * Error correction L keeps the code small (fewer, larger modules), which matters more on a compressed video frame
 * than damage tolerance does on a screen; the slide's white background continues the 2-module quiet zone.
 */
import type { QrCodeGenerateSvgOptions } from 'uqr'
import { renderSVG } from 'uqr'

export const qrOptions = { ecc: 'L', border: 2, pixelSize: 10, whiteColor: '#FFFFFF', blackColor: '#000000' } as const satisfies QrCodeGenerateSvgOptions

/** The QR code for `url` as an SVG string. */
export function qrSvg(url: string): string {
  return renderSVG(url, qrOptions)
}
