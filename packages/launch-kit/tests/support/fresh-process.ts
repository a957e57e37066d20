/**
 * Determinism across processes: the generated texts (probes/chart-texts.ts) computed in two fresh Node processes
 * that differ in everything a text should not depend on (clock, time zone, locale), for comparing with each other
 * and with the test's own process. A function compared with itself in one process proves nothing about the module
 * state, caches, clock or locale it reads.
 */
import type { BarModel } from 'launch-kit/charts/bars'
import type { Lang } from 'launch-kit/charts/i18n/languages'
import type { MatrixModel } from 'launch-kit/charts/matrix'
import type { TimelineModel } from 'launch-kit/charts/timeline'
import { fileURLToPath } from 'node:url'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { startChild } from './children'
import { TSX } from './script-run'

/** Made-up models whose alt text the probe writes too. */
export interface MadeUpModels {
  bars?: BarModel[]
  timelines?: TimelineModel[]
  matrices?: MatrixModel[]
}

export interface ChartTexts {
  clock: string
  /** Every chart in every chart language. */
  charts: { id: string, lang: Lang, altText: string, csv: string, json: string }[]
  bars: string[]
  timelines: string[]
  matrices: string[]
}

/** Two processes that share nothing a generated text may depend on. */
export const UNLIKE_PROCESSES: Record<string, string>[] = [
  { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', PROBE_CLOCK: '2031-12-31T23:59:30Z' },
  { TZ: 'America/Adak', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8', PROBE_CLOCK: '2019-03-10T06:00:00Z' },
]

/** Runs the probe in a fresh process with `env` added; ~2 s alone, 60 s is the deadline on two loaded cores. */
export async function chartTextsInFreshProcess(env: Record<string, string>, models: MadeUpModels = {}): Promise<ChartTexts> {
  const probe = fileURLToPath(new URL('./probes/chart-texts.ts', import.meta.url))
  const child = startChild(process.execPath, [TSX, probe, JSON.stringify(models)], { cwd: ROOT, env: { ...process.env, ...env }, deadline: 60_000 })
  const { code, stdout, stderr } = await child.exited
  if (code !== 0)
    throw new Error(`the chart-texts probe exited ${code}:\n${stderr}`)
  return JSON.parse(stdout) as ChartTexts
}
