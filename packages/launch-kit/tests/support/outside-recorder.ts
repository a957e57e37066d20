/**
 * Where a browser's pages send requests, recorded from outside the product: not the export's own recorder
 * (scripts/browser/launch.ts keepLocal, which sees only what its Playwright routes see), but a second client on the
 * browser's DevTools port. For an export the browser is started through a wrapper (its --browser) that adds the
 * port; the recorder connects to it as soon as it listens and watches every page of every context: Chrome DevTools
 * Protocol Network.requestWillBeSent on a session of its own, Playwright's request and websocket events, and the
 * service workers the browser runs.
 */
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { findBrowser } from 'launch-kit/scripts/browser/index'
import { chromium } from 'playwright-chromium'

export interface Recording {
  /** Every page's address, as it navigated (the print page, the handout, the run of show, …). */
  pages: string[]
  /** Every request a page or worker sent, by CDP (requestWillBeSent) and by Playwright's request event. */
  requests: string[]
  websockets: string[]
  serviceWorkers: string[]
  /** What went wrong while recording (a session that could not be opened), for the failure message. */
  errors: string[]
}

/** A free TCP port on 127.0.0.1, for the DevTools server. */
export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  server.close()
  await once(server, 'close')
  return port
}

/** Addresses of this machine: anything else is a request off it. */
export function isLocal(url: string): boolean {
  try {
    const parsed = new URL(url)
    if (['data:', 'blob:', 'about:', 'chrome:', 'chrome-error:', 'devtools:'].includes(parsed.protocol))
      return true
    return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  }
  catch {
    return false
  }
}

/** Everything recorded that left, or tried to leave, this machine. */
export function offMachine(recording: Recording): string[] {
  return [...recording.requests, ...recording.websockets, ...recording.serviceWorkers].filter(url => !isLocal(url))
}

function watchPage(page: Page, recording: Recording): void {
  recording.pages.push(page.url())
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame())
      recording.pages.push(frame.url())
  })
  page.on('request', request => void recording.requests.push(request.url()))
  page.on('websocket', socket => void recording.websockets.push(socket.url()))
  void page.context().newCDPSession(page).then(async (session) => {
    session.on('Network.requestWillBeSent', event => void recording.requests.push(event.request.url))
    session.on('Network.webSocketCreated', event => void recording.websockets.push(event.url))
    await session.send('Network.enable')
  }).catch((error: unknown) => {
    // A page that closes while the session opens (the export's short-lived probe pages) is not a fault.
    if (!page.isClosed())
      recording.errors.push(`CDP session on ${page.url()}: ${error instanceof Error ? error.message : String(error)}`)
  })
}

function watchContext(context: BrowserContext, recording: Recording): void {
  context.pages().forEach(page => watchPage(page, recording))
  context.on('page', page => watchPage(page, recording))
  context.serviceWorkers().forEach(worker => void recording.serviceWorkers.push(worker.url()))
  context.on('serviceworker', worker => void recording.serviceWorkers.push(worker.url()))
}

/** Connects to the DevTools port and records until the browser goes away or `stop` is called. */
export async function spyOn(port: number, recording: Recording): Promise<Browser> {
  const spy = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  spy.contexts().forEach(context => watchContext(context, recording))
  return spy
}

export interface OutsideRecorder {
  /** The wrapper to give the command as --browser: the browser found as usual, with a DevTools port. */
  browserPath: string
  recording: Recording
  /**
   * Connects as soon as the browser listens, and records until it goes away. Resolves once connected; rejects if
   * `exited` settles first (the command ended before starting its browser).
   */
  attach: (exited: Promise<unknown>) => Promise<void>
  stop: () => Promise<void>
}

/** A recorder for a command's browser; the wrapper script is written into `dir`. */
export async function outsideRecorder(dir: string): Promise<OutsideRecorder> {
  const port = await freePort()
  const real = findBrowser().path
  const browserPath = join(dir, `browser-with-devtools-${port}.sh`)
  await writeFile(browserPath, `#!/bin/sh\nexec ${JSON.stringify(real)} --remote-debugging-port=${port} --remote-debugging-address=127.0.0.1 "$@"\n`, { mode: 0o755 })
  const recording: Recording = { pages: [], requests: [], websockets: [], serviceWorkers: [], errors: [] }
  let spy: Browser | undefined
  const state = { ended: false }
  return {
    browserPath,
    recording,
    attach: async (exited) => {
      void exited.finally(() => { state.ended = true })
      while (!state.ended) {
        const listening = await fetch(`http://127.0.0.1:${port}/json/version`).then(r => r.ok, () => false)
        if (listening) {
          spy = await spyOn(port, recording)
          return
        }
        await new Promise(resolve => setTimeout(resolve, 50)) // poll interval while the browser starts
      }
      throw new Error(`the command ended before its browser listened on port ${port}`)
    },
    stop: async () => {
      await spy?.close().catch(() => {})
    },
  }
}
