/**
 * The Vite plugins that put a launch into the engine's browser code, for the deck's build and dev server (the
 * engine's vite.config.ts) and the chart kit's bundles (scripts/kit/bundle.ts):
 * - `launchModules`: the engine's pages import the launch as `#launch/charts` (its charts/index.ts), `#launch/event`
 *   (data/event.ts) and `#launch/facts` (charts/facts.ts); here those names point at the files of the project being
 *   built, so the engine never names a launch's path itself;
 * - `launchValuesAsJson`: in a build, the event and the facts are plain values, so they are written as JSON
 *   (evaluated with tsx when the build loads them, from the same modules): the first slide then loads a few hundred
 *   bytes of data instead of the modules behind them. The dev server (npm run present) keeps the live modules, so an
 *   edit in data/ shows at once.
 */
import type { Plugin } from 'vite'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where each module a page imports by name sits in a launch, and what it exports. */
export const LAUNCH_MODULES = {
  '#launch/charts': { file: 'charts/index.ts', exported: 'default' },
  '#launch/event': { file: 'data/event.ts', exported: 'event' },
  '#launch/facts': { file: 'charts/facts.ts', exported: 'facts' },
} as const

type ModuleName = keyof typeof LAUNCH_MODULES

export function launchModules(root?: string): Plugin {
  return {
    name: 'launch-kit:launch-modules',
    enforce: 'pre',
    config: config => ({
      resolve: {
        alias: Object.entries(LAUNCH_MODULES).map(([find, { file }]) => ({ find, replacement: join(root ?? config.root ?? process.cwd(), file) })),
      },
    }),
  }
}

/** The event and the facts as JSON in a build (see above). */
export function launchValuesAsJson(): Plugin {
  let files = new Map<string, ModuleName>()
  return {
    name: 'launch-kit:launch-values-as-json',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      files = new Map((['#launch/event', '#launch/facts'] as const).map(name => [join(config.root, LAUNCH_MODULES[name].file), name]))
    },
    async load(id) {
      const file = id.split('?')[0]!
      const name = files.get(file)
      if (!name)
        return null
      // tsx evaluates the launch's TypeScript (and what it imports) in this process, as the commands do.
      const { tsImport } = await import('tsx/esm/api')
      const module = await tsImport(pathToFileURL(file).href, import.meta.url) as Record<string, unknown>
      const exported = LAUNCH_MODULES[name].exported
      return `export const ${exported} = ${JSON.stringify(module[exported])}\n`
    },
  }
}
