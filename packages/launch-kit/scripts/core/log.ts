/**
 * One progress style for every script:
 *   export: build · 6.1s
 *   export: slides 4/22 · 9.8s
 *     ✓ exports/beyond-economic-considerations-slides.pdf  1.2 MB
 *   export: 3 files in 24.0s
 * Errors go to stderr as "[export] what went wrong. How to fix it."
 */
export interface Log {
  step: (message: string) => void
  progress: (label: string, done: number, total: number) => void
  file: (path: string, bytes: number) => void
  done: (message: string) => void
  error: (message: string) => void
  elapsed: () => number
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024)
    return `${bytes} B`
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toFixed(1)} kB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function createLog(name: string, stream: NodeJS.WritableStream = process.stdout): Log {
  const start = performance.now()
  const elapsed = () => (performance.now() - start) / 1000
  const at = () => `${elapsed().toFixed(1)}s`
  const line = (text: string) => stream.write(`${text}\n`)
  return {
    step: message => line(`${name}: ${message} · ${at()}`),
    progress: (label, done, total) => line(`${name}: ${label} ${done}/${total} · ${at()}`),
    file: (path, bytes) => line(`  ✓ ${path}  ${formatBytes(bytes)}`),
    done: message => line(`${name}: ${message} in ${at()}`),
    error: message => process.stderr.write(`[${name}] ${message}\n`),
    elapsed,
  }
}
