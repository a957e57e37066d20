/**
 * Helpers for a launch's own tests (its tests/, run by vitest): run one of the engine's commands on the launch as a
 * user would, and read a PDF's text. Every command runs in its own process group with a deadline, and `stopAll`
 * stops whatever is still running, so a failed or timed-out test leaves no process behind.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const CLI = fileURLToPath(new URL('../cli.mjs', import.meta.url))

export interface CommandResult {
  code: number | null
  /** stdout and stderr, interleaved as they came. */
  output: string
}

const running = new Set<ChildProcess>()

function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, 'SIGKILL')
    }
    catch {}
  }
}

/**
 * Runs `launch-kit <command> [args]` in `cwd` (the launch's folder by default) and resolves when it exits; past
 * `deadlineMs` its whole process group is killed and the promise rejects with what it printed.
 */
export function runCommand(command: string, args: readonly string[] = [], options: { cwd?: string, deadlineMs?: number, env?: NodeJS.ProcessEnv } = {}): Promise<CommandResult> {
  const { cwd = process.cwd(), deadlineMs = 300_000, env = {} } = options
  const child = spawn(process.execPath, [CLI, command, ...args], { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString() })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop(child)
      reject(new Error(`launch-kit ${command} did not finish within ${deadlineMs / 1000} s and was stopped:\n${output}`))
    }, deadlineMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      running.delete(child)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      running.delete(child)
      resolve({ code, output })
    })
  })
}

/** Stops every command still running (for afterAll / afterEach). */
export function stopAll(): void {
  for (const child of running)
    stop(child)
}

/** The text of each page of a PDF, read with pdfjs. */
export async function pdfPages(path: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.min.mjs')
  const document = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise
  try {
    const pages: string[] = []
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent()
      pages.push(content.items.map(item => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim())
    }
    return pages
  }
  finally {
    await document.destroy()
  }
}

/** One page of a PDF drawn by pdfjs at `dpi` on white, as PNG bytes (for pictures of outputs and pixel checks). */
export async function pdfPagePng(path: string, pageNo: number, dpi = 96): Promise<Buffer> {
  const [{ loadPdfTools }, { createCanvas }] = await Promise.all([import('../scripts/pdf/index'), import('@napi-rs/canvas')])
  const reader = await (await loadPdfTools()).openPdf(new Uint8Array(await readFile(path)))
  try {
    const pixels = await reader.render(pageNo, dpi / 72)
    const canvas = createCanvas(pixels.width, pixels.height)
    const context = canvas.getContext('2d')
    const image = context.createImageData(pixels.width, pixels.height)
    image.data.set(pixels.data)
    context.putImageData(image, 0, 0)
    return canvas.encode('png')
  }
  finally {
    await reader.close()
  }
}
