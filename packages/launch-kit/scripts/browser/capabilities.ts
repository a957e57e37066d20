/**
 * Can this browser make what the export needs? Checked once at start, on a one-page probe, so an old or odd browser
 * is named at once rather than failing a check after a whole build: it must load the bundled web font (woff2), print
 * a tagged PDF with an outline (bookmarks), embed the font, and (on Linux, through fonts.conf) draw what the web font
 * lacks ("≥") with the bundled DejaVu Sans rather than a font of this machine.
 */
import type { Browser } from 'playwright-chromium'
import type { FoundBrowser } from './find'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../core/index'
import { originOf } from './find'

const PROBE_FONT = join(ROOT, 'node_modules', '@fontsource', 'atkinson-hyperlegible-next', 'files', 'atkinson-hyperlegible-next-latin-400-normal.woff2')

export class BrowserCapabilityError extends Error {
  override name = 'BrowserCapabilityError'
}

/** What the probe PDF lacks, in the reader's words (empty: the browser can export). */
export async function printingProblems(browser: Browser): Promise<string[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const font = readFileSync(PROBE_FONT).toString('base64')
    await page.setContent(`<style>@font-face{font-family:"Probe";src:url(data:font/woff2;base64,${font}) format("woff2")}body{font:16px "Probe",sans-serif}</style><h1>Probe</h1><p>at least ≥ 4.2</p>`)
    const loaded = await page.evaluate(() => document.fonts.load('16px "Probe"').then(faces => faces.length > 0, () => false))
    const pdf = Buffer.from(await page.pdf({ tagged: true, outline: true, width: '300px', height: '200px', printBackground: true })).toString('latin1')
    const problems: string[] = []
    if (!loaded)
      problems.push('it does not load the bundled web font (a woff2 file)')
    if (!pdf.includes('/StructTreeRoot'))
      problems.push('its PDFs are not tagged (no structure tree for screen readers)')
    if (!pdf.includes('/Outlines'))
      problems.push('its PDFs have no outline (bookmarks)')
    if (loaded && !/\/FontName\s*\/[A-Z]{6}\+AtkinsonHyperlegibleNext/.test(pdf))
      problems.push('it does not embed the bundled font in its PDFs')
    if (process.platform === 'linux' && !/\/FontName\s*\/[A-Z]{6}\+DejaVuSans\b/.test(pdf))
      problems.push('it does not draw "≥" with the bundled DejaVu Sans (scripts/browser/fonts.conf, FONTCONFIG_FILE)')
    return problems
  }
  finally {
    await context.close()
  }
}

/** Throws a BrowserCapabilityError naming the browser and what it cannot do. */
export async function assertCanExport(browser: Browser, found: FoundBrowser): Promise<void> {
  const problems = await printingProblems(browser)
  if (problems.length > 0)
    throw new BrowserCapabilityError(`The browser ${browser.version()} from ${originOf(found)} cannot make this project's PDFs: ${problems.join('; ')}.\nUse a recent Chromium or Chrome (126 or newer prints bookmarks): remove --browser/CHROMIUM_PATH to let the project find or provision one, or point them at another.`)
}
