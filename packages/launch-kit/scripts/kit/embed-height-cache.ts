/**
 * Embed page heights (embed-height.ts) from the cache (output/cache.ts) when nothing they depend on changed, else
 * measured in the browser and stored. A height depends on the page's HTML (every word, note and source it shows),
 * the shared embed.css, the fonts and the engine that wrote them (engineKey), the browser that lays them out and the
 * phone widths: that is its key. So a re-export whose charts did not change opens no page to measure them, and a
 * data edit measures again only the pages that show it. A reused height is the number a measurement gives.
 */
import type { Browser } from 'playwright-chromium'
import type { CacheStore } from '../output/index'
import type { EmbedMeasurer } from './embed-height'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fonts } from '../../charts/theme'
import { engineKey, hashValues } from '../output/index'
import { openEmbedMeasurer, PHONE_WIDTHS } from './embed-height'
import { embedCss } from './html'

export interface EmbedHeightsInput {
  cache: CacheStore
  /** The run's browser, launched (or waited for) only when a page must be measured. */
  browser: () => Promise<Browser>
  /** What identifies the browser build (as in the figures' keys: figure-key.ts). */
  browserId: () => Promise<string>
  /** The staged charts folder the pages are served from. */
  dir: string
}

export interface EmbedHeights {
  /** The height of the page at `path` (in the served folder) whose HTML is `html`: cached, or measured and stored. */
  height: (path: string, html: string) => Promise<number>
  /** Pages measured and heights reused so far. */
  counts: () => { measured: number, reused: number }
  close: () => Promise<void>
}

const HEIGHT = 'height.json'

/** `<chart>.<lang>.embed-<hash>`: the group (up to the last '-') is the chart's page in one language. */
async function heightKey(path: string, html: string, browser: string, css: string): Promise<string> {
  const page = path.replace(/\/?embed\.html$/, '').replaceAll('/', '.') || 'page'
  return `${page}.embed-${hashValues({ format: 1, engine: await engineKey(), browser, widths: PHONE_WIDTHS, css, html })}`
}

/** The height in a cache entry's file, or undefined for a file that is missing or not what this module writes. */
function storedHeight(file: Buffer | undefined): number | undefined {
  try {
    const height = file ? (JSON.parse(file.toString('utf8')) as { height?: unknown }).height : undefined
    return typeof height === 'number' && Number.isFinite(height) && height > 0 ? height : undefined
  }
  catch {
    return undefined
  }
}

export function embedHeights(input: EmbedHeightsInput): EmbedHeights {
  let measurer: Promise<EmbedMeasurer> | undefined
  let measured = 0
  let reused = 0
  // Every page links the same embed.css (chart-folder.ts writes it from the theme's fonts).
  const css = embedCss(fonts.stack)
  return {
    counts: () => ({ measured, reused }),
    height: async (path, html) => {
      const key = await heightKey(path, html, await input.browserId(), css)
      const file = await input.cache.read(key, HEIGHT)
      const stored = storedHeight(file)
      if (stored !== undefined) {
        reused++
        return stored
      }
      // A damaged entry costs a measurement, never the run; removed, it is stored whole again below.
      if (file)
        await input.cache.discard(key)
      measurer ??= input.browser().then(browser => openEmbedMeasurer(browser, input.dir))
      const height = await (await measurer).height(path)
      measured++
      await input.cache.store(key, dir => writeFile(join(dir, HEIGHT), JSON.stringify({ height })))
      return height
    },
    close: async () => {
      await measurer?.then(m => m.close()).catch(() => {})
    },
  }
}
