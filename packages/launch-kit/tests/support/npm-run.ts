/**
 * Runs `npm run <script>` in this project the way a user types it in a terminal: npm leads a process group of its own
 * (the terminal's foreground group), so a Ctrl-C can be sent the way a terminal sends it, to every process of the
 * group at once (interrupt()). Marked like script-run.ts's runs (a private TMPDIR, a marker in the environment) so the
 * test sees every process it started and everything it left in the temp folder.
 */
import type { ScriptRun } from './script-run'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { ROOT } from 'launch-kit/scripts/core/paths'
import { startChild, waitForOutput, withDeadline } from './children'
import { killAll, SCRIPT_MARKER_ENV, watchProcesses } from './processes'
import { SCRIPT_DEADLINE_MS } from './script-run'

export interface NpmRun extends ScriptRun {
  /** Sends `signal` to the whole process group, as a terminal sends Ctrl-C (SIGINT) to its foreground group. */
  signalGroup: (signal: NodeJS.Signals) => void
}

/** npm's own launcher when the tests run under npm (npm test), else `npm` from PATH. */
function npmCommand(): string[] {
  const cli = process.env.npm_execpath
  return cli && /npm-cli\.js$/.test(cli) ? [process.execPath, cli] : ['npm']
}

export function startNpm(script: string, args: readonly string[], options: { env?: Record<string, string>, deadline?: number } = {}): NpmRun {
  const tmp = mkdtempSync(`${tmpdir()}/deck-npm-tmp-`)
  const marker = randomUUID()
  const [command, ...pre] = npmCommand()
  const child = startChild(command!, [...pre, 'run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, TMPDIR: tmp, [SCRIPT_MARKER_ENV]: marker },
    deadline: options.deadline ?? SCRIPT_DEADLINE_MS,
  })
  const watch = watchProcesses(SCRIPT_MARKER_ENV, marker)
  const exited = child.exited.then((result) => {
    watch.tick()
    return result
  })
  exited.catch(() => {})
  return {
    pid: child.pid,
    tmp,
    watch,
    output: child.output,
    signalGroup: (signal) => {
      process.kill(-child.pid, signal)
    },
    waitFor: (pattern, timeout = 180_000) => waitForOutput(child, `npm run ${script}`, pattern, timeout),
    exited,
    dispose: async () => {
      const left = watch.alive()
      watch.stop()
      killAll(left)
      await withDeadline(child.stop(0), 20_000, () => `npm run ${script} (pid ${child.pid}) did not exit after SIGKILL`)
      rmSync(tmp, { recursive: true, force: true })
      return left
    },
  }
}
