/**
 * Walks a served deck slide by slide in a Playwright page, waits until each slide is drawn (fonts loaded, every
 * chart ready or fallen back to its table), measures it (lint-measure.ts) and judges it (lint-rules.ts).
 */
import type { Page } from 'playwright-chromium'
import type { MeasureOptions, SlideSample } from './measure'
import type { Violation } from './rules'
import { measureSlide } from './measure'
import { checkSlide } from './rules'

/** Slidev's default canvas; slides.md sets canvasWidth: 980. */
export const CANVAS = { width: 980, height: 552 } as const

/**
 * tsx compiles scripts with esbuild's keepNames, which wraps inner functions in a `__name(...)` helper; Playwright
 * sends a function's source text to the page, where that helper does not exist. This defines it as a no-op.
 */
export async function allowCompiledFunctions(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn')
}

export function slideSelector(no: number): string {
  return `.slidev-page-${no}`
}

/** Resolves once slide `no` is shown with its fonts and charts drawn; rejects with a hint after `timeout` ms. */
export async function waitForSlide(page: Page, no: number, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction((selector) => {
      const root = document.querySelector(selector)
      if (!root || !root.checkVisibility() || document.fonts.status !== 'loaded')
        return false
      return [...root.querySelectorAll('[data-chart-id]')].every(f => f.getAttribute('data-chart-state') === 'error' || f.querySelector('[data-chart-ready="true"]'))
    }, slideSelector(no), { timeout, polling: 100 })
  }
  catch (error) {
    throw new Error(`slide ${no} did not finish drawing within ${timeout} ms (is the build up to date with slides.md? rebuild it): ${(error as Error).message.split('\n')[0]}`)
  }
}

export async function openSlide(page: Page, baseUrl: string, no: number): Promise<void> {
  await page.goto(`${baseUrl}/${no}`)
  await waitForSlide(page, no)
}

/** Measures whatever is in `root` on the current page. */
export async function measure(page: Page, root: string, canvasWidth: number = CANVAS.width): Promise<SlideSample> {
  await allowCompiledFunctions(page)
  return page.evaluate(measureSlide, { root, canvasWidth } satisfies MeasureOptions)
}

export interface SlideResult {
  no: number
  sample: SlideSample
  violations: Violation[]
}

/** Lints slides 1..total of the deck served at `baseUrl`; `onSlide` reports progress. */
export async function lintSlides(page: Page, baseUrl: string, total: number, onSlide: (result: SlideResult) => void = () => {}): Promise<SlideResult[]> {
  const results: SlideResult[] = []
  for (let no = 1; no <= total; no++) {
    await openSlide(page, baseUrl, no)
    const sample = await measure(page, slideSelector(no))
    const result = { no, sample, violations: checkSlide(no, sample) }
    results.push(result)
    onSlide(result)
  }
  return results
}
