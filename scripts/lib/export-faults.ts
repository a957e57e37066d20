/**
 * A test-only switch that breaks one chart inside the real browser page, so tests can prove the export's own
 * verification catches it. It mocks nothing: the page renders, prints and is verified as usual.
 *
 *   DECK_FAULT=chart-blank:<id>           the chart's canvas draws nothing (but still reports ready)
 *   DECK_FAULT=chart-never-ready:<id>     the chart never reports ready
 *   DECK_FAULT=chart-blank-on-paper:<id>  the chart is fine on screen and is wiped when printing starts
 *
 * Unset (the normal case), the export adds no script to the page.
 */
import { getChart } from '../../charts/registry'

export const FAULT_KINDS = ['chart-blank', 'chart-never-ready', 'chart-blank-on-paper'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface Fault {
  kind: FaultKind
  chart: string
}

export const FAULT_ENV = 'DECK_FAULT'

/** Reads the switch; a value that does not parse is an error, so a typo never silently disables a test. */
export function parseFault(value: string | undefined): Fault | null {
  if (value === undefined || value === '')
    return null
  const [kind, chart] = value.split(':')
  if (!(FAULT_KINDS as readonly string[]).includes(kind ?? '') || !chart)
    throw new Error(`${FAULT_ENV}=${value}: expected one of ${FAULT_KINDS.map(k => `${k}:<chart-id>`).join(', ')}.`)
  getChart(chart) // throws, listing the valid ids
  return { kind: kind as FaultKind, chart }
}

/**
 * The script added to the print page (page.addInitScript) for a fault. Written as a string: the export runs
 * under tsx, whose transform would wrap named functions in a helper the page does not have.
 */
export function faultScript(fault: Fault): string {
  const figure = JSON.stringify(`[data-chart-id="${fault.chart}"]`)
  switch (fault.kind) {
    case 'chart-blank':
      return `(() => {
        const proto = CanvasRenderingContext2D.prototype;
        for (const name of ['fillRect', 'strokeRect', 'fill', 'stroke', 'fillText', 'strokeText', 'drawImage', 'putImageData']) {
          const original = proto[name];
          proto[name] = function (...args) {
            if (this.canvas && this.canvas.closest && this.canvas.closest(${figure})) return;
            return original.apply(this, args);
          };
        }
      })();`
    case 'chart-never-ready':
      return `(() => {
        const original = Element.prototype.setAttribute;
        Element.prototype.setAttribute = function (name, value) {
          if (name === 'data-chart-ready' && String(value) === 'true' && this.closest(${figure})) return;
          return original.call(this, name, value);
        };
      })();`
    case 'chart-blank-on-paper':
      return `addEventListener('beforeprint', () => {
        for (const canvas of document.querySelectorAll(${figure} + ' canvas'))
          canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
      });`
  }
}
