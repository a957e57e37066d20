/**
 * The kit's render page in Chromium: a local folder with render.html, the render bundle and the fonts, served on
 * 127.0.0.1 and opened in one page of the shared browser. Every PNG and SVG of a run is drawn in that one page.
 */
import type { Browser, BrowserContext } from 'playwright-chromium'
import type { Lang } from '../../charts/i18n/languages'
import type { PresetName } from '../../charts/presets'
import type { FigureRequest, FitSample } from '../../embed/protocol'
import type { StaticServer } from '../browser/index'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { keepLocal, serveStatic } from '../browser/index'
import { FONT_FILES, fontCssForFolder, fontCssInline, readFontFile } from './fonts'

export interface FigureRenderer {
  /** The PNG, and where every string of it went (fit.ts judges it), from one drawing. */
  png: (id: string, lang: Lang, preset: PresetName) => Promise<{ bytes: Buffer, fit: FitSample }>
  svg: (id: string, lang: Lang, preset: PresetName) => Promise<string>
  close: () => Promise<void>
}

const RENDER_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>chart kit renderer</title><link rel="stylesheet" href="render.css"><script src="render.js"></script></head>
<body></body>
</html>
`

/** Writes the render page's folder: the page, its script, the @font-face rules and the font files. */
async function writeRenderFolder(dir: string, renderScript: string): Promise<void> {
  await mkdir(join(dir, 'fonts'), { recursive: true })
  await Promise.all([
    writeFile(join(dir, 'render.html'), RENDER_HTML),
    writeFile(join(dir, 'render.js'), renderScript),
    writeFile(join(dir, 'render.css'), `${fontCssForFolder('fonts')}\n`),
    ...FONT_FILES.map(async file => writeFile(join(dir, 'fonts', file.name), await readFontFile(file))),
  ])
}

/**
 * Opens the render page in a new context of `browser` (requests off this machine are refused) and waits for its
 * fonts. Page errors fail the next render with the page's own message.
 */
export async function openRenderer(browser: Browser, dir: string, renderScript: string, transparent: boolean): Promise<FigureRenderer> {
  await writeRenderFolder(dir, renderScript)
  const fontCss = await fontCssInline()
  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  try {
    server = await serveStatic(dir, { single: false })
    context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 })
    await keepLocal(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(message.text())
    })
    await page.goto(`${server.url}/render.html`, { waitUntil: 'load' })
    await page.evaluate(async () => {
      if (!window.chartKit)
        throw new Error('render.js did not set window.chartKit')
      await window.chartKit.ready()
    })
    const check = () => {
      if (errors.length > 0)
        throw new Error(`The render page reported: ${errors.join(' | ')}`)
    }
    const opened = { server, context }
    return {
      png: async (id, lang, preset) => {
        const request: FigureRequest = { id, lang, preset, transparent }
        const { base64, fit } = await page.evaluate(r => window.chartKit!.png(r), request)
        check()
        return { bytes: Buffer.from(base64, 'base64'), fit }
      },
      svg: async (id, lang, preset) => {
        const text = await page.evaluate(r => window.chartKit!.svg(r), { id, lang, preset, transparent, fontCss })
        check()
        return text
      },
      close: async () => {
        await opened.context.close()
        await opened.server.close()
      },
    }
  }
  catch (error) {
    await context?.close()
    await server?.close()
    throw error
  }
}
