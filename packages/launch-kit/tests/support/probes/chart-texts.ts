/**
 * Prints, as JSON, every text the project generates from the data without a browser: each chart's alt text, its
 * kit CSV and JSON in every chart language, and the alt text of the made-up models given as JSON in argv[2]
 * ({ bars?, timelines?, matrices? }).
 * Run in a separate process by tests that check those texts are deterministic (tests/support/fresh-process.ts).
 *
 * With PROBE_CLOCK=<ISO date> set, the process's clock reads that date (and moves on from it) before any project
 * module loads, so a text that depended on the clock would differ from another process's.
 */
import type { BarModel } from 'launch-kit/charts/bars'
import type { MatrixModel } from 'launch-kit/charts/matrix'
import type { TimelineModel } from 'launch-kit/charts/timeline'

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

const { loadLaunch } = await import('launch-kit/scripts/deck/load')
await loadLaunch()
const { describeBars } = await import('launch-kit/charts/bars')
const { describeMatrix } = await import('launch-kit/charts/matrix')
const { chartsIn } = await import('launch-kit/charts/registry')
const { langs } = await import('launch-kit/charts/i18n/languages')
const { describeTimeline } = await import('launch-kit/charts/timeline')
const { PRESET_NAMES } = await import('launch-kit/charts/presets')
const { chartCsv, chartFiles, chartJson } = await import('launch-kit/scripts/kit/files')

const VERSION = 'abc123def456'
const models = JSON.parse(process.argv[2] ?? '{}') as Models
const out = {
  clock: new Date().toISOString(),
  charts: langs().flatMap(lang => chartsIn(lang).map(chart => ({
    id: chart.id,
    lang,
    altText: chart.altText,
    csv: chartCsv(chart, VERSION),
    json: chartJson(chart, VERSION, chartFiles(chart.id, PRESET_NAMES, ['a.woff2'], lang)),
  }))),
  // One argument each: the describers' second is the language (English by default), not map()'s index.
  bars: (models.bars ?? []).map(model => describeBars(model)),
  timelines: (models.timelines ?? []).map(model => describeTimeline(model)),
  matrices: (models.matrices ?? []).map(model => describeMatrix(model)),
}
process.stdout.write(JSON.stringify(out))
