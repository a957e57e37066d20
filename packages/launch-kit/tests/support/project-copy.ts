/**
 * A throwaway copy of the project's sources (node_modules linked, not copied), so a test can make a realistic
 * mistake in a data file and run the real commands against it without touching the working tree.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { startChild } from './children'
import { SCRIPT_DEADLINE_MS } from './script-run'

const COPIED = ['data', 'charts', 'components', 'public', 'slides.md', 'package.json', 'tsconfig.json']

export interface ProjectCopy {
  root: string
  /** Replaces `find` (which must occur exactly once) with `replace` in a file of the copy. */
  edit: (file: string, find: string, replace: string) => Promise<void>
  /** Runs an engine command (launch-kit's scripts/<name>.ts) with tsx in the copy; killed, and rejecting, past its deadline. */
  run: (script: string, args?: string[], env?: NodeJS.ProcessEnv) => Promise<{ code: number, stdout: string, stderr: string }>
  remove: () => Promise<void>
}

/**
 * node_modules for a copy with an engine of its own: links to this project's packages, except launch-kit, which
 * links to the copy's packages/launch-kit.
 */
async function linkModules(root: string, engine: string): Promise<void> {
  await mkdir(join(root, 'node_modules'))
  for (const name of await readdir(join(ROOT, 'node_modules')))
    await symlink(name === 'launch-kit' ? engine : join(ROOT, 'node_modules', name), join(root, 'node_modules', name), 'dir')
}

/**
 * `withEngine`: the copy gets its own copy of the engine (packages/launch-kit), run by `run()`, so a test can change
 * the engine too (switch a check off to reach the layer below it); otherwise the copy runs this project's engine.
 */
export async function copyProject(options: { withEngine?: boolean } = {}): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), 'deck-copy-'))
  for (const entry of COPIED) {
    await cp(join(ROOT, entry), join(root, entry), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT')
        throw error
    })
  }
  const engine = options.withEngine ? join(root, 'packages', 'launch-kit') : ENGINE
  if (options.withEngine) {
    await cp(ENGINE, engine, { recursive: true, filter: source => !/[\\/](?:node_modules|tests|template)$/.test(source) })
    await linkModules(root, engine)
  }
  else {
    await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
  }
  return {
    root,
    async edit(file, find, replace) {
      const path = join(root, file)
      const text = await readFile(path, 'utf8')
      const count = text.split(find).length - 1
      if (count !== 1)
        throw new Error(`copyProject.edit: "${find}" occurs ${count} times in ${file}; the test must name one place`)
      await writeFile(path, text.replace(find, replace))
    },
    async run(script, args = [], env = {}) {
      const child = startChild(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(engine, 'scripts', `${script}.ts`), ...args], { cwd: root, env: { ...process.env, LAUNCH_KIT_PROJECT: root, ...env }, deadline: SCRIPT_DEADLINE_MS })
      const { code, stdout, stderr } = await child.exited
      return { code: code ?? -1, stdout, stderr }
    },
    remove: () => rm(root, { recursive: true, force: true }),
  }
}
