/** bench/results.json's shape, and bench/RESULTS.md made from it. */
import type { CommandResult, P1Result, P2Result } from './export-runs'
import type { P4Result } from './first-slide'
import type { KitBench } from './kit'
import type { Machine } from './machine'
import type { P1eP1tResult, ReexportResult } from './reexport'
import type { Summary } from './stats'
import { ratio, summarize } from './stats'

export interface BenchResults {
  date: string
  smoke: boolean
  runs: number
  machine: Machine
  load: { start: number, end: number }
  seconds: number
  p1?: P1Result
  /** P1e and P1t: re-exports after an edit. */
  reexport?: P1eP1tResult
  p2?: P2Result
  p3?: KitBench
  p4?: P4Result
}

export const GOALS = { p1: 1.0, p1s: 0.8, p1e: 0.6, p1t: 0.5, p2RssMb: 1024, p2Marginal: 0.15, p3: 0.3, p4: 1.1 } as const

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

/** One row of the summary: ours and stock, wall time and CPU time each, the ratios, the goal and whether it is met. */
function row(id: string, figure: string, cells: { ours: string, oursCpu: string, stock: string, stockCpu: string, ratio: number | string, cpuRatio: number | string, goal: string, met: string }): string {
  const r = (v: number | string) => (typeof v === 'number' ? fixed(v, 2) : v)
  return `| ${id} | ${figure} | ${cells.ours} | ${cells.oursCpu} | ${cells.stock} | ${cells.stockCpu} | ${r(cells.ratio)} | ${r(cells.cpuRatio)} | ${cells.goal} | ${cells.met} |`
}

/** A command pair as a row: wall and CPU time of each, ours ÷ stock of both, against a goal on the wall ratio. */
function timeRow(id: string, figure: string, ours: CommandResult, stock: CommandResult, goal: number): string {
  const wall = ratio(ours.wall, stock.wall)
  return row(id, figure, {
    ours: outcome(ours, c => range(c.wall, 's', 1)),
    oursCpu: outcome(ours, c => range(c.cpu, 's', 1)),
    stock: outcome(stock, c => range(c.wall, 's', 1)),
    stockCpu: outcome(stock, c => range(c.cpu, 's', 1)),
    ratio: wall,
    cpuRatio: ratio(ours.cpu, stock.cpu),
    goal: `≤ ${goal.toFixed(1)}`,
    met: met(wall, goal),
  })
}

function summaryRows(r: BenchResults): string[] {
  const rows: string[] = []
  if (r.p1) {
    rows.push(timeRow('P1', 'whole kit (slides PDF, handout, chart kit, site), cold (`--no-cache`) ÷ stock slides PDF', r.p1.ours, r.p1.stock, GOALS.p1))
    if (r.p1.oursSlides)
      rows.push(timeRow('P1s', '`--only slides`, cold ÷ stock', r.p1.oursSlides, r.p1.stock, GOALS.p1s))
  }
  if (r.reexport?.data)
    rows.push(timeRow('P1e', `re-export after one figure in data/ changed ÷ stock export of the edited deck (${r.reexport.data.edit})`.replace(/\|/g, '\\|'), r.reexport.data.ours, r.reexport.data.stock, GOALS.p1e))
  if (r.reexport?.text)
    rows.push(timeRow('P1t', `re-export after one slide's text changed ÷ stock export of the edited deck (${r.reexport.text.edit})`.replace(/\|/g, '\\|'), r.reexport.text.ours, r.reexport.text.stock, GOALS.p1t))
  if (r.p2 && r.p2.sizes.length > 0) {
    const big = r.p2.sizes.at(-1)!
    const rss = big.ours.peakRssMb?.median ?? Number.NaN
    const times = { oursCpu: outcome(big.ours, c => `${range(c.cpu, 's', 1)} (wall ${range(c.wall, 's', 1)})`), stockCpu: outcome(big.stock, c => `${range(c.cpu, 's', 1)} (wall ${range(c.wall, 's', 1)})`), cpuRatio: ratio(big.ours.cpu, big.stock.cpu) }
    rows.push(row('P2', `${big.slides} slides, slides PDF, cold: peak RSS of the process tree`, { ours: outcome(big.ours, c => range(c.peakRssMb, 'MB', 0)), stock: outcome(big.stock, c => range(c.peakRssMb, 'MB', 0)), ratio: big.ours.peakRssMb && big.stock.peakRssMb ? big.ours.peakRssMb.median / big.stock.peakRssMb.median : Number.NaN, ...times, goal: `≤ ${GOALS.p2RssMb} MB`, met: met(rss, GOALS.p2RssMb) }))
    rows.push(row('P2', `${big.slides} slides: peak PSS (shared pages counted once)`, { ours: outcome(big.ours, c => range(c.peakPssMb, 'MB', 0)), stock: outcome(big.stock, c => range(c.peakPssMb, 'MB', 0)), ratio: '', ...times, goal: `≤ ${GOALS.p2RssMb} MB`, met: met(big.ours.peakPssMb?.median ?? Number.NaN, GOALS.p2RssMb) }))
    const prev = r.p2.sizes.at(-2)
    const span = prev ? `${prev.slides}→${big.slides}` : ''
    const cpuSlope = (pick: (s: typeof big) => CommandResult) => prev && pick(big).cpu && pick(prev).cpu ? (pick(big).cpu!.median - pick(prev).cpu!.median) / (big.slides - prev.slides) : Number.NaN
    rows.push(row('P2', `marginal time per slide, slides PDF (${span} slides)`, { ours: `${fixed(r.p2.marginal.ours.last, 3)} s`, oursCpu: `${fixed(cpuSlope(s => s.ours), 3)} s`, stock: `${fixed(r.p2.marginal.stock.last, 3)} s`, stockCpu: `${fixed(cpuSlope(s => s.stock), 3)} s`, ratio: '', cpuRatio: '', goal: `≤ ${GOALS.p2Marginal} s`, met: met(r.p2.marginal.ours.last, GOALS.p2Marginal) }))
  }
  if (r.p3) {
    const marginal = summarize(r.p3.samples.marginalFromWallTime)
    const languages = r.p3.languages ?? 1
    const perLanguage = summarize(r.p3.samples.marginalFromWallTime.map(s => s / languages))
    const cpu = summarize(r.p3.samples.marginalCpu ?? [])
    const cpuPerLanguage = summarize((r.p3.samples.marginalCpu ?? []).map(s => s / languages))
    rows.push(row('P3', `chart kit: marginal cost per chart, all formats (3 PNG, SVG, CSV, JSON, embed) in ${languages} language${languages === 1 ? '' : 's'}, every figure drawn`, { ours: range(marginal, 's', 2), oursCpu: range(cpu, 's', 2), stock: '–', stockCpu: '–', ratio: '', cpuRatio: '', goal: '', met: '' }))
    // The goal was set for one chart in one language; each language is a full set of the chart's files.
    rows.push(row('P3', '… per chart and language', { ours: range(perLanguage, 's', 2), oursCpu: range(cpuPerLanguage, 's', 2), stock: '–', stockCpu: '–', ratio: '', cpuRatio: '', goal: `≤ ${GOALS.p3} s`, met: met(perLanguage.median, GOALS.p3) }))
  }
  if (r.p4) {
    rows.push(row('P4', 'built deck: first contentful paint of /1 on localhost (CPU: the page load until the network is idle)', { ours: range(r.p4.ours.fcpMs, 'ms', 0), oursCpu: range(r.p4.ours.cpu, 's', 2), stock: range(r.p4.starter.fcpMs, 'ms', 0), stockCpu: range(r.p4.starter.cpu, 's', 2), ratio: r.p4.ratios.fcp, cpuRatio: ratio(r.p4.ours.cpu, r.p4.starter.cpu), goal: `≤ ${GOALS.p4}`, met: met(r.p4.ratios.fcp, GOALS.p4) }))
    rows.push(row('P4', 'built deck: JavaScript bytes for /1 (gzip)', { ours: `${kb(r.p4.ours.jsBytes)} (${kb(r.p4.ours.jsGzipBytes)})`, oursCpu: '', stock: `${kb(r.p4.starter.jsBytes)} (${kb(r.p4.starter.jsGzipBytes)})`, stockCpu: '', ratio: r.p4.ratios.jsBytes, cpuRatio: '', goal: `≤ ${GOALS.p4}`, met: met(r.p4.ratios.jsBytes, GOALS.p4) }))
  }
  return rows
}

function stepsTable(result: CommandResult): string[] {
  return [
    '| at | step |',
    '|---:|---|',
    ...(result.steps ?? []).map(s => `| ${s.at.toFixed(1)} s | ${s.step.replace(/\|/g, '\\|')} |`),
  ]
}

function p1Section(p1: P1Result): string[] {
  const slides = p1.oursSlides
  return [
    '## P1: where our export spends its time (cold)',
    '',
    `Our export's own log, median run (seconds since it started; the run as a whole, from outside, took ${range(p1.ours.wall, 's', 1)} wall and ${range(p1.ours.cpu, 's', 1)} CPU). Peak memory: ours ${range(p1.ours.peakRssMb, 'MB', 0)} RSS, ${range(p1.ours.peakPssMb, 'MB', 0)} PSS; stock ${range(p1.stock.peakRssMb, 'MB', 0)} RSS, ${range(p1.stock.peakPssMb, 'MB', 0)} PSS.`,
    '',
    ...stepsTable(p1.ours),
    '',
    ...(slides ? [`\`--only slides\`: ${range(slides.wall, 's', 1)} wall, ${range(slides.cpu, 's', 1)} CPU.`, '', ...stepsTable(slides), ''] : []),
    `Commands: \`${p1.ours.command}\`${slides ? `, \`${slides.command}\`` : ''} and \`${p1.stock.command}\`.`,
    '',
  ]
}

function reexportSection(re: P1eP1tResult): string[] {
  const part = (title: string, r: ReexportResult | undefined) => (r
    ? [`### ${title}`, '', `Edit: ${r.edit}. Ours ${range(r.ours.wall, 's', 1)} wall, ${range(r.ours.cpu, 's', 1)} CPU; stock ${range(r.stock.wall, 's', 1)} wall, ${range(r.stock.cpu, 's', 1)} CPU. Our log, median run:`, '', ...stepsTable(r.ours), '']
    : [])
  return [
    '## P1e, P1t: re-exports after an edit',
    '',
    'On a copy of the project with a cache of its own, filled by one untimed export; before each timed round, one edit no round made before, then our export (reusing what the edit left unchanged) and stock `slidev export` of the same edited deck.',
    '',
    ...part('P1e: one figure in data/', re.data),
    ...part('P1t: one slide\'s text', re.text),
  ]
}

function p2Section(p2: P2Result): string[] {
  return [
    '## P2: scale (synthetic decks repeating the real slides and charts)',
    '',
    '| slides (with a chart) | ours: wall | ours: CPU | ours: peak RSS | ours: peak PSS | ours: peak RSS without the Slidev build | stock: wall | stock: CPU | stock: peak RSS | stock: peak PSS |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...p2.sizes.map(s => `| ${s.slides} (${s.chartSlides}) | ${outcome(s.ours, c => range(c.wall, 's', 1))} | ${range(s.ours.cpu, 's', 1)} | ${range(s.ours.peakRssMb, 'MB', 0)} | ${range(s.ours.peakPssMb, 'MB', 0)} | ${range(s.ours.peakRssWithoutBuildMb, 'MB', 0)} | ${outcome(s.stock, c => range(c.wall, 's', 1))} | ${range(s.stock.cpu, 's', 1)} | ${range(s.stock.peakRssMb, 'MB', 0)} | ${range(s.stock.peakPssMb, 'MB', 0)} |`),
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
    '| | figure | ours | ours: CPU | stock | stock: CPU | ratio | CPU ratio | goal | |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...summaryRows(r),
    '',
    ...(r.p1 ? p1Section(r.p1) : []),
    ...(r.reexport ? reexportSection(r.reexport) : []),
    ...(r.p2 ? p2Section(r.p2) : []),
    ...(r.p3 ? p3Section(r.p3) : []),
    ...(r.p4 ? p4Section(r.p4) : []),
  ].join('\n')
}
