/** The facts a benchmark result is only meaningful with: the machine, the versions, and how busy it was. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../core/index'

export interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  os: string
  node: string
  chromium: string
  chromiumPath: string
  slidev: string
  playwright: string
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
  }
  catch {
    return '?'
  }
}

/** `chromium --version`, e.g. "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)". */
function browserVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim()
  }
  catch {
    return '?'
  }
}

export function machineFacts(chromiumPath: string): Machine {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model.trim() ?? '?',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: browserVersion(chromiumPath),
    chromiumPath,
    slidev: packageVersion('@slidev/cli'),
    playwright: packageVersion('playwright-chromium'),
  }
}

/** 1-minute load average, rounded: above the core count the figures are not worth much. */
export function load(): number {
  return Math.round(loadavg()[0]! * 100) / 100
}
