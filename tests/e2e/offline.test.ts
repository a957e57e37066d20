/**
 * Offline and private: the built deck and the dev server (npm run present) show every slide and the presenter
 * view without one request leaving this machine; the dev server listens on 127.0.0.1 only and refuses --remote
 * without a password; and a chart that throws leaves its data table on the slide and an error in the console.
 */
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-chromium'
import type { DeckSession } from '../support/deck-page'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { getChart } from '../../charts/registry'
import { findBrowser, keepLocal, launchBrowser } from '../../scripts/browser/index'
import { ROOT } from '../../scripts/core/paths'
import { readDeck } from '../../scripts/deck/index'
import { checkSlide } from '../../scripts/lint/rules'
import { CANVAS, measure, openSlide, slideSelector, waitForSlide } from '../../scripts/lint/walk'
import { openDeck } from '../support/deck-page'

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/** Steps through slides 1..total with the arrow key, as a presenter does, under `prefix` ('' or '/presenter'). */
async function step(page: Page, url: string, prefix: string, total: number): Promise<void> {
  await page.goto(`${url}${prefix}/1`)
  await waitForSlide(page, 1, 60_000) // the dev server compiles the client on the first request
  for (let no = 2; no <= total; no++) {
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(new RegExp(`${prefix}/${no}(\\?|$)`))
    await waitForSlide(page, no)
  }
}

/** Every slide in the audience view, then in the presenter view. */
async function walk(page: Page, url: string, total: number): Promise<void> {
  await step(page, url, '', total)
  await step(page, url, '/presenter', total)
}

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  server.close()
  await once(server, 'close')
  return port
}

/** Resolves when `url` answers; rejects if the process exits first or `timeout` passes. */
async function waitForServer(url: string, child: ChildProcess, output: () => string, timeout = 90_000): Promise<void> {
  const deadline = Date.now() + timeout
  let exited = false
  child.once('exit', () => { exited = true })
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(`npm run present exited before serving:\n${output()}`)
    try {
      if ((await fetch(url)).ok)
        return
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 250)) // poll interval, not a wait for readiness
  }
  throw new Error(`npm run present did not answer on ${url} within ${timeout} ms:\n${output()}`)
}

/** Stops the process group started with `detached: true` (tsx, present.ts and the Slidev server it spawned). */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
    return
  const exited = once(child, 'exit')
  process.kill(-child.pid, 'SIGTERM')
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    }
    catch {}
  }, 5000)
  await exited
  clearTimeout(timer)
}

/** The local addresses something listens on at TCP `port`, read from /proc/net/tcp and tcp6 (Linux). */
function listenAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const decode = (hex: string) => hex.length === 8
    ? hex.match(/../g)!.reverse().map(b => Number.parseInt(b, 16)).join('.')
    : ({ '00000000000000000000000000000000': '::', '00000000000000000000000001000000': '::1' } as Record<string, string>)[hex] ?? hex
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) => {
    const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').slice(1) : []
    return lines.map(line => line.trim().split(/\s+/)).filter(f => f[3] === '0A' && f[1]!.endsWith(`:${hexPort}`)).map(f => decode(f[1]!.split(':')[0]!))
  })
}

/** True when something accepts a TCP connection on host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 })
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => { socket.destroy(); resolve(false) })
  })
}

let total: number
let slideOf: (chartId: string) => number

beforeAll(async () => {
  const deck = await readDeck()
  total = deck.slides.length
  slideOf = (chartId) => {
    const slide = deck.slides.find(s => s.charts.includes(chartId))
    if (!slide)
      throw new Error(`no slide places chart ${chartId}`)
    return slide.no
  }
})

describe('the built deck', () => {
  let session: DeckSession

  beforeAll(async () => {
    session = await openDeck(inject('distDir'))
  })

  afterAll(async () => {
    await session?.close()
  })

  it('shows every slide and the presenter view without a request off this machine', async () => {
    await walk(session.page, session.url, total)
    expect(session.blocked).toEqual([])
    expect(session.errors).toEqual([])
  })

  it('shows the data table in place of a chart that throws, and logs the error', async () => {
    const { url } = session
    const broken = 'first-deliveries'
    // A page of its own, broken before its first load: nothing from the walk above (a loaded document, its
    // listeners) can stand between the fault and the chart.
    const page = await session.context.newPage()
    const errors: string[] = []
    page.on('console', message => (message.type() === 'error' ? errors.push(message.text()) : undefined))
    // The broken chart's canvas is known by its figure or, should Chart.js reach it before it is in the figure, by
    // its aria-label (vue-chartjs sets it when it creates the canvas).
    await page.addInitScript(({ id, label }) => {
      const getContext = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
        if (this.closest(`[data-chart-id="${id}"]`) || this.getAttribute('aria-label') === label)
          throw new Error(`test: canvas of ${id} refuses to draw`)
        return getContext.apply(this, args)
      } as typeof getContext
    }, { id: broken, label: getChart(broken).altText })
    const no = slideOf(broken)
    await openSlide(page, url, no)
    const figure = page.locator(`${slideSelector(no)} [data-chart-id="${broken}"]`)
    expect(await figure.getAttribute('data-chart-state')).toBe('error')
    const table = figure.locator(`table[data-chart-table="${broken}"]`)
    expect(await table.isVisible()).toBe(true)
    const rows = getChart(broken).table.rows
    expect(await table.locator('tbody tr').count()).toBe(rows.length)
    expect(await table.locator('tbody tr').first().textContent()).toContain(rows[0]!.label)
    expect(await figure.locator('canvas').count()).toBe(0)
    expect(errors.some(e => e.includes(`[ChartFigure] chart "${broken}" could not be drawn`)), errors.join('\n')).toBe(true)
    // The Zoom lint reports the fallback, so a broken chart cannot pass unnoticed.
    const violations = checkSlide(no, await measure(page, slideSelector(no)))
    expect(violations.map(v => `${v.rule} ${v.element}`)).toContain(`chart-missing chart ${broken}`)
    // Other charts still draw.
    const other = slideOf('chinese-vaccine-doses')
    await openSlide(page, url, other)
    expect(await page.locator(`${slideSelector(other)} [data-chart-id="chinese-vaccine-doses"]`).getAttribute('data-chart-state')).toBe('ok')
    await page.close()
  })
})

describe('npm run present (Slidev dev server)', () => {
  it('refuses --remote without a password, saying how to give one', async () => {
    const child = spawn(process.execPath, [TSX, 'scripts/present.ts', '--remote='], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout!.on('data', (chunk) => { output += chunk })
    child.stderr!.on('data', (chunk) => { output += chunk })
    try {
      const [code] = await once(child, 'exit') as [number | null]
      expect(code).not.toBe(0)
      expect(output).toMatch(/--remote needs a password/)
    }
    finally {
      await stopGroup(child)
    }
  })

  it('serves on 127.0.0.1 only, and every slide and the presenter view stay on this machine', async () => {
    const port = await freePort()
    const child = spawn(process.execPath, [TSX, 'scripts/present.ts', '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let output = ''
    child.stdout!.on('data', (chunk) => { output += chunk })
    child.stderr!.on('data', (chunk) => { output += chunk })
    const browser = await launchBrowser(findBrowser())
    try {
      const url = `http://127.0.0.1:${port}`
      await waitForServer(`${url}/`, child, () => output)
      // Bound to the loopback address only: not 0.0.0.0, not ::, whether or not this machine has a LAN address.
      expect(listenAddresses(port)).toEqual(['127.0.0.1'])
      const lan = Object.values(networkInterfaces()).flat().find(i => i && i.family === 'IPv4' && !i.internal)
      if (lan)
        expect(await accepts(lan.address, port), `the dev server answers on ${lan.address}`).toBe(false)

      const context = await browser.newContext({ viewport: CANVAS })
      const blocked = await keepLocal(context)
      await walk(await context.newPage(), url, total)
      expect(blocked).toEqual([])
    }
    finally {
      await browser.close()
      await stopGroup(child)
    }
  })
})
