/**
 * The processes a test run started, found in /proc (Linux): every process whose environment carries the run's
 * marker variable, plus every process in the process group of one of them. Chromium's zygotes and renderers
 * overwrite their environment block (setproctitle), so they are found through the group: Playwright starts the
 * browser as a group leader, and the watcher remembers each group while its leader is alive.
 */
import { readdirSync, readFileSync } from 'node:fs'

export const MARKER_ENV = 'DECK_TEST_RUN'

export interface ProcessInfo {
  pid: number
  pgid: number
  /** The command line, spaces between arguments. */
  cmd: string
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  }
  catch {
    return undefined
  }
}

function processInfo(pid: number): ProcessInfo | undefined {
  const stat = read(`/proc/${pid}/stat`)
  if (!stat)
    return undefined
  // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so read after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return { pid, pgid: Number(fields[2]), cmd: (read(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim() }
}

function allPids(): number[] {
  return readdirSync('/proc').filter(name => /^\d+$/.test(name)).map(Number)
}

function carries(pid: number, marker: string): boolean {
  return (read(`/proc/${pid}/environ`) ?? '').split('\0').includes(`${MARKER_ENV}=${marker}`)
}

export interface ProcessWatch {
  /** Looks once more and remembers the groups of marked processes. */
  tick: () => void
  /** The run's processes alive now. */
  alive: () => ProcessInfo[]
  stop: () => void
}

/** Watches the processes of the run marked `marker`, every `every` ms, until stopped. */
export function watchProcesses(marker: string, every = 100): ProcessWatch {
  const groups = new Set<number>()
  const scan = (): ProcessInfo[] => {
    const found: ProcessInfo[] = []
    for (const pid of allPids()) {
      if (pid === process.pid)
        continue
      const info = processInfo(pid)
      if (!info)
        continue
      if (carries(pid, marker)) {
        found.push(info)
        if (info.pgid === pid)
          groups.add(pid)
      }
      else if (groups.has(info.pgid)) {
        found.push(info)
      }
    }
    return found
  }
  const timer = setInterval(scan, every)
  return {
    tick: () => void scan(),
    alive: () => {
      scan()
      return scan() // twice: the first pass may learn a group whose members were listed before their leader
    },
    stop: () => clearInterval(timer),
  }
}

/** Waits (polling, up to `timeout` ms) until the run has no process left; returns what is still alive then. */
export async function settle(watch: ProcessWatch, timeout = 10_000): Promise<ProcessInfo[]> {
  const deadline = Date.now() + timeout
  let left = watch.alive()
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 100)) // poll interval while processes exit
    left = watch.alive()
  }
  return left
}
