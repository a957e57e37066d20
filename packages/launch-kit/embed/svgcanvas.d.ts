/**
 * Types for svgcanvas 2.6 (the package ships none): the part of its mock 2D context the chart kit uses, including
 * the private fields embed/svg-context.ts reaches into to patch its gaps (text baselines, repeated fills, paths
 * kept after clip).
 */
declare module 'svgcanvas' {
  export interface ContextOptions {
    width?: number
    height?: number
    /** A real 2D context to measure text with; by default svgcanvas makes its own canvas. */
    ctx?: CanvasRenderingContext2D
    enableMirroring?: boolean
    document?: Document
    debug?: boolean
  }

  export class Context {
    constructor(options?: ContextOptions)
    width: number
    height: number
    /** Canvas-style drawing state and methods (fillStyle, font, fillText, arc, …), recorded as SVG elements. */
    [member: string]: unknown
    font: string
    textBaseline: CanvasTextBaseline
    fillText(text: string, x: number, y: number, maxWidth?: number): void
    strokeText(text: string, x: number, y: number, maxWidth?: number): void
    fill(fillRule?: CanvasFillRule): void
    clip(fillRule?: CanvasFillRule): void
    getSvg(): SVGSVGElement
    getSerializedSvg(fixNamedEntities?: boolean): string
    /** The real 2D context svgcanvas measures text with. */
    __ctx: CanvasRenderingContext2D
    __currentElement: Element
    __currentDefaultPath: string
    __createElement(name: string, properties?: Record<string, string | number>, resetFill?: boolean): Element
  }
}
