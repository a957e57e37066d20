/**
 * Builds the chart kit's browser code with Vite (rolldown), in memory: the embed page's scripts (embed/main.ts, and
 * embed/head.ts, which reads the render options from the URL) and the render page's (embed/render.ts). Each is one
 * classic (IIFE) script with Chart.js, the registry and the data inside, so an embed works from any folder, even
 * opened from disk, and asks no other server for code. A bundle whose every module is unchanged since the last
 * build is reused (bundle-cache.ts).
 */
import type { Plugin, Rolldown } from 'vite'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ENGINE, ROOT } from '../core/index'
import { launchModules } from '../deck/index'
import { cachedBundle, keepBundle } from './bundle-cache'
import { trimmedCldr, withoutFormatJs } from './cldr'

export interface KitScripts {
  /** embed.js: the interactive chart of embed.html (without FormatJS). */
  embed: string
  /** embed-options.js: the URL's render options on embed.html's root element, before the page is painted. */
  options: string
  /** intl.js: FormatJS's Intl and every chart language's data, for embed pages whose browser lacks a language. */
  intl: string
}

/** `read` false (--no-cache): every bundle is built, whatever the cache holds. */
async function bundle(entry: string, name: string, plugins: Plugin[], read: boolean): Promise<string> {
  // Vite's version from its package file: importing Vite (half a second of CPU) waits until a bundle must be built.
  const { version } = JSON.parse(await readFile(join(ROOT, 'node_modules', 'vite', 'package.json'), 'utf8')) as { version: string }
  const cached = read ? await cachedBundle(entry, version) : undefined
  if (cached !== undefined)
    return cached
  // Loaded here, not at the top: a slides-only export imports the kit's face but never bundles, and Vite is heavy.
  const { build } = await import('vite')
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    plugins: [launchModules(ROOT), ...plugins],
    // Library mode leaves process.env.NODE_ENV in place for the consumer; here the page is the consumer.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: join(ENGINE, entry), formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  const chunk = outputs.flatMap(o => o.output).find(o => o.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk')
    throw new Error(`Vite produced no script for ${entry}; run \`npx vite build\` on it to see why.`)
  await keepBundle(entry, version, chunk.moduleIds, chunk.code)
  return chunk.code
}

/** The scripts every chart folder carries, built one after the other (parallel builds share Vite's state). */
export async function buildKitScripts(read = true): Promise<KitScripts> {
  const embed = await bundle('embed/main.ts', 'chartEmbed', [withoutFormatJs()], read)
  const options = await bundle('embed/head.ts', 'chartEmbedOptions', [], read)
  const intl = await bundle('embed/intl.ts', 'chartKitIntl', [trimmedCldr()], read)
  return { embed, options, intl }
}

/** render.js: window.chartKit for the kit's render page, built only when a figure must be drawn. */
export function buildRenderScript(read = true): Promise<string> {
  return bundle('embed/render.ts', 'chartKitRender', [trimmedCldr()], read)
}
