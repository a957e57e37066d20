/**
 * A throwaway copy of the project's sources (node_modules linked, not copied), so a test can make a realistic
 * mistake in a data file and run the real commands against it without touching the working tree.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
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

export async function copyProject(): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), 'deck-copy-'))
  for (const entry of COPIED)
    await cp(join(ROOT, entry), join(root, entry), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT')
        throw error
    })
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
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
      const child = startChild(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ENGINE, 'scripts', `${script}.ts`), ...args], { cwd: root, env: { ...process.env, ...env }, deadline: SCRIPT_DEADLINE_MS })
      const { code, stdout, stderr } = await child.exited
      return { code: code ?? -1, stdout, stderr }
    },
    remove: () => rm(root, { recursive: true, force: true }),
  }
}
