/**
 * What the Zoom lint measures on one slide, read in the browser from the rendered page: every visible text
 * element, the live Chart.js instances, and boxes that leave the slide. `measureSlide` runs inside the page
 * (Playwright serialises it), so it imports nothing and only gathers numbers; the rules are judged in Node
 * (lint-rules.ts), where culori does the colour science.
 */

export interface TextSample {
  /** The element's own text, shortened. */
  text: string
  /** Font size in px on the slide canvas (CSS size × any extra scaling, e.g. frontmatter zoom). */
  fontSize: number
  /** Line height in the same px, or null for 'normal' (the font's own, always clear of the glyphs). */
  lineHeight: number | null
  /** Inside a source/citation line (class chart-source), which has its own minimum. */
  source: boolean
  /** Computed text colour. */
  color: string
  /** Product of the opacities of the element and its ancestors. */
  opacity: number
  /** Background colours from the element outwards, up to and including the first opaque one. */
  backgrounds: string[]
  /** An ancestor paints a background image or gradient, so contrast cannot be computed from colours. */
  backgroundImage: boolean
}

/** Something drawn outside the slide, or content cut off by its box. */
export interface OverflowSample {
  what: string
  kind: 'outside' | 'clipped'
  /** How far it reaches past the slide edge (outside) or how much is hidden (clipped), px on the canvas. */
  by: number
  edge: string
}

export interface ChartFont {
  what: string
  size: number
}

export interface ChartColourPair {
  what: string
  color: string
  background: string
}

export interface ChartSeries {
  label: string
  fill: string
  /** Outline colour when the key item is outlined in another colour (a cue that does not depend on fill). */
  outline: string | null
  /** Point style when the chart's key and marks show shapes. */
  shape: string | null
}

export interface ChartSample {
  /** data-chart-id of the figure, or the canvas's label. */
  id: string
  /** False when no Chart.js instance belongs to the canvas (window.Chart missing or the chart failed). */
  found: boolean
  fonts: ChartFont[]
  colours: ChartColourPair[]
  series: ChartSeries[]
}

export interface SlideSample {
  texts: TextSample[]
  /** Figures whose chart threw and fell back to the data table (data-chart-state="error"). */
  failedCharts: string[]
  overflow: OverflowSample[]
  charts: ChartSample[]
}

export interface MeasureOptions {
  /** CSS selector of the slide's root element. */
  root: string
  /** Width of the slide canvas in px (Slidev's canvasWidth). */
  canvasWidth: number
}

/**
 * Runs in the browser. Self-contained on purpose: Playwright sends this function's source to the page.
 */
export function measureSlide(options: MeasureOptions): SlideSample {
  const root = document.querySelector<HTMLElement>(options.root)
  if (!root)
    throw new Error(`no element matches ${options.root}`)
  const rootRect = root.getBoundingClientRect()
  /** Viewport px → slide canvas px. */
  const k = options.canvasWidth / rootRect.width
  const short = (text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim()
    return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean
  }
  /** Scaling between the slide's root and `el`, the root's own included (frontmatter zoom): CSS px → canvas px. */
  const scaleOf = (el: Element) => {
    let scale = 1
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.transform !== 'none') {
        const m = new DOMMatrixReadOnly(style.transform)
        scale *= Math.hypot(m.a, m.b)
      }
      if (style.scale !== 'none')
        scale *= Number.parseFloat(style.scale)
      if (node === root)
        break
    }
    return scale
  }
  /** Alpha of a computed colour: rgba(r, g, b, a), or any "… / a)" form; 1 when none is given. */
  const alphaOf = (css: string) => {
    if (css === 'transparent')
      return 0
    const match = /^rgba\((?:[^,]+,){3}\s*([\d.]+)\)$/.exec(css) ?? /\/\s*([\d.]+)(%?)\s*\)$/.exec(css)
    if (!match)
      return 1
    return Number(match[1]) / (match[2] === '%' ? 100 : 1)
  }
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })

  function backdrop(el: Element | null): { backgrounds: string[], image: boolean, opacity: number } {
    const backgrounds: string[] = []
    let image = false
    let opacity = 1
    let opaque = false
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      opacity *= Number(style.opacity)
      if (opaque)
        continue
      if (style.backgroundImage !== 'none')
        image = true
      const bg = style.backgroundColor
      const alpha = alphaOf(bg)
      if (alpha > 0) {
        backgrounds.push(bg)
        opaque = alpha >= 1
      }
    }
    return { backgrounds, image, opacity }
  }

  // Text: every element with a non-blank text node of its own.
  const owners = new Set<Element>()
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (parent && node.textContent?.trim() && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName))
      owners.add(parent)
  }
  const texts: TextSample[] = []
  const overflow: OverflowSample[] = []
  const slideLeft = rootRect.left
  const slideTop = rootRect.top
  const slideRight = rootRect.right
  const slideBottom = rootRect.bottom
  const outside = (what: string, rect: DOMRect) => {
    const over = { left: slideLeft - rect.left, top: slideTop - rect.top, right: rect.right - slideRight, bottom: rect.bottom - slideBottom }
    const [edge, by] = Object.entries(over).sort((a, b) => b[1] - a[1])[0]!
    if (by > 0)
      overflow.push({ what, kind: 'outside', by: by * k, edge })
  }
  for (const el of owners) {
    if (!visible(el))
      continue
    const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent ?? '').join(' ')
    const style = getComputedStyle(el)
    const back = backdrop(el)
    const scale = scaleOf(el)
    texts.push({
      text: short(own),
      fontSize: Number.parseFloat(style.fontSize) * scale,
      lineHeight: style.lineHeight === 'normal' ? null : Number.parseFloat(style.lineHeight) * scale,
      source: !!el.closest('.chart-source'),
      color: style.color,
      opacity: back.opacity,
      backgrounds: back.backgrounds,
      backgroundImage: back.image,
    })
    for (const n of el.childNodes) {
      if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim())
        continue
      const range = document.createRange()
      range.selectNodeContents(n)
      for (const rect of range.getClientRects())
        outside(short(n.textContent), rect)
    }
  }

  // Boxes: images, canvases, SVG, tables; and content cut off by an element that hides its overflow.
  for (const el of root.querySelectorAll('*')) {
    if (!visible(el))
      continue
    if (el.matches('canvas, svg, img, table, video, iframe'))
      outside(`<${el.tagName.toLowerCase()}> ${short(el.getAttribute('aria-label') ?? el.textContent ?? '')}`, el.getBoundingClientRect())
    const style = getComputedStyle(el)
    const hides = [style.overflowX, style.overflowY].some(v => v !== 'visible')
    if ((hides || el === root) && el instanceof HTMLElement && !el.matches('svg *')) {
      const hiddenX = el.scrollWidth - el.clientWidth
      const hiddenY = el.scrollHeight - el.clientHeight
      if (hiddenX > 0 || hiddenY > 0)
        overflow.push({ what: `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> ${short(el.textContent ?? '')}`, kind: 'clipped', by: Math.max(hiddenX, hiddenY) * scaleOf(el), edge: hiddenY >= hiddenX ? 'bottom' : 'right' })
    }
  }

  // Charts: the live Chart.js instances (window.Chart, as Chart.js's UMD build and setup/main.ts name it).
  interface FontLike { size?: number }
  interface ChartLike {
    canvas: HTMLCanvasElement
    options: { plugins?: Record<string, unknown>, font?: FontLike }
    scales: Record<string, { options: { display?: unknown, ticks?: { display?: unknown, font?: unknown, color?: unknown }, title?: { display?: unknown, font?: unknown, color?: unknown } } }>
    legend?: { options?: { display?: unknown, labels?: { font?: unknown, color?: unknown, usePointStyle?: unknown } }, legendItems?: { text: string, fillStyle?: unknown, strokeStyle?: unknown, lineWidth?: number, pointStyle?: unknown }[] }
    data: { datasets: { label?: string, backgroundColor?: unknown }[] }
    getDatasetMeta: (i: number) => { type?: string, data: { options?: { backgroundColor?: unknown, pointStyle?: unknown } }[] }
  }
  interface ChartStatic { getChart: (canvas: HTMLCanvasElement) => ChartLike | undefined, defaults: { font: FontLike } }
  const ChartJs = (window as unknown as { Chart?: ChartStatic }).Chart
  const charts: ChartSample[] = []
  for (const canvas of root.querySelectorAll('canvas')) {
    if (!visible(canvas))
      continue
    const id = canvas.closest('[data-chart-id]')?.getAttribute('data-chart-id') ?? canvas.getAttribute('aria-label') ?? 'canvas'
    const chart = ChartJs?.getChart(canvas)
    if (!chart) {
      charts.push({ id, found: false, fonts: [], colours: [], series: [] })
      continue
    }
    const scale = scaleOf(canvas)
    const defaultSize = ChartJs?.defaults.font.size ?? 12
    const resolve = (font: unknown): number => {
      const value = typeof font === 'function' ? (font as (ctx: object) => unknown)({ chart, index: 0 }) : font
      const size = (value as FontLike | undefined)?.size ?? chart.options.font?.size ?? defaultSize
      return size * scale
    }
    const plugins = chart.options.plugins ?? {}
    const paper = (plugins.paper as { color?: string | null } | undefined)?.color ?? backdrop(canvas).backgrounds[0] ?? 'rgb(255, 255, 255)'
    const str = (v: unknown) => (typeof v === 'string' ? v : null)
    const fonts: ChartFont[] = []
    const colours: ChartColourPair[] = []
    for (const [key, s] of Object.entries(chart.scales)) {
      if (s.options.display === false)
        continue
      if (s.options.ticks && s.options.ticks.display !== false) {
        fonts.push({ what: `${key} axis ticks`, size: resolve(s.options.ticks.font) })
        const color = str(s.options.ticks.color)
        if (color)
          colours.push({ what: `${key} axis ticks`, color, background: paper })
      }
      if (s.options.title?.display)
        fonts.push({ what: `${key} axis title`, size: resolve(s.options.title.font) })
    }
    const legend = chart.legend
    const legendShown = !!legend && legend.options?.display !== false && (legend.legendItems?.length ?? 0) > 0
    if (legendShown) {
      fonts.push({ what: 'legend', size: resolve(legend.options?.labels?.font) })
      const color = str(legend.options?.labels?.color)
      if (color)
        colours.push({ what: 'legend', color, background: paper })
    }
    for (const [key, value] of Object.entries(plugins)) {
      if (['legend', 'tooltip', 'paper', 'decimation', 'filler', 'colors'].includes(key) || !value || typeof value !== 'object')
        continue
      const opts = value as { display?: unknown, style?: { size?: number, color?: unknown }, font?: unknown, color?: unknown, labels?: unknown }
      if ((key === 'title' || key === 'subtitle') && !opts.display)
        continue
      if (opts.style?.size !== undefined) {
        fonts.push({ what: `${key} labels`, size: opts.style.size * scale })
        const color = str(opts.style.color)
        if (color)
          colours.push({ what: `${key} labels`, color, background: paper })
      }
      else if (opts.font !== undefined) {
        fonts.push({ what: key, size: resolve(opts.font) })
      }
      // Labels drawn on data marks (cellLabels): each against its own mark's fill.
      if (Array.isArray(opts.labels)) {
        const marks = chart.getDatasetMeta(0).data
        opts.labels.forEach((label: { text?: string, color?: string }, i) => {
          const fill = str(marks[i]?.options?.backgroundColor)
          if (label?.color && fill)
            colours.push({ what: `${key} "${label.text ?? i}"`, color: label.color, background: fill })
        })
      }
    }
    const usePoints = !!legend?.options?.labels?.usePointStyle
    const series: ChartSeries[] = legendShown
      ? (legend!.legendItems ?? []).map((item) => {
          const fill = str(item.fillStyle) ?? ''
          const stroke = str(item.strokeStyle)
          return { label: item.text, fill, outline: (item.lineWidth ?? 0) > 0 && stroke && stroke.toLowerCase() !== fill.toLowerCase() ? stroke : null, shape: usePoints ? String(item.pointStyle ?? 'circle') : null }
        })
      : chart.data.datasets.map((dataset, i) => {
          const meta = chart.getDatasetMeta(i)
          const first = meta.data[0]?.options
          return { label: dataset.label ?? `series ${i + 1}`, fill: str(first?.backgroundColor) ?? str(dataset.backgroundColor) ?? '', outline: null, shape: ['scatter', 'line', 'bubble'].includes(meta.type ?? '') ? String(first?.pointStyle ?? 'circle') : null }
        })
    charts.push({ id, found: true, fonts, colours, series })
  }
  const failedCharts = [...root.querySelectorAll('[data-chart-state="error"]')].map(f => f.getAttribute('data-chart-id') ?? '?')
  return { texts, failedCharts, overflow, charts }
}
