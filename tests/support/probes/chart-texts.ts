/**
 * Prints, as JSON, every text the project generates from the data without a browser: each chart's alt text, its
 * kit CSV and JSON, and the alt text of the made-up models given as JSON in argv[2] ({ bars?, timelines?, matrices? }).
 * Run in a separate process by tests that check those texts are deterministic (tests/support/fresh-process.ts).
 *
 * With PROBE_CLOCK=<ISO date> set, the process's clock reads that date (and moves on from it) before any project
 * module loads, so a text that depended on the clock would differ from another process's.
 */
import type { BarModel } from '../../../charts/bars'
import type { MatrixModel } from '../../../charts/matrix'
import type { TimelineModel } from '../../../charts/timeline'

interface Models { bars?: BarModel[], timelines?: TimelineModel[], matrices?: MatrixModel[] }

const shifted = process.env.PROBE_CLOCK
if (shifted) {
  const offset = Date.parse(shifted) - Date.now()
  const RealDate = Date
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0)
        super(RealDate.now() + offset)
      else
        super(...(args as [string]))
    }

    static override now(): number {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor
}

const { describeBars } = await import('../../../charts/bars')
const { describeMatrix } = await import('../../../charts/matrix')
const { charts } = await import('../../../charts/registry')
const { describeTimeline } = await import('../../../charts/timeline')
const { PRESET_NAMES } = await import('../../../charts/presets')
const { chartCsv, chartFiles, chartJson } = await import('../../../scripts/kit/files')

const VERSION = 'abc123def456'
const models = JSON.parse(process.argv[2] ?? '{}') as Models
const out = {
  clock: new Date().toISOString(),
  charts: charts.map(chart => ({
    id: chart.id,
    altText: chart.altText,
    csv: chartCsv(chart, VERSION),
    json: chartJson(chart, VERSION, chartFiles(chart.id, PRESET_NAMES, ['a.woff2'])),
  })),
  bars: (models.bars ?? []).map(describeBars),
  timelines: (models.timelines ?? []).map(describeTimeline),
  matrices: (models.matrices ?? []).map(describeMatrix),
}
process.stdout.write(JSON.stringify(out))
