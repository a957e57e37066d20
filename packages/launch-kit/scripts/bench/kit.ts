/**
 * Benchmark of the chart kit: what one more chart costs (all its formats — 3 PNG presets, SVG, CSV, JSON, embed — in
 * every chart language).
 * One browser, one warm-up run, then `runs` full runs and `runs` one-chart runs into a temp folder. Two measures
 * of the marginal cost: the per-chart time the kit records, and (full − one chart) / (charts − 1) from wall time.
 *
 *   npx tsx scripts/bench/kit.ts [--runs 5]      (scripts/bench.ts may call benchChartKit instead)
 */
import type { ChartKitResult } from '../kit/index'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { langs } from '../../charts/i18n/languages'
import { getBrowser, launchBrowser } from '../browser/index'
import { createLog } from '../core/index'
import { runChartKit } from '../export/index'
import { treeCpu } from './processes'

export interface KitBench {
  runs: number
  charts: number
  /** The languages every chart is written in (each a full set of files). */
  languages: number
  /** Medians, in seconds. */
  setup: number
  perChart: Record<string, number>
  perChartMedian: number
  fullRun: number
  oneChartRun: number
  marginalFromWallTime: number
  /** The same marginal cost in CPU seconds, this process and the browser's together. */
  marginalCpu: number
  /** Per timed run, in seconds: the median per-chart time, and (full − one chart) / (charts − 1), wall and CPU. */
  samples: { perChartMedian: number[], marginalFromWallTime: number[], marginalCpu: number[] }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export async function benchChartKit(runs = 5, browserPath?: string): Promise<KitBench> {
  const quiet = createLog('charts', new Writable({ write: (_c, _e, done) => done() }))
  const dir = await mkdtemp(join(tmpdir(), 'chart-kit-bench-'))
  const browser = await launchBrowser(await getBrowser({ explicit: browserPath }))
  try {
    const out = join(dir, 'out')
    // Every figure drawn (--no-cache): this is the cost of drawing, not of reusing.
    const warm = await runChartKit({ out, cache: false }, { browser, log: quiet })
    const one = warm.charts[0]!
    const full: ChartKitResult[] = []
    const single: ChartKitResult[] = []
    const fullCpu: number[] = []
    const singleCpu: number[] = []
    const cpu = async (run: () => Promise<ChartKitResult>, into: number[]) => {
      const before = treeCpu(process.pid)
      const result = await run()
      into.push(treeCpu(process.pid) - before)
      return result
    }
    for (let i = 0; i < runs; i++) {
      full.push(await cpu(() => runChartKit({ out, cache: false }, { browser, log: quiet }), fullCpu))
      single.push(await cpu(() => runChartKit({ out, only: [one], cache: false }, { browser, log: quiet }), singleCpu))
    }
    const marginalCpu = fullCpu.map((c, i) => (c - singleCpu[i]!) / (warm.charts.length - 1))
    const perChart = Object.fromEntries(warm.charts.map(id => [id, median(full.map(r => r.timings.perChart[id]!))]))
    const fullRun = median(full.map(r => r.timings.total))
    const oneChartRun = median(single.map(r => r.timings.total))
    return {
      runs,
      charts: warm.charts.length,
      languages: langs().length,
      setup: median(full.map(r => r.timings.setup)),
      perChart,
      perChartMedian: median(Object.values(perChart)),
      fullRun,
      oneChartRun,
      marginalFromWallTime: (fullRun - oneChartRun) / (warm.charts.length - 1),
      marginalCpu: median(marginalCpu),
      samples: {
        perChartMedian: full.map(r => median(Object.values(r.timings.perChart))),
        marginalFromWallTime: full.map((r, i) => (r.timings.total - single[i]!.timings.total) / (warm.charts.length - 1)),
        marginalCpu,
      },
    }
  }
  finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } })
  const result = await benchChartKit(Number(values.runs))
  const s = (n: number) => `${n.toFixed(2)} s`
  process.stdout.write([
    `chart kit benchmark: ${result.charts} charts, median of ${result.runs} runs (one browser, warm)`,
    `  setup (Vite bundles + render page)  ${s(result.setup)}`,
    ...Object.entries(result.perChart).map(([id, t]) => `  ${id.padEnd(34)} ${s(t)}`),
    `  per chart, median                  ${s(result.perChartMedian)}`,
    `  full run ${s(result.fullRun)} · one-chart run ${s(result.oneChartRun)} · marginal ${s(result.marginalFromWallTime)} per chart`,
    `${JSON.stringify(result)}`,
    '',
  ].join('\n'))
}
