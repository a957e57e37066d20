/**
 * The Zoom legibility lint: the real command passes on the built deck, and its checks catch each kind of
 * violation on a small synthetic slide (12 px text, pale text, small source line, small chart ticks, two series
 * that look alike to colour-blind viewers, and a box hanging off the slide).
 */
import type { Browser, Page } from 'playwright-chromium'
import { join } from 'node:path'
import { findBrowser, launchBrowser } from 'launch-kit/scripts/browser/index'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { checkSlide, RULES, seriesDifference, textContrast } from 'launch-kit/scripts/lint/rules'
import { measure } from 'launch-kit/scripts/lint/walk'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startChild } from '../support/children'
import { TSX } from '../support/script-run'

/** Chart.js's UMD build (not in the package's exports map, so by path). */
const CHART_UMD = join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js')

/** The lint on the built deck takes ~10 s alone and under a minute on two loaded cores. */
async function run(args: string[]): Promise<{ code: number | null, out: string }> {
  const { code, stdout, stderr } = await startChild(process.execPath, [TSX, ...args], { cwd: ROOT, deadline: 150_000 }).exited
  return { code, out: stdout + stderr }
}

describe('npm run lint:zoom on the built deck', () => {
  it('finds no violation on any slide', async () => {
    const { code, out } = await run([join(ENGINE, 'scripts/lint-zoom.ts'), '--dist', inject('distDir')])
    expect(out, out).toMatch(/lint:zoom: \d+ slides legible, no violations/)
    expect(out).not.toMatch(/^\[lint:zoom\]/m)
    expect(code).toBe(0)
  })
})

const SYNTHETIC = `
<style>body { margin: 0; font-family: sans-serif; } p { margin: 0 0 8px; }</style>
<div class="slidev-page-1" style="position: relative; width: 980px; height: 552px; background: #fff;">
  <p style="font-size: 24px; color: #1a1a1a">A legible line</p>
  <p style="font-size: 12px; color: #1a1a1a">Twelve pixel paragraph</p>
  <p style="font-size: 24px; color: #b0b0b0">Pale grey text</p>
  <p class="chart-source" style="font-size: 12px; color: #4a4a4a">Source: too small even for a citation</p>
  <p class="chart-source" style="font-size: 14px; color: #4a4a4a">Source: a citation at its minimum</p>
  <div style="height: 240px; width: 600px"><canvas id="c"></canvas></div>
  <p style="position: absolute; left: 900px; top: 20px; font-size: 24px; white-space: nowrap">Hanging off the edge</p>
</div>`

describe('the lint\'s checks on a synthetic slide', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser(findBrowser())
    page = await browser.newPage({ viewport: { width: 980, height: 552 } })
    await page.setContent(SYNTHETIC)
    // Chart.js's UMD build sets window.Chart, as setup/main.ts does in the deck.
    await page.addScriptTag({ path: CHART_UMD })
    await page.evaluate(() => {
      const { Chart } = window as unknown as { Chart: new (el: HTMLCanvasElement, config: object) => unknown }
      // eslint-disable-next-line no-new
      new Chart(document.querySelector<HTMLCanvasElement>('#c')!, {
        type: 'bar',
        data: { labels: ['A', 'B'], datasets: [{ label: 'Red', data: [1, 2], backgroundColor: '#D55E00' }, { label: 'Green', data: [2, 1], backgroundColor: '#6B8E23' }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { ticks: { font: { size: 12 } } }, y: { ticks: { font: { size: 22 } } } }, plugins: { legend: { labels: { font: { size: 20 } } } } },
      })
    })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('reports each broken rule with the element, the measured value and the required one', async () => {
    const violations = checkSlide(1, await measure(page, '.slidev-page-1'))
    const lines = violations.map(v => `${v.rule} | ${v.element} | ${v.measured} | ${v.required}`)
    expect(lines).toContain('font-size | Twelve pixel paragraph | 12px | ≥ 20px')
    expect(lines).toContain('font-size | Source: too small even for a citation | 12px | ≥ 14px (source line)')
    expect(lines.some(l => /^contrast \| Pale grey text \| 2\.\d+:1 \| ≥ 4\.5:1$/.test(l)), lines.join('\n')).toBe(true)
    expect(lines).toContain('chart-font | chart canvas: x axis ticks | 12px | ≥ 20px')
    expect(lines.some(l => /^series-colour \| chart canvas: "Red" #D55E00 vs "Green" #6B8E23 \| ΔE00 \d\.\d \((?:deuteranopia|protanopia)\) \| ≥ 10$/.test(l)), lines.join('\n')).toBe(true)
    expect(lines.some(l => /^overflow \| Hanging off the edge \| past the right edge by \d+(?:\.\d)?px \| inside the slide$/.test(l)), lines.join('\n')).toBe(true)
    // And nothing else: the legible line, the 14 px citation, the 22 px y ticks and the 20 px legend pass.
    expect(violations).toHaveLength(6)
    expect(violations.every(v => v.slide === 1)).toBe(true)
  })

  it('computes contrast and colour differences as published (WCAG 2, CIEDE2000)', () => {
    expect(textContrast({ color: 'rgb(0, 0, 0)', opacity: 1, backgrounds: ['rgb(255, 255, 255)'] })).toBeCloseTo(21, 5)
    // Black text at half opacity on white is mid grey; on a translucent dark layer over white it is darker still.
    expect(textContrast({ color: 'rgb(0, 0, 0)', opacity: 0.5, backgrounds: [] })).toBeCloseTo(3.95, 1)
    expect(textContrast({ color: 'rgb(255, 255, 255)', opacity: 1, backgrounds: ['rgba(0, 0, 0, 0.5)'] })).toBeCloseTo(3.98, 1)
    // Red and green that differ to normal vision are close under deuteranopia; Okabe–Ito orange and blue are not.
    expect(seriesDifference('#D55E00', '#6B8E23').difference).toBeLessThan(RULES.minSeriesDifference)
    expect(seriesDifference('#E69F00', '#0072B2').difference).toBeGreaterThan(RULES.minSeriesDifference)
  })
})
