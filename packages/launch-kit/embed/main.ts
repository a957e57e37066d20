/**
 * Browser entry of embed.html (bundled into embed.js by scripts/kit/bundle.ts): draws the page's registry chart
 * interactively (tooltips), in the colour scheme the URL asks for (embed/options.ts: light unless dark=true, or
 * dark=auto and a dark system setting), light on paper, with text sized to the frame; wires the Data toggle and
 * tells the host the page's height (embed/height.ts). The page's HTML already holds the title, the table and the
 * sources, so it reads fine before (or without) this.
 */
import type { Chart, ChartTypeRegistry, Plugin } from 'chart.js'
import type { Lang } from '../charts/i18n/languages'
import type { RenderProfile } from '../charts/types'
import type { EmbedOptions } from './options'
import { ensureIntl } from '../charts/i18n/intl-ready'
import { defaultLang, isLang } from '../charts/i18n/languages'
import { registerCharts } from '../charts/register'
import { getChart } from '../charts/registry'
import { profiles } from '../charts/types'
import { waitForChartFonts } from './fonts'
import { reportHeight } from './height'
import { optionsOf } from './options'
import '../client/launch'

const ChartJs = registerCharts()

const dark = matchMedia('(prefers-color-scheme: dark)')
const print = matchMedia('print')
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)')
// The global Chart.js's UMD build names, as on the slides (components/ChartCanvas.vue): the Zoom lint's measure
// (scripts/lint/measure.ts) reads the drawn chart through Chart.getChart(canvas), here as on a slide.
Object.assign(window, { Chart: ChartJs })

/** Narrow frames get smaller text so the chart keeps its room. */
function fontScaleFor(width: number): number {
  if (width < 480)
    return 0.6
  return width < 760 ? 0.7 : profiles.embed.fontScale
}

/** Paper gets the light theme whatever the URL asks: a dark page wastes toner and prints muddy. */
function schemeFor(options: EmbedOptions): RenderProfile['scheme'] {
  if (print.matches)
    return 'light'
  return options.scheme === 'dark' || (options.scheme === 'auto' && dark.matches) ? 'dark' : 'light'
}

function profileFor(width: number, options: EmbedOptions): RenderProfile {
  return {
    ...profiles.embed,
    fontScale: fontScaleFor(width),
    scheme: schemeFor(options),
    animate: profiles.embed.animate && !reducedMotion.matches && !print.matches,
    transparent: options.transparent,
  }
}

/**
 * intl.js from beside embed.js (FormatJS's Intl, for browsers whose own Intl lacks a chart language): this script
 * leaves it out so that most readers never download it.
 */
function loadIntlScript(): Promise<void> {
  const own = document.querySelector<HTMLScriptElement>('script[src$="embed.js"]')
  return new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = new URL('intl.js', own?.src ?? document.baseURI).href
    script.onload = () => (window.chartKitIntl ?? Promise.reject(new Error('intl.js set no window.chartKitIntl'))).then(resolve, reject)
    script.onerror = () => reject(new Error(`${script.src} did not load: it belongs beside embed.js`))
    document.head.append(script)
  })
}

/** Marks the page drawn (for tests and screenshot tools) once the final frame is on the canvas. */
function readyPlugin(root: HTMLElement): Plugin {
  return {
    id: 'embedReady',
    afterRender(chart) {
      if (chart.options.animation === false)
        root.dataset.chartReady = 'true'
    },
  }
}

function drawChart(root: HTMLElement, canvas: HTMLCanvasElement, id: string, lang: Lang, options: EmbedOptions): () => void {
  const definition = getChart(id, lang)
  let chart: Chart | undefined
  let drawn = ''
  return () => {
    const profile = profileFor(root.clientWidth, options)
    const key = `${profile.fontScale}/${profile.scheme}/${print.matches}`
    if (key === drawn)
      return
    drawn = key
    chart?.destroy()
    root.dataset.chartReady = 'false'
    const config = definition.config(profile)
    const animation = config.options?.animation
    // The chart type named: inferred from the union of every registered type (maps included), TypeScript gives up.
    chart = new ChartJs<keyof ChartTypeRegistry>(canvas, {
      ...config,
      options: {
        ...config.options,
        responsive: true,
        maintainAspectRatio: false,
        // Twice the pixels on paper, where the canvas is scaled to the printed column.
        ...(print.matches ? { devicePixelRatio: Math.max(2, devicePixelRatio) } : {}),
        animation: animation ? { ...animation, onComplete: () => { root.dataset.chartReady = 'true' } } : false,
      },
      plugins: [...(config.plugins ?? []), readyPlugin(root)],
    })
  }
}

/**
 * The Data button swaps the chart for its table and back; aria-expanded tells which is shown. Its two captions are
 * on the button (data-show-data, data-show-chart), in the page's language.
 */
function wireToggle(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-toggle]')
  const table = root.querySelector<HTMLElement>('[data-view="table"]')
  const figure = root.querySelector<HTMLElement>('[data-view="chart"]')
  if (!button || !table || !figure)
    return
  button.addEventListener('click', () => {
    const showTable = button.getAttribute('aria-expanded') !== 'true'
    button.setAttribute('aria-expanded', String(showTable))
    button.textContent = (showTable ? button.dataset.showChart : button.dataset.showData) ?? button.textContent
    table.hidden = !showTable
    figure.hidden = showTable
  })
}

async function main(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-chart-id]')
  const canvas = root?.querySelector('canvas')
  if (!root || !canvas)
    throw new Error('embed.js: no [data-chart-id] element with a <canvas> on this page')
  wireToggle(root)

  const lang = isLang(root.dataset.chartLang) ? root.dataset.chartLang : defaultLang()
  // Before the chart: a page whose chart cannot be drawn still fits its frame, with its table.
  reportHeight(root.dataset.chartId ?? '', lang)
  if (lang !== defaultLang())
    await ensureIntl(() => loadIntlScript())
  await waitForChartFonts()
  const options = optionsOf(document.documentElement)
  const draw = drawChart(root, canvas, root.dataset.chartId ?? '', lang, options)
  draw()
  new ResizeObserver(draw).observe(root)
  if (options.scheme === 'auto')
    dark.addEventListener('change', draw)
  print.addEventListener('change', draw)
  addEventListener('beforeprint', draw)
  addEventListener('afterprint', draw)
}

function start(): void {
  main().catch((error: unknown) => {
    document.documentElement.dataset.chartError = 'true'
    console.error('[embed] the chart could not be drawn; the Data table still holds its numbers.', error)
  })
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', start, { once: true })
else
  start()
