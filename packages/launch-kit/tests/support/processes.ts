/**
 * The processes a test run started, found in /proc (Linux): every process whose environment carries a marker
 * variable with a given value, plus every process in the process group of one of them. Chromium's zygotes and
 * renderers overwrite their environment block (setproctitle), so they are found through the group: Playwright
 * starts the browser as a group leader, and the watcher remembers each group while its leader is alive.
 *
 * Three markers, from wide to narrow (each process carries all that apply, so each watch sees its own):
 *   - RUN_MARKER_ENV: the whole `vitest run` (vitest.config.ts makes it; tests/support/mark-processes.ts sets it in
 *     every test worker's environment, so every child of every test inherits it). The global teardown
 *     (tests/support/process-guard.ts) fails the run if a process carrying it is alive at the end.
 *   - FILE_MARKER_ENV: one test file; its afterAll (mark-processes.ts) stops what the file left and fails the file.
 *   - SCRIPT_MARKER_ENV: one command started by script-run.ts, so a test can check that command left nothing.
 */
import { readdirSync, readFileSync } from 'node:fs'

export const RUN_MARKER_ENV = 'DECK_TEST_RUN'
export const FILE_MARKER_ENV = 'DECK_TEST_FILE'
export const SCRIPT_MARKER_ENV = 'DECK_TEST_SCRIPT'

export interface ProcessInfo {
  pid: number
  pgid: number
  /** Start time, in clock ticks since boot (/proc/<pid>/stat field 22). */
  start: number
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
  // "pid (comm) state ppid pgrp … starttime(22)"; comm may hold spaces and parentheses, so read after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  if (fields[0] === 'Z') // a zombie has exited; only its parent's wait is missing
    return undefined
  return { pid, pgid: Number(fields[2]), start: Number(fields[19]), cmd: (read(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim() }
}

function allPids(): number[] {
  return readdirSync('/proc').filter(name => /^\d+$/.test(name)).map(Number)
}

/** Clock ticks since boot now (Linux's USER_HZ is 100 on every architecture it runs on). */
function ticksNow(): number {
  return Math.floor(Number((read('/proc/uptime') ?? '0').split(' ')[0]) * 100)
}

function carries(pid: number, entry: string): boolean {
  return (read(`/proc/${pid}/environ`) ?? '').split('\0').includes(entry)
}

export interface ProcessWatch {
  /** Looks once more and remembers the groups of marked processes. */
  tick: () => void
  /** The marked processes alive now. */
  alive: () => ProcessInfo[]
  stop: () => void
}

interface Group {
  /** The leader's start time: a later process with the same pid is another process. */
  leaderStart: number
  /** When the leader was first seen gone (clock ticks); members started after it belong to someone else's group. */
  leaderGone?: number
}

/**
 * Watches the processes whose environment has `variable=value`, every `every` ms, until stopped. Group members are
 * counted only while they can still be the group's: pids are reused, so a group is forgotten once another process
 * holds its leader's pid, and a process that started after the leader died is never counted as a member.
 */
export function watchProcesses(variable: string, value: string, every = 100): ProcessWatch {
  const entry = `${variable}=${value}`
  const groups = new Map<number, Group>()
  const scan = (): ProcessInfo[] => {
    const infos = allPids().filter(pid => pid !== process.pid).map(processInfo).filter(info => info !== undefined)
    const byPid = new Map(infos.map(info => [info.pid, info]))
    for (const [pgid, group] of groups) {
      const leader = byPid.get(pgid)
      if (leader && leader.start !== group.leaderStart)
        groups.delete(pgid)
      else if (!leader && group.leaderGone === undefined)
        group.leaderGone = ticksNow()
    }
    const found: ProcessInfo[] = []
    for (const info of infos) {
      if (carries(info.pid, entry)) {
        found.push(info)
        if (info.pgid === info.pid && !groups.has(info.pid))
          groups.set(info.pid, { leaderStart: info.start })
        continue
      }
      const group = groups.get(info.pgid)
      if (group && info.start >= group.leaderStart && (group.leaderGone === undefined || info.start <= group.leaderGone))
        found.push(info)
    }
    return found
  }
  const timer = setInterval(scan, every)
  timer.unref()
  return {
    tick: () => void scan(),
    alive: () => {
      scan()
      return scan() // twice: the first pass may learn a group whose members were listed before their leader
    },
    stop: () => clearInterval(timer),
  }
}

/** Waits (polling, up to `timeout` ms) until the watch sees no process; returns what is still alive then. */
export async function settle(watch: ProcessWatch, timeout = 10_000): Promise<ProcessInfo[]> {
  const deadline = Date.now() + timeout
  let left = watch.alive()
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 100)) // poll interval while processes exit
    left = watch.alive()
  }
  return left
}

/** SIGKILLs each process and each group led by one of them; a process already gone is skipped. */
export function killAll(processes: ProcessInfo[]): void {
  for (const p of processes) {
    for (const target of p.pgid === p.pid ? [-p.pid, p.pid] : [p.pid]) {
      try {
        process.kill(target, 'SIGKILL')
      }
      catch {}
    }
  }
}

/** One line per process, for a failure message. */
export function describeProcesses(processes: ProcessInfo[]): string {
  return processes.map(p => `  pid ${p.pid} (group ${p.pgid}): ${p.cmd.slice(0, 200)}`).join('\n')
}
