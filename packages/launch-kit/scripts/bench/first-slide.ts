/**
 * P4 of the benchmark: the built deck as an audience member opens it. Our build and a stock Slidev starter deck
 * (a few plain slides, theme default, fonts provider none; built by the same @slidev/cli) are each served from
 * 127.0.0.1; a fresh Chromium context (empty cache) opens /1, and we record the first contentful paint and every
 * JavaScript byte the page loads until the network is idle.
 */
import type { Browser } from 'playwright-chromium'
import type { Log } from '../core/index'
import type { Summary } from './stats'
import { spawn } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { serveStatic } from '../browser/index'
import { ROOT, SLIDEV_BIN } from '../core/index'
import { buildDeck } from '../deck/index'
import { treeCpu } from './processes'
import { ratio, summarize } from './stats'

/** The starter deck: what `npm init slidev` gives, minus remote fonts (this machine has no internet). */
export const STARTER_SLIDES = `---
theme: default
title: Welcome to Slidev
fonts:
  provider: none
---

# Welcome to Slidev

Presentation slides for developers

---

# What is Slidev?

- Markdown-based slides
- Themable, with Vue components
- Presenter mode, drawing, export

---

# Thank you
`

export interface PageLoad {
  /** First contentful paint, ms after navigation start. */
  fcpMs: number
  /** CPU seconds of the load until the network is idle: the browser's processes and this one's. */
  cpu: number
  /** JavaScript bytes received until network idle (bodies as served, uncompressed). */
  jsBytes: number
  /** The same scripts gzip-compressed, as a production host would send them. */
  jsGzipBytes: number
  jsFiles: number
}

export interface DeckLoad {
  label: string
  fcpMs: Summary
  cpu?: Summary
  jsBytes: number
  jsGzipBytes: number
  jsFiles: number
  /** The scripts of the first run, largest first (name and bytes), to see what a first slide pulls in. */
  scripts: { name: string, bytes: number }[]
}

export interface P4Result {
  ours: DeckLoad
  starter: DeckLoad
  ratios: { fcp: number, jsBytes: number }
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c) => { output += c })
    child.stderr.on('data', (c) => { output += c })
    child.on('error', reject)
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-2000)}`))))
  })
}

/** Builds the starter deck in `dir` (with the project's node_modules linked) into `dir/dist`. */
export async function buildStarter(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'slides.md'), STARTER_SLIDES)
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'slidev-starter', private: true, type: 'module' })}\n`)
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await run(process.execPath, [SLIDEV_BIN, 'build', 'slides.md', '--out', 'dist'], dir)
  return join(dir, 'dist')
}

async function loadOnce(browser: Browser, url: string): Promise<PageLoad & { scripts: { name: string, bytes: number }[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const cpuBefore = treeCpu(process.pid)
  try {
    const page = await context.newPage()
    const bodies: Promise<{ name: string, body: Buffer }>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        bodies.push(response.body().then(body => ({ name: new URL(response.url()).pathname, body })))
    })
    await page.goto(`${url}/1`, { waitUntil: 'networkidle' })
    const fcpMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const seen = performance.getEntriesByName('first-contentful-paint')[0]
      if (seen)
        return resolve(seen.startTime)
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0]
        if (entry)
          resolve(entry.startTime)
      }).observe({ type: 'paint', buffered: true })
    }))
    const scripts = await Promise.all(bodies)
    return {
      fcpMs,
      cpu: treeCpu(process.pid) - cpuBefore,
      jsBytes: scripts.reduce((n, s) => n + s.body.length, 0),
      jsGzipBytes: scripts.reduce((n, s) => n + gzipSync(s.body).length, 0),
      jsFiles: scripts.length,
      scripts: scripts.map(s => ({ name: s.name, bytes: s.body.length })).sort((a, b) => b.bytes - a.bytes),
    }
  }
  finally {
    await context.close()
  }
}

/** Builds both decks, then loads each `runs` times (alternating, after one warm-up load each). */
export async function benchFirstSlide(browser: Browser, dir: string, runs: number, log: Log): Promise<P4Result> {
  log.step('building our deck and the stock starter deck')
  const ourDist = join(dir, 'ours-dist')
  await buildDeck(ourDist)
  const starterDist = await buildStarter(join(dir, 'starter'))
  const servers = [await serveStatic(ourDist), await serveStatic(starterDist)]
  try {
    const labels = ['our deck', 'stock starter deck']
    const loads: Awaited<ReturnType<typeof loadOnce>>[][] = [[], []]
    for (const server of servers)
      await loadOnce(browser, server.url)
    for (let i = 0; i < runs; i++) {
      for (const [k, server] of servers.entries())
        loads[k]!.push(await loadOnce(browser, server.url))
    }
    const summary = (k: number): DeckLoad => {
      const list = loads[k]!
      const first = list[0]!
      return { label: labels[k]!, fcpMs: summarize(list.map(l => l.fcpMs)), cpu: summarize(list.map(l => l.cpu)), jsBytes: first.jsBytes, jsGzipBytes: first.jsGzipBytes, jsFiles: first.jsFiles, scripts: first.scripts }
    }
    const ours = summary(0)
    const starter = summary(1)
    return { ours, starter, ratios: { fcp: ratio(ours.fcpMs, starter.fcpMs), jsBytes: ours.jsBytes / starter.jsBytes } }
  }
  finally {
    for (const server of servers)
      await server.close()
  }
}
