import type { PresetName } from '../../charts/presets'
/**
 * A chart's drawn figures in one language — a PNG per preset, with where each of its strings landed (the fit check's
 * input), and the SVG — from the cache when nothing they depend on has changed (figure-key.ts), else drawn on the
 * render page and stored. The render page (and the browser under it) opens only when a figure must be drawn, so a
 * kit whose figures are all cached draws nothing. What is reused is byte for byte what a drawing gives.
 */
import type { ChartDefinition } from '../../charts/types'
import type { FitSample } from '../../embed/protocol'
import type { CacheStore } from '../output/index'
import type { FigureRenderer } from './render'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { VECTOR_PRESET } from '../../charts/presets'
import { figureKey } from './figure-key'

export interface DrawnFigures {
  pngs: { preset: PresetName, bytes: Buffer, fit: FitSample }[]
  svg: string
}

export interface FigureSource {
  drawn: (chart: ChartDefinition) => Promise<DrawnFigures>
  /** Figures (chart and language) drawn and reused so far. */
  counts: () => { drawn: number, reused: number }
}

export interface FigureSourceInput {
  cache: CacheStore
  presets: readonly PresetName[]
  transparent: boolean
  browserVersion: () => Promise<string>
  /** Opens the render page; called once, when the first figure must be drawn. */
  renderer: () => Promise<FigureRenderer>
}

const FIT = 'fit.json'
const SVG = 'figure.svg'
const png = (preset: PresetName) => `${preset}.png`

/** The fit measurements of every preset in an entry's fit.json, or undefined if it does not parse or lacks one. */
function parsedFits(file: Buffer, presets: readonly PresetName[]): Record<string, FitSample> | undefined {
  try {
    const fits = JSON.parse(file.toString('utf8')) as Record<string, FitSample>
    return presets.every(p => fits[p]) ? fits : undefined
  }
  catch {
    return undefined
  }
}

async function fromCache(cache: CacheStore, key: string, presets: readonly PresetName[]): Promise<DrawnFigures | undefined> {
  const [fit, svg, ...pngs] = await Promise.all([cache.read(key, FIT), cache.read(key, SVG), ...presets.map(p => cache.read(key, png(p)))])
  if (!fit || !svg || pngs.some(b => !b))
    return undefined
  const fits = parsedFits(fit, presets)
  if (!fits) {
    // A damaged entry costs a drawing, never the run; removed, it is stored whole again after the drawing.
    await cache.discard(key)
    return undefined
  }
  return { pngs: presets.map((preset, i) => ({ preset, bytes: pngs[i]!, fit: fits[preset]! })), svg: svg.toString('utf8') }
}

export function figureSource(input: FigureSourceInput): FigureSource {
  let renderer: Promise<FigureRenderer> | undefined
  let drawn = 0
  let reused = 0
  return {
    counts: () => ({ drawn, reused }),
    drawn: async (chart) => {
      const key = await figureKey(chart, { presets: input.presets, transparent: input.transparent, browserVersion: await input.browserVersion() })
      const cached = await fromCache(input.cache, key, input.presets)
      if (cached) {
        reused++
        return cached
      }
      renderer ??= input.renderer()
      const page = await renderer
      const pngs: DrawnFigures['pngs'] = []
      for (const preset of input.presets) {
        const { bytes, fit } = await page.png(chart.id, chart.lang, preset)
        pngs.push({ preset, bytes, fit })
      }
      const svg = await page.svg(chart.id, chart.lang, VECTOR_PRESET)
      drawn++
      await input.cache.store(key, async (dir) => {
        await Promise.all([
          writeFile(join(dir, FIT), JSON.stringify(Object.fromEntries(pngs.map(p => [p.preset, p.fit])))),
          writeFile(join(dir, SVG), svg),
          ...pngs.map(p => writeFile(join(dir, png(p.preset)), p.bytes)),
        ])
      })
      return { pngs, svg }
    },
  }
}
