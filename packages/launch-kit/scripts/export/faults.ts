/**
 * A test-only switch that breaks one thing in a real export, so tests can prove the export's own checks and error
 * paths catch it. It mocks nothing: the page renders, prints and is verified as usual, and files are written as
 * usual until the one that fails.
 *
 *   DECK_FAULT=chart-blank:<id>           the chart's drawing comes out empty: its SVG loses every mark and label as
 *                                         it is put in the page (the chart still reports ready)
 *   DECK_FAULT=chart-never-ready:<id>     the chart never reports ready
 *   DECK_FAULT=chart-blank-on-paper:<id>  the chart is fine on screen and its SVG is emptied when printing starts
 *   DECK_FAULT=disk-full:<output>         writing that output (slides, handout or manifest) hits a full disk: its
 *                                         temporary file is a symlink to /dev/full, so the kernel answers ENOSPC
 *   DECK_FAULT=console-error              the print page logs a console error once it has loaded
 *   DECK_FAULT=page-error                 the print page throws an error nothing catches
 *   DECK_FAULT=missing-asset              the print page asks this machine's server for a file that is not there
 *   DECK_FAULT=outside-font               the print page loads a font from an address off this machine
 *   DECK_FAULT=label-drift                the first chart with value labels draws one of them other than its data says
 *                                         (one digit changed, in the page's drawing only: the data and the registry
 *                                         are untouched)
 *
 * Unset (the normal case), the export adds no script to the page and writes every file normally.
 */
import { basename } from 'node:path'
import { chartIds, getChart } from '../../charts/registry'
import { profiles } from '../../charts/types'
import { MANIFEST_NAME } from '../output/index'

export const CHART_FAULT_KINDS = ['chart-blank', 'chart-never-ready', 'chart-blank-on-paper'] as const
export type ChartFaultKind = (typeof CHART_FAULT_KINDS)[number]
export const DISK_FULL_OUTPUTS = ['slides', 'handout', 'manifest'] as const
export type DiskFullOutput = (typeof DISK_FULL_OUTPUTS)[number]
export const PAGE_FAULT_KINDS = ['console-error', 'page-error', 'missing-asset', 'outside-font', 'label-drift'] as const
export type PageFaultKind = (typeof PAGE_FAULT_KINDS)[number]
export const FAULT_KINDS = [...CHART_FAULT_KINDS, 'disk-full', ...PAGE_FAULT_KINDS] as const

export interface ChartFault { kind: ChartFaultKind, chart: string }
export interface PageFault { kind: PageFaultKind }
export type Fault = ChartFault | PageFault | { kind: 'disk-full', output: DiskFullOutput }

export const FAULT_ENV = 'DECK_FAULT'

const EXPECTED = [...CHART_FAULT_KINDS.map(k => `${k}:<chart-id>`), `disk-full:${DISK_FULL_OUTPUTS.join('|')}`, ...PAGE_FAULT_KINDS].join(', ')

/** Reads the switch; a value that does not parse is an error, so a typo never silently disables a test. */
export function parseFault(value: string | undefined): Fault | null {
  if (value === undefined || value === '')
    return null
  const [kind, target] = value.split(':')
  if (kind === 'disk-full' && (DISK_FULL_OUTPUTS as readonly string[]).includes(target ?? ''))
    return { kind, output: target as DiskFullOutput }
  if ((PAGE_FAULT_KINDS as readonly string[]).includes(kind ?? '') && target === undefined)
    return { kind: kind as PageFaultKind }
  if (!(CHART_FAULT_KINDS as readonly string[]).includes(kind ?? '') || !target)
    throw new Error(`${FAULT_ENV}=${value}: expected one of ${EXPECTED}.`)
  getChart(target) // throws, listing the valid ids
  return { kind: kind as ChartFaultKind, chart: target }
}

export function isChartFault(fault: Fault | null): fault is ChartFault {
  return fault !== null && (CHART_FAULT_KINDS as readonly string[]).includes(fault.kind)
}

export function isPageFault(fault: Fault | null): fault is PageFault {
  return fault !== null && (PAGE_FAULT_KINDS as readonly string[]).includes(fault.kind)
}

/** For the staging area (output/staging.ts): true for the file a disk-full fault names (by its final file name). */
export function diskFullFor(fault: Fault | null, names: { slides: string, handout: string }): ((path: string) => boolean) | undefined {
  if (fault?.kind !== 'disk-full')
    return undefined
  const file = { slides: names.slides, handout: names.handout, manifest: MANIFEST_NAME }[fault.output]
  return path => basename(path) === file
}

/** The page function a chart fault calls once when it strikes, so the run's log shows the fault really fired. */
export const FAULT_HIT_BINDING = '__deckFaultHit'

/**
 * The script added to the print page (page.addInitScript) for a fault. Written as a string: the export runs
 * under tsx, whose transform would wrap named functions in a helper the page does not have.
 */
export function faultScript(fault: ChartFault | PageFault): string {
  if (!('chart' in fault))
    return pageFaultScript(fault)
  const figure = JSON.stringify(`[data-chart-id="${fault.chart}"]`)
  const hit = (what: string) => `if (!window.__deckFaultDone) { window.__deckFaultDone = true; window.${FAULT_HIT_BINDING} && window.${FAULT_HIT_BINDING}(${JSON.stringify(`${what} chart "${fault.chart}"`)}); }`
  switch (fault.kind) {
    // Charts print as SVG (components/ChartCanvas.vue): the drawing is emptied the moment it reaches the page,
    // keeping only its <title> and <desc>, so the chart says it is ready and shows nothing.
    case 'chart-blank':
      return `(() => {
        new MutationObserver(() => {
          for (const svg of document.querySelectorAll(${figure} + ' svg')) {
            const marks = [...svg.children].filter(el => el.tagName !== 'title' && el.tagName !== 'desc');
            if (marks.length === 0) continue;
            marks.forEach(el => el.remove());
            ${hit('emptied the drawing of')}
          }
        }).observe(document, { childList: true, subtree: true });
      })();`
    case 'chart-never-ready':
      return `(() => {
        const original = Element.prototype.setAttribute;
        Element.prototype.setAttribute = function (name, value) {
          if (name === 'data-chart-ready' && String(value) === 'true' && this.closest(${figure})) { ${hit('held back the ready signal of')} return; }
          return original.call(this, name, value);
        };
      })();`
    case 'chart-blank-on-paper':
      return `addEventListener('beforeprint', () => {
        for (const svg of document.querySelectorAll(${figure} + ' svg'))
          [...svg.children].filter(el => el.tagName !== 'title' && el.tagName !== 'desc').forEach(el => el.remove());
        ${hit('wiped before printing')}
      });`
  }
}

/** An address off this machine: the request never leaves it (browser/launch.ts keepLocal blocks it and says so). */
export const OUTSIDE_FONT_URL = 'https://fonts.gstatic.com/s/faultsans/v1/fault-sans.woff2'

/** The value label the label-drift fault changes: the first chart with value labels, its first label with a digit. */
export function labelDrift(): { chart: string, categories: string[], label: string, drawn: string } {
  for (const id of chartIds()) {
    const config = getChart(id).config(profiles.print)
    const labels = (config.options?.plugins as { valueLabels?: { labels?: string[] } } | undefined)?.valueLabels?.labels ?? []
    const label = labels.find(l => /\d/.test(l))
    if (label)
      return { chart: id, categories: (config.data.labels ?? []).map(String), label, drawn: label.replace(/\d/, d => String((Number(d) + 1) % 10)) }
  }
  throw new Error(`${FAULT_ENV}=label-drift: no chart has value labels to change`)
}

/** A page fault strikes once, on the print page only: after it has loaded, or (label-drift) as its charts draw. */
function pageFaultScript(fault: PageFault): string {
  const hit = (what: string) => `window.${FAULT_HIT_BINDING} && window.${FAULT_HIT_BINDING}(${JSON.stringify(what)})`
  if (fault.kind === 'label-drift') {
    // Chart.js reaches the page as window.Chart (components/ChartCanvas.vue): a plugin registered on it then changes
    // the one label in the chart's own configuration before it draws.
    const drift = labelDrift()
    return `if (location.pathname.endsWith('/print')) {
      let chartJs;
      Object.defineProperty(window, 'Chart', {
        configurable: true,
        get() { return chartJs; },
        set(value) {
          chartJs = value;
          value.register({ id: 'deckFaultLabelDrift', beforeInit(chart) {
            const labels = chart.config.options && chart.config.options.plugins && chart.config.options.plugins.valueLabels && chart.config.options.plugins.valueLabels.labels;
            if (!labels || JSON.stringify((chart.config.data.labels || []).map(String)) !== ${JSON.stringify(JSON.stringify(drift.categories))}) return;
            const at = labels.indexOf(${JSON.stringify(drift.label)});
            if (at < 0) return;
            labels[at] = ${JSON.stringify(drift.drawn)};
            ${hit(`label-drift: chart "${drift.chart}" draws "${drift.drawn}" where its data says "${drift.label}"`)};
          } });
        },
      });
    }`
  }
  const act = {
    'console-error': `console.error('test fault: an error logged by the print page')`,
    'page-error': `setTimeout(() => { throw new Error('test fault: an error nothing catches') })`,
    'missing-asset': `fetch('/test-fault-missing.png').catch(() => {})`,
    // A stylesheet's @font-face with an outside address, and text asking for it: Chromium requests the font.
    'outside-font': `const style = document.createElement('style'); style.textContent = "@font-face { font-family: 'Fault Sans'; src: url(${OUTSIDE_FONT_URL}) format('woff2'); }"; document.head.append(style); document.fonts.load("16px 'Fault Sans'").catch(() => {})`,
  }[fault.kind]
  return `if (location.pathname.endsWith('/print')) addEventListener('load', () => {
    ${hit(`${fault.kind} on the print page`)};
    ${act};
  });`
}
