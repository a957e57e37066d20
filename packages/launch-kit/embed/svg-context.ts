/**
 * Draws a Chart.js configuration as SVG: Chart.js paints on svgcanvas's 2D context, which records every path and
 * string as SVG elements (text stays <text>, so labels are real, searchable text). Runs in Chromium, so text is
 * measured exactly as on the PNG's canvas. The one vector drawing path: the chart kit's SVG files (embed/render.ts)
 * and every chart in print and the PDFs (components/ChartCanvas.vue in print mode) come from here.
 *
 * svgcanvas differs from a canvas in three ways the charts depend on, patched here:
 * - text baselines: it maps them to SVG's dominant-baseline, which browsers place a few pixels off the canvas's
 *   (text-before-edge is not the em-box top); every string is instead written on its alphabetic baseline, moved
 *   by the distance the real canvas measures;
 * - a canvas keeps its path after clip() (bars add the inner rectangle to it and fill 'evenodd' for a border);
 * - a second fill() of the same path paints again rather than recolouring the first (matrix cell outlines).
 */
import type { ChartConfiguration, ChartTypeRegistry } from 'chart.js'
import { BasicPlatform, Chart } from 'chart.js'
import { Context } from 'svgcanvas'

class ChartSvgContext extends Context {
  /** Paths already painted by fill(); a second fill() paints a copy so the first stays. */
  private readonly filled = new WeakSet<Element>()
  /** False: strokeText draws nothing (SvgFigure.textStrokes). */
  textStrokes = true

  /** Where the alphabetic baseline lies for text drawn at `y` with the current font and baseline. */
  private alphabeticY(y: number): number {
    const measure = this.__ctx
    measure.font = this.font
    measure.textBaseline = this.textBaseline
    return y - measure.measureText('M').alphabeticBaseline
  }

  private onAlphabetic(y: number, draw: (y: number) => void): void {
    const baseline = this.textBaseline
    const at = this.alphabeticY(y)
    this.textBaseline = 'alphabetic'
    try {
      draw(at)
    }
    finally {
      this.textBaseline = baseline
    }
  }

  override fillText(text: string, x: number, y: number): void {
    this.onAlphabetic(y, at => super.fillText(text, x, at))
  }

  override strokeText(text: string, x: number, y: number): void {
    if (!this.textStrokes)
      return
    this.onAlphabetic(y, at => super.strokeText(text, x, at))
  }

  override fill(fillRule?: CanvasFillRule): void {
    const current = this.__currentElement
    if (current.nodeName === 'path' && this.filled.has(current)) {
      const copy = this.__createElement('path', {}, true)
      current.after(copy)
      this.__currentElement = copy
    }
    super.fill()
    if (fillRule === 'evenodd')
      this.__currentElement.setAttribute('fill-rule', 'evenodd')
    this.filled.add(this.__currentElement)
  }

  override clip(fillRule?: CanvasFillRule): void {
    const path = this.__currentDefaultPath
    super.clip()
    if (fillRule === 'evenodd')
      this.getSvg().querySelector('defs > clipPath:last-child > path')?.setAttribute('clip-rule', 'evenodd')
    // Keep the clipped path as the current one, as a canvas does.
    const next = this.__createElement('path', {}, true)
    this.__currentElement.appendChild(next)
    this.__currentElement = next
    this.__currentDefaultPath = path
  }
}

/**
 * Removes what svgcanvas leaves behind but never paints (paths without data, unpainted paths, empty groups) and
 * attributes that say nothing: identity transforms, and the "undefined" it writes for an unset text decoration.
 * Clip paths stay: browsers, Inkscape and Illustrator honour them (ImageMagick's own renderer does not).
 */
function prune(svg: SVGSVGElement): void {
  for (const el of svg.querySelectorAll('*')) {
    if (el.getAttribute('transform') === 'matrix(1 0 0 1 0 0)')
      el.removeAttribute('transform')
    // svgcanvas starts path data with a space; some renderers (ImageMagick's) refuse that.
    const d = el.getAttribute('d')
    if (d !== null)
      el.setAttribute('d', d.trim())
    for (const attr of [...el.attributes]) {
      if (attr.value === 'undefined')
        el.removeAttribute(attr.name)
    }
  }
  for (const path of [...svg.querySelectorAll('path')]) {
    if (path.closest('clipPath')) {
      // Paint means nothing in a clip path (SVG uses its shape only), but simpler renderers (ImageMagick's) read
      // fill="none" as an empty clip and drop everything inside it.
      path.removeAttribute('fill')
      path.removeAttribute('stroke')
      continue
    }
    const unpainted = path.getAttribute('fill') === 'none' && path.getAttribute('stroke') === 'none'
    if (!path.getAttribute('d')?.trim() || unpainted)
      path.remove()
  }
  let empty = [...svg.querySelectorAll('g')].filter(g => g.childNodes.length === 0)
  while (empty.length > 0) {
    empty.forEach(g => g.remove())
    empty = [...svg.querySelectorAll('g')].filter(g => g.childNodes.length === 0)
  }
}

/** svgcanvas names clip paths at random; number them in document order so the same chart gives the same bytes. */
function renumberIds(svg: SVGSVGElement, prefix: string): void {
  const ids = new Map<string, string>()
  svg.querySelectorAll('[id]').forEach((el, i) => {
    ids.set(el.id, `${prefix}-clip${i + 1}`)
    el.id = `${prefix}-clip${i + 1}`
  })
  for (const el of svg.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.value.includes('url(#'))
        el.setAttribute(attr.name, attr.value.replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${ids.get(id) ?? id})`))
    }
  }
}

export interface SvgFigure {
  /** Prefix for the element ids, so several SVGs can share a page. */
  id: string
  width: number
  height: number
  /** Read by screen readers as the image's name and description. */
  title: string
  description: string
  /**
   * @font-face rules (with data: URLs) so a standalone file shows the same typeface anywhere. Left out on a page
   * that has the fonts already (the deck's print page).
   */
  fontCss?: string
  /**
   * What a screen reader (and a tagged PDF's Figure /Alt) reads: 'title-and-description' (a standalone SVG file:
   * <title> names it, <desc> describes it) or 'description' (a chart inside a slide, whose title is the figure's
   * own heading: the Alt is the generated description alone).
   */
  label?: 'title-and-description' | 'description'
  /**
   * Draw outlined text (strokeText: the halo a map puts around its labels). Default true. For print and the PDFs it
   * is false: Chromium's PDF writer cannot stroke text as text, so it writes the outline as paths plus an invisible
   * copy of the string in a Type 3 font — every haloed label twice in the PDF's text, and ~130 kB of glyph outlines
   * for the deck's two maps. The filled label, drawn right after its halo, is what the PDF keeps.
   */
  textStrokes?: boolean
}

/** A chart drawn as SVG. */
export interface SvgDrawing {
  svg: SVGSVGElement
}

/** Renders the configuration once, synchronously, at 1 SVG unit per CSS px. */
export function drawChartSvg(config: ChartConfiguration, figure: SvgFigure): SvgDrawing {
  const ctx = new ChartSvgContext({ width: figure.width, height: figure.height, document })
  ctx.textStrokes = figure.textStrokes ?? true
  // Chart.js takes anything with getContext('2d'); BasicPlatform attaches no DOM listeners and never resizes.
  const target = { getContext: () => ctx }
  // The chart type named: inferred from the union of every registered type (maps included), TypeScript gives up.
  const chart = new Chart<keyof ChartTypeRegistry>(target as unknown as HTMLCanvasElement, {
    ...config,
    platform: BasicPlatform,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1, events: [] },
  })
  const svg = ctx.getSvg()
  chart.stop()
  // Detach the drawing before destroy(), which clears the context it drew on.
  const result = svg.cloneNode(true) as SVGSVGElement
  chart.destroy()
  prune(result)
  renumberIds(result, figure.id)
  const ns = 'http://www.w3.org/2000/svg'
  result.setAttribute('viewBox', `0 0 ${figure.width} ${figure.height}`)
  result.setAttribute('role', 'img')
  const title = document.createElementNS(ns, 'title')
  title.id = `${figure.id}-title`
  title.textContent = figure.title
  const desc = document.createElementNS(ns, 'desc')
  desc.id = `${figure.id}-desc`
  desc.textContent = figure.description
  if (figure.label === 'description')
    result.setAttribute('aria-label', figure.description)
  else
    result.setAttribute('aria-labelledby', `${figure.id}-title ${figure.id}-desc`)
  if (figure.fontCss) {
    const style = document.createElementNS(ns, 'style')
    style.textContent = figure.fontCss
    const defs = result.querySelector('defs') ?? result.insertBefore(document.createElementNS(ns, 'defs'), result.firstChild)
    defs.prepend(style)
  }
  result.prepend(title, desc)
  return { svg: result }
}

/** The SVG element alone (the chart kit's files). */
export function chartToSvg(config: ChartConfiguration, figure: SvgFigure): SVGSVGElement {
  return drawChartSvg(config, figure).svg
}
