/** `slidev build` of the deck into a folder, as a child process that never outlives the run. */
import { spawn } from 'node:child_process'
import { ROOT, SLIDES, SLIDEV_BIN } from '../core/index'
import { onInterrupt } from '../output/index'

export interface BuildOptions {
  entry?: string
  base?: string
  /** Stops the build (the child is killed and the promise rejects), e.g. when the browser failed to start. */
  signal?: AbortSignal
}

/**
 * Runs `slidev build` into `outDir`; rejects with Slidev's output when it fails. The child never outlives the run:
 * it is killed when `signal` aborts and, on Ctrl-C or SIGTERM sent to this process alone, by the interrupt handler.
 */
export function buildDeck(outDir: string, options: BuildOptions = {}): Promise<void> {
  const args = [SLIDEV_BIN, 'build', options.entry ?? SLIDES, '--out', outDir, ...(options.base ? ['--base', options.base] : [])]
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted)
      return reject(new Error('slidev build was not started: the run was cancelled'))
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const stopWith = (signal: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null)
        child.kill(signal)
    }
    const stop = () => stopWith('SIGTERM')
    // On Ctrl-C the run is abandoned and its folders removed at once: a build stopped with SIGTERM went on writing
    // for up to 0.4 s and could create its output folder again inside the removed work folder; SIGKILL ends it there.
    const forget = onInterrupt(() => stopWith('SIGKILL'))
    options.signal?.addEventListener('abort', stop, { once: true })
    let output = ''
    child.stdout.on('data', (chunk) => { output += chunk })
    child.stderr.on('data', (chunk) => { output += chunk })
    child.on('error', (error) => {
      forget()
      reject(error)
    })
    child.on('close', (code, signal) => {
      forget()
      options.signal?.removeEventListener('abort', stop)
      if (code === 0)
        resolve()
      else if (options.signal?.aborted)
        reject(new Error('slidev build was stopped: the run was cancelled'))
      else
        reject(new Error(`slidev build failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-30).join('\n')}`))
    })
  })
}
