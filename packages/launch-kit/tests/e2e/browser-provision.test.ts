/**
 * Getting a browser, with real binaries: an explicit path, a Chromium on PATH, and, when nothing is found, the
 * provisioning order — Playwright's download first (here pointed at a host that refuses or never answers, so the
 * test is the same on a machine with internet), then the npm registry's Chromium, unpacked into a fresh folder and
 * started. Each browser got is launched and prints the probe PDF the export checks before it starts.
 */
import type { AddressInfo, Server, Socket } from 'node:net'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { browserLine, findBrowser, getBrowser, launchBrowser, printingProblems, provisionBrowser } from 'launch-kit/scripts/browser/index'
import { npmChromium } from 'launch-kit/scripts/browser/provisioned'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { budget } from '../support/budget'

/** Launches `found`, checks it prints what the export needs, and returns its one line. */
async function launchAndProbe(found: Parameters<typeof launchBrowser>[0]): Promise<string> {
  const browser = await launchBrowser(found)
  try {
    expect(await printingProblems(browser)).toEqual([])
    return browserLine(found, browser)
  }
  finally {
    await browser.close()
  }
}

/** A local port that accepts connections and never answers (a download host that hangs). */
function silentServer(): Promise<{ server: Server, close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createServer(socket => void sockets.add(socket))
  const close = () => new Promise<void>((resolve) => {
    sockets.forEach(socket => socket.destroy())
    server.close(() => resolve())
  })
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, close })))
}

/** A local port with nothing listening (a download host that refuses at once). */
async function closedPort(): Promise<number> {
  const { server, close } = await silentServer()
  const { port } = server.address() as AddressInfo
  await close()
  return port
}

describe('getting a browser', () => {
  let scratch: string
  let real: string

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'browser-provision-'))
    // The npm registry's Chromium as the install left it (npm install's postinstall, or the e2e setup) — or any
    // browser this machine has, for the explicit and PATH cases.
    real = (await getBrowser()).path
  })

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true })
  })

  it('takes an explicit path (--browser), launches it and prints a tagged PDF with an outline and the fonts', async () => {
    const found = await getBrowser({ explicit: real })
    expect(found).toEqual({ path: real, source: '--browser' })
    expect(await launchAndProbe(found)).toMatch(/^browser: Chromium \d+\.\d+\.\d+\.\d+ from --browser /)
  })

  it('finds a Chromium on PATH when there is none in the usual places', async () => {
    const bin = join(scratch, 'bin')
    await rm(bin, { recursive: true, force: true })
    await mkdir(bin)
    await symlink(real, join(bin, 'chromium'))
    const found = findBrowser({ env: { PATH: bin }, playwrightPaths: () => [], systemPaths: [], npmPath: () => undefined })
    expect(found).toEqual({ path: join(bin, 'chromium'), source: 'PATH' })
    expect(await launchAndProbe(found)).toMatch(/^browser: Chromium \d+(?:\.\d+){3} from PATH \(/)
  })

  it('with nothing found, tries Playwright\'s download first, then unpacks the npm registry\'s Chromium, which starts', async () => {
    const cacheDir = join(scratch, 'cache')
    const said: string[] = []
    const started = performance.now()
    const found = await provisionBrowser({
      say: line => said.push(line),
      cacheDir,
      env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: join(scratch, 'playwright'), PLAYWRIGHT_DOWNLOAD_HOST: `http://127.0.0.1:${await closedPort()}` },
    })
    const seconds = (performance.now() - started) / 1000
    expect(said[0]).toBe('browser: none found; trying Playwright\'s download')
    expect(said[1]).toMatch(/^browser: Playwright's download failed in \d+\.\d s: /)
    expect(said[2]).toBe('browser: none found; trying the npm registry\'s Chromium (@sparticuz/chromium)')
    expect(said[3]).toMatch(/^browser: got one from the npm registry's Chromium \(@sparticuz\/chromium\) in \d+\.\d s$/)
    expect(found).toEqual({ path: npmChromium(cacheDir)!.unpacked, source: 'npm' })
    expect(found.path.startsWith(cacheDir)).toBe(true)
    expect(spawnSync(found.path, ['--version'], { encoding: 'utf8', timeout: await budget(10_000, 120_000), killSignal: 'SIGKILL' }).stdout).toMatch(/^Chromium 153\./)
    expect(await launchAndProbe(found)).toMatch(/^browser: Chromium 153\.\d+\.\d+\.\d+ from @sparticuz\/chromium \(the npm registry\)$/)
    // Measured here: ~2 s for the refused download and ~1.5 s to unpack on an idle machine.
    expect(seconds * 1000).toBeLessThan(await budget(20_000, 170_000))
  })

  it('stops a Playwright download that hangs after its quiet limit, and says what it tried', async () => {
    const { server, close } = await silentServer()
    const { port } = server.address() as AddressInfo
    const started = performance.now()
    try {
      const error = await provisionBrowser({
        steps: ['playwright'],
        quietMs: 3_000,
        env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: join(scratch, 'playwright-hang'), PLAYWRIGHT_DOWNLOAD_HOST: `http://127.0.0.1:${port}` },
      }).then(() => undefined, (e: unknown) => e as Error)
      expect(error?.message).toMatch(/No Chromium or Chrome found\. Any one of these fixes it:[\s\S]*None could be provisioned\. Tried, in order:\n {2}• Playwright's download: stopped: no progress for 3\.0 s \(\d+\.\d s\)/)
      // The 3 s quiet limit and the attempt around it; not the minutes a hung download would take.
      expect(performance.now() - started).toBeLessThan(await budget(15_000, 120_000))
    }
    finally {
      await close()
    }
  })
})
