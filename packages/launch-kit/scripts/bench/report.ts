/** bench/results.json's shape, and bench/RESULTS.md made from it. */
import type { CommandResult, P1Result, P2Result } from './export-runs'
import type { P4Result } from './first-slide'
import type { KitBench } from './kit'
import type { Machine } from './machine'
import type { Summary } from './stats'
import { summarize } from './stats'

export interface BenchResults {
  date: string
  smoke: boolean
  runs: number
  machine: Machine
  load: { start: number, end: number }
  seconds: number
  p1?: P1Result
  p2?: P2Result
  p3?: KitBench
  p4?: P4Result
}

export const GOALS = { p1: 1.0, p2RssMb: 1024, p2Marginal: 0.15, p3: 0.3, p4: 1.1 } as const

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '–')

function range(s: Summary | undefined, unit: string, digits: number): string {
  if (!s)
    return '–'
  const spread = s.values.length > 1 ? ` (${fixed(s.min, digits)}–${fixed(s.max, digits)})` : ''
  return `${fixed(s.median, digits)} ${unit}${spread}`
}

function met(value: number, goal: number): string {
  return Number.isFinite(value) ? (value <= goal ? '✓' : '✗') : '–'
}

function outcome(c: CommandResult, show: (c: CommandResult) => string): string {
  if (c.ok === 0)
    return `failed: ${c.failure ?? '?'}`.replace(/\|/g, '\\|')
  return show(c) + (c.failed > 0 ? ` (${c.failed} failed)` : '')
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`

function summaryRows(r: BenchResults): string[] {
  const rows: string[] = []
  if (r.p1) {
    rows.push(`| P1 | whole kit (slides PDF, handout, chart kit, site) ÷ stock slides PDF, wall time | ${outcome(r.p1.ours, c => range(c.wall, 's', 1))} | ${outcome(r.p1.stock, c => range(c.wall, 's', 1))} | ${fixed(r.p1.ratio, 2)} | ≤ ${GOALS.p1.toFixed(1)} | ${met(r.p1.ratio, GOALS.p1)} |`)
  }
  if (r.p2 && r.p2.sizes.length > 0) {
    const big = r.p2.sizes.at(-1)!
    const rss = big.ours.peakRssMb?.median ?? Number.NaN
    rows.push(`| P2 | ${big.slides} slides, slides PDF: peak RSS of the process tree | ${outcome(big.ours, c => range(c.peakRssMb, 'MB', 0))} | ${outcome(big.stock, c => range(c.peakRssMb, 'MB', 0))} | ${big.ours.peakRssMb && big.stock.peakRssMb ? fixed(big.ours.peakRssMb.median / big.stock.peakRssMb.median, 2) : '–'} | ≤ ${GOALS.p2RssMb} MB | ${met(rss, GOALS.p2RssMb)} |`)
    rows.push(`| P2 | ${big.slides} slides: peak PSS (shared pages counted once) | ${outcome(big.ours, c => range(c.peakPssMb, 'MB', 0))} | ${outcome(big.stock, c => range(c.peakPssMb, 'MB', 0))} | | ≤ ${GOALS.p2RssMb} MB | ${met(big.ours.peakPssMb?.median ?? Number.NaN, GOALS.p2RssMb)} |`)
    const prev = r.p2.sizes.at(-2)
    const span = prev ? `${prev.slides}→${big.slides}` : ''
    rows.push(`| P2 | marginal time per slide, slides PDF (${span} slides) | ${fixed(r.p2.marginal.ours.last, 3)} s | ${fixed(r.p2.marginal.stock.last, 3)} s | | ≤ ${GOALS.p2Marginal} s | ${met(r.p2.marginal.ours.last, GOALS.p2Marginal)} |`)
  }
  if (r.p3) {
    const marginal = summarize(r.p3.samples.marginalFromWallTime)
    const languages = r.p3.languages ?? 1
    const perLanguage = summarize(r.p3.samples.marginalFromWallTime.map(s => s / languages))
    rows.push(`| P3 | chart kit: marginal cost per chart, all formats (3 PNG, SVG, CSV, JSON, embed) in ${languages} language${languages === 1 ? '' : 's'} | ${range(marginal, 's', 2)} | – | | | |`)
    // The goal was set for one chart in one language; each language is a full set of the chart's files.
    rows.push(`| P3 | … per chart and language | ${range(perLanguage, 's', 2)} | – | | ≤ ${GOALS.p3} s | ${met(perLanguage.median, GOALS.p3)} |`)
  }
  if (r.p4) {
    rows.push(`| P4 | built deck: first contentful paint of /1 on localhost | ${range(r.p4.ours.fcpMs, 'ms', 0)} | ${range(r.p4.starter.fcpMs, 'ms', 0)} | ${fixed(r.p4.ratios.fcp, 2)} | ≤ ${GOALS.p4} | ${met(r.p4.ratios.fcp, GOALS.p4)} |`)
    rows.push(`| P4 | built deck: JavaScript bytes for /1 (gzip) | ${kb(r.p4.ours.jsBytes)} (${kb(r.p4.ours.jsGzipBytes)}) | ${kb(r.p4.starter.jsBytes)} (${kb(r.p4.starter.jsGzipBytes)}) | ${fixed(r.p4.ratios.jsBytes, 2)} | ≤ ${GOALS.p4} | ${met(r.p4.ratios.jsBytes, GOALS.p4)} |`)
  }
  return rows
}

function p1Section(p1: P1Result): string[] {
  const steps = p1.ours.steps ?? []
  return [
    '## P1: where our export spends its time',
    '',
    `Our export's own log, median run (seconds since it started; the run as a whole, from outside, took ${range(p1.ours.wall, 's', 1)}). Peak memory: ours ${range(p1.ours.peakRssMb, 'MB', 0)} RSS, ${range(p1.ours.peakPssMb, 'MB', 0)} PSS; stock ${range(p1.stock.peakRssMb, 'MB', 0)} RSS, ${range(p1.stock.peakPssMb, 'MB', 0)} PSS.`,
    '',
    '| at | step |',
    '|---:|---|',
    ...steps.map(s => `| ${s.at.toFixed(1)} s | ${s.step.replace(/\|/g, '\\|')} |`),
    '',
    `Commands: \`${p1.ours.command}\` and \`${p1.stock.command}\`.`,
    '',
  ]
}

function p2Section(p2: P2Result): string[] {
  return [
    '## P2: scale (synthetic decks repeating the real slides and charts)',
    '',
    '| slides (with a chart) | ours: wall | ours: peak RSS | ours: peak PSS | ours: peak RSS without the Slidev build | stock: wall | stock: peak RSS | stock: peak PSS |',
    '|---|---|---|---|---|---|---|---|',
    ...p2.sizes.map(s => `| ${s.slides} (${s.chartSlides}) | ${outcome(s.ours, c => range(c.wall, 's', 1))} | ${range(s.ours.peakRssMb, 'MB', 0)} | ${range(s.ours.peakPssMb, 'MB', 0)} | ${range(s.ours.peakRssWithoutBuildMb, 'MB', 0)} | ${outcome(s.stock, c => range(c.wall, 's', 1))} | ${range(s.stock.peakRssMb, 'MB', 0)} | ${range(s.stock.peakPssMb, 'MB', 0)} |`),
    '',
    `Marginal seconds per slide (slope of the median wall time): ours ${fixed(p2.marginal.ours.last, 3)} between the two largest decks, ${fixed(p2.marginal.ours.fit, 3)} fitted over all; stock ${fixed(p2.marginal.stock.last, 3)} and ${fixed(p2.marginal.stock.fit, 3)}.`,
    'RSS is the sum of VmRSS over the whole process tree (npm, Node, the Slidev build, every Chromium process), sampled every 100 ms; pages shared between processes count once per process. PSS splits shared pages between the processes that share them: the tree\'s real footprint.',
    '',
  ]
}

function p3Section(p3: KitBench): string[] {
  return [
    '## P3: chart kit',
    '',
    `${p3.charts} charts, median of ${p3.runs} runs on one warm browser. Setup (Vite bundles of the kit's browser code and the render page): ${p3.setup.toFixed(2)} s. Full run ${p3.fullRun.toFixed(2)} s, one-chart run ${p3.oneChartRun.toFixed(2)} s.`,
    '',
    '| chart | seconds, all formats |',
    '|---|---:|',
    ...Object.entries(p3.perChart).map(([id, s]) => `| ${id} | ${s.toFixed(2)} |`),
    '',
  ]
}

function p4Section(p4: P4Result): string[] {
  const list = (scripts: { name: string, bytes: number }[]) => scripts.slice(0, 6).map(s => `${s.name.replace(/^\/assets\//, '')} ${kb(s.bytes)}`).join(', ')
  return [
    '## P4: first slide of the built deck',
    '',
    `Each deck is served by this project's static server (no compression) and opened at /1 in a fresh Chromium context (1280×720, empty cache). JavaScript counted until the network is idle: ours ${p4.ours.jsFiles} files, the starter ${p4.starter.jsFiles}.`,
    '',
    `- Ours, largest scripts: ${list(p4.ours.scripts)}`,
    `- Starter, largest scripts: ${list(p4.starter.scripts)}`,
    '',
  ]
}

export function resultsMarkdown(r: BenchResults): string {
  const m = r.machine
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\`${r.smoke ? ' --smoke (one run, tiny decks: not a measurement)' : ''} on ${r.date} in ${(r.seconds / 60).toFixed(1)} min. Everything ran side by side on one machine, one command at a time; ${r.runs} timed run${r.runs === 1 ? '' : 's'} per figure after a warm-up, shown as median (min–max).`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}. Node ${m.node}, ${m.chromium}, Slidev ${m.slidev}, Playwright ${m.playwright}. Load average (1 min) ${r.load.start} at the start, ${r.load.end} at the end.`,
    '',
    '| | figure | ours | stock | ratio | goal | |',
    '|---|---|---|---|---|---|---|',
    ...summaryRows(r),
    '',
    ...(r.p1 ? p1Section(r.p1) : []),
    ...(r.p2 ? p2Section(r.p2) : []),
    ...(r.p3 ? p3Section(r.p3) : []),
    ...(r.p4 ? p4Section(r.p4) : []),
  ].join('\n')
}
