/**
 * What a Zoom viewer gets: each slide captured at 1280×720 (a common shared-window size), then scaled down to
 * 640×360 and JPEG-compressed, the way a small video tile or a poor connection shows it. The browser does the
 * resampling (createImageBitmap, high quality), so no image library is needed.
 */
import type { Page } from 'playwright-chromium'
import { join } from 'node:path'
import { writeFileAtomic } from '../output/index'
import { allowCompiledFunctions } from './walk'

export const SHOT = { full: { width: 1280, height: 720 }, small: { width: 640, height: 360 }, jpegQuality: 0.7 } as const

/** Resamples a PNG in the page to `size` and returns a JPEG. */
export async function downscale(page: Page, png: Buffer, size: { width: number, height: number } = SHOT.small, quality: number = SHOT.jpegQuality): Promise<Buffer> {
  await allowCompiledFunctions(page)
  const base64 = await page.evaluate(async ({ data, width, height, quality }) => {
    const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' })
    const canvas = new OffscreenCanvas(width, height)
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0)
    const out = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer())
    let text = ''
    for (const byte of out)
      text += String.fromCharCode(byte)
    return btoa(text)
  }, { data: png.toString('base64'), ...size, quality })
  return Buffer.from(base64, 'base64')
}

/** Screenshots the page as is, at full size and scaled down; returns the two paths written. */
export async function shootBoth(page: Page, dir: string, name: string): Promise<string[]> {
  const png = await page.screenshot({ type: 'png' })
  const full = join(dir, `${name}-${page.viewportSize()?.width ?? SHOT.full.width}.png`)
  const small = join(dir, `${name}-640.jpg`)
  await writeFileAtomic(full, png)
  await writeFileAtomic(small, await downscale(page, png))
  return [full, small]
}
