/**
 * Runs one command for the benchmark and measures it from outside: wall time, the CPU time of the whole process tree
 * and its peak memory (the command, npm/npx wrappers, Node, the Slidev build, every Chromium process), the memory
 * sampled from /proc every ~100 ms. Linux only; elsewhere memory and CPU are reported as 0.
 *
 * CPU: the command runs under a small Node wrapper that waits for it (spawnSync) and then reads its own children's
 * CPU time from /proc/self/stat (cutime + cstime): the kernel adds there the user and system time of every process
 * of the tree once it has been waited for, however short-lived — which sampling would miss.
 *
 * Two memory figures per sample, each summed over the tree:
 *   rss  VmRSS of every process (what `top` shows; pages shared between Chromium processes count once per process)
 *   pss  Pss from smaps_rollup (shared pages split between the processes sharing them: the tree's real footprint)
 */
import { execFileSync, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface ProcRun {
  command: string
  code: number | null
  /** Seconds from spawn to exit. */
  wall: number
  /** CPU seconds (user + system) of the whole tree. */
  cpu: number
  /** Peak of the summed VmRSS of the tree, in bytes. */
  peakRss: number
  /** Peak of the summed Pss of the tree, in bytes. */
  peakPss: number
  /** Peak of the summed VmRSS without the processes ProcOptions.exclude names (e.g. the Slidev build). */
  peakRssOutside: number
  /** Most processes seen in the tree at once. */
  peakProcesses: number
  stdout: string
  stderr: string
}

export interface ProcOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Milliseconds between memory samples. */
  sampleMs?: number
  /** Kill the tree after this many milliseconds (the run then has code null). */
  timeoutMs?: number
  /** Processes (and their children) whose command line matches are left out of peakRssOutside. */
  exclude?: RegExp
}

const HAS_PROC = process.platform === 'linux'

/** Parent pid of every process, read from /proc/<pid>/stat (the field after the parenthesised name). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid))
      continue
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(pid)
      children.set(ppid, list)
    }
    catch {} // the process ended while we looked
  }
  return children
}

export function processTree(root: number): number[] {
  return walkTree(root).map(p => p.pid)
}

/** The tree under `root`, each process flagged when it or an ancestor matches `exclude` (by command line). */
function walkTree(root: number, exclude?: RegExp): { pid: number, excluded: boolean }[] {
  if (!HAS_PROC)
    return [{ pid: root, excluded: false }]
  const children = parentMap()
  const tree: { pid: number, excluded: boolean }[] = []
  const queue = [{ pid: root, excluded: false }]
  while (queue.length > 0) {
    const next = queue.shift()!
    const excluded = next.excluded || (exclude !== undefined && exclude.test(commandLine(next.pid)))
    tree.push({ pid: next.pid, excluded })
    queue.push(...(children.get(next.pid) ?? []).map(pid => ({ pid, excluded })))
  }
  return tree
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
  }
  catch {
    return ''
  }
}

/** kB field of a /proc status-style file, in bytes; 0 when the process is gone. */
function kbField(path: string, field: string): number {
  try {
    const match = readFileSync(path, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
    return match ? Number(match[1]) * 1024 : 0
  }
  catch {
    return 0
  }
}

export interface TreeMemory {
  rss: number
  pss: number
  /** RSS of the processes outside the excluded subtrees. */
  rssOutside: number
  processes: number
}

/** `withoutRoot`: leave the root process out (the benchmark's wrapper). */
export function treeMemory(root: number, exclude?: RegExp, withoutRoot = false): TreeMemory {
  if (!HAS_PROC)
    return { rss: 0, pss: 0, rssOutside: 0, processes: 1 }
  const tree = walkTree(root, exclude).filter(p => !withoutRoot || p.pid !== root)
  let rss = 0
  let pss = 0
  let rssOutside = 0
  for (const { pid, excluded } of tree) {
    const own = kbField(`/proc/${pid}/status`, 'VmRSS')
    rss += own
    rssOutside += excluded ? 0 : own
    pss += kbField(`/proc/${pid}/smaps_rollup`, 'Pss')
  }
  return { rss, pss, rssOutside, processes: tree.length }
}

/**
 * The wrapper: runs the command with the wrapper's stdin, stdout and stderr, exits with its code, and writes the CPU
 * seconds of its tree to fd 3. /proc/self/stat's fields after the name: cutime and cstime are the 14th and 15th.
 */
const WRAPPER = `
const { spawnSync, execFileSync } = require('node:child_process')
const { readFileSync, writeSync } = require('node:fs')
const [command, ...args] = process.argv.slice(1)
const run = spawnSync(command, args, { stdio: 'inherit' })
const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
writeSync(3, String((Number(fields[13]) + Number(fields[14])) / ticks))
process.exit(run.status ?? 1)
`

/** Runs `command args` (no shell) and measures it. Never rejects on a non-zero exit: the caller decides. */
export function measure(command: string, args: readonly string[], options: ProcOptions): Promise<ProcRun> {
  const { cwd, env = process.env, sampleMs = 100, timeoutMs, exclude } = options
  return new Promise((resolve, reject) => {
    const started = performance.now()
    // Its own process group, so a timeout can end the whole tree with one signal.
    const child = HAS_PROC
      ? spawn(process.execPath, ['-e', WRAPPER, command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], detached: true })
      : spawn(command, [...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let cpu = ''
    child.stdio[3]?.on('data', (chunk) => { cpu += chunk })
    let stdout = ''
    let stderr = ''
    let peakRss = 0
    let peakPss = 0
    let peakRssOutside = 0
    let peakProcesses = 0
    child.stdout?.on('data', (chunk) => { stdout += chunk })
    child.stderr?.on('data', (chunk) => { stderr += chunk })
    const sample = () => {
      if (child.pid === undefined)
        return
      // The wrapper itself is left out: it is not part of the command.
      const now = treeMemory(child.pid, exclude, HAS_PROC)
      peakRss = Math.max(peakRss, now.rss)
      peakRssOutside = Math.max(peakRssOutside, now.rssOutside)
      peakPss = Math.max(peakPss, now.pss)
      peakProcesses = Math.max(peakProcesses, now.processes)
    }
    const timer = setInterval(sample, sampleMs)
    const killer = timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          stderr += `\n[bench] killed after ${timeoutMs} ms`
          if (child.pid !== undefined)
            process.kill(-child.pid, 'SIGKILL')
        }, timeoutMs)
    child.on('error', (error) => {
      clearInterval(timer)
      clearTimeout(killer)
      reject(error)
    })
    child.on('close', (code) => {
      clearInterval(timer)
      clearTimeout(killer)
      resolve({ command: [command, ...args].join(' '), code, wall: (performance.now() - started) / 1000, cpu: Number(cpu) || 0, peakRss, peakPss, peakRssOutside, peakProcesses, stdout, stderr })
    })
  })
}

let clockTicks: number | undefined

/**
 * CPU seconds the tree under `root` (itself included) has used so far: user and system time of each live process plus
 * that of its children already waited for (cutime, cstime). Two readings around a step give the step's CPU, browser
 * processes included. 0 where there is no /proc.
 */
export function treeCpu(root: number): number {
  if (!HAS_PROC)
    return 0
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  let ticks = 0
  for (const pid of processTree(root)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    }
    catch {} // it ended while we looked
  }
  return ticks / clockTicks
}
