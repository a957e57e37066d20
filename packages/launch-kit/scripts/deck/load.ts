/**
 * Loads a launch for the engine's commands: its facts (data/index.ts) and its charts (charts/index.ts), each module's
 * default export, and hands them to the engine (data/launch.ts, charts/launch.ts). The charts are loaded only once
 * the facts are known to be valid: chart modules compute from the data as they load. The command runs under tsx, so
 * the launch's TypeScript loads as it is.
 */
import type { LaunchCharts } from '../../charts/launch'
import type { LaunchData } from '../../data/define'
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { provideCharts } from '../../charts/launch'
import { provideData } from '../../data/launch'
import { ROOT } from '../core/index'

/** A launch module that is missing, does not load, or has no default export of the right kind. */
export class LaunchLoadError extends Error {
  override name = 'LaunchLoadError'
}

async function loadDefault<T>(file: string, root: string, what: string, define: string): Promise<T> {
  const path = join(root, file)
  if (!existsSync(path))
    throw new LaunchLoadError(`${file}: not found in ${root}. A launch keeps ${what} there (export default ${define}({ … })); npm run new writes a project that has it.`)
  let module: { default?: unknown }
  try {
    module = await import(pathToFileURL(path).href) as { default?: unknown }
  }
  catch (error) {
    throw new LaunchLoadError(`${relative(root, path)} could not be loaded: ${error instanceof Error ? error.message : String(error)}\nFix the file it names (npm run check lists every problem once it loads).`, { cause: error })
  }
  if (!module.default || typeof module.default !== 'object')
    throw new LaunchLoadError(`${file}: has no default export. End it with export default ${define}({ … }) (see launch-kit's README, "Start a launch").`)
  return module.default as T
}

/** The launch's facts, handed to the engine. */
export async function loadLaunchData(root = ROOT): Promise<LaunchData> {
  const data = await loadDefault<LaunchData>('data/index.ts', root, 'its datasets, sources and rules', 'defineData')
  provideData(data)
  return data
}

/** The launch's charts, handed to the engine; load (and validate) the facts first. */
export async function loadLaunchCharts(root = ROOT): Promise<LaunchCharts> {
  const charts = await loadDefault<LaunchCharts>('charts/index.ts', root, 'its chart languages, charts and countries', 'defineCharts')
  provideCharts(charts)
  return charts
}

/** Both, for code that needs the whole launch and has no gate of its own (tests, the benchmark). */
export async function loadLaunch(root = ROOT): Promise<{ data: LaunchData, charts: LaunchCharts }> {
  const data = await loadLaunchData(root)
  return { data, charts: await loadLaunchCharts(root) }
}
