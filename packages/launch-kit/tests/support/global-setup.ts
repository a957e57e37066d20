/**
 * Gets the browser every e2e file uses (found, or provisioned as npm install would: scripts/browser/provision.ts) and
 * says which one it is; builds the deck once for every e2e file and shares the folder through Vitest's provide/inject.
 * Set DECK_TEST_DIST to reuse an existing build while iterating on tests.
 */
import type { TestProject } from 'vitest/node'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { browserLine, getBrowser, launchBrowser } from 'launch-kit/scripts/browser/index'
import { buildDeck } from 'launch-kit/scripts/deck/index'
import { RUN_MARKER_ENV } from './processes'
import 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string
  }
}

/** The build takes ~5-15 s alone and ~60 s on two loaded cores; past this it is stopped and the run fails. */
const BUILD_DEADLINE_MS = 240_000

/** Before any test: the browser is there, or the run stops here with the message a user would see. */
async function announceBrowser(): Promise<void> {
  const found = await getBrowser({ say: line => process.stdout.write(`${line}\n`) })
  const browser = await launchBrowser(found)
  try {
    process.stdout.write(`${browserLine(found, browser)}\n`)
  }
  finally {
    await browser.close()
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await announceBrowser()
  const reuse = process.env.DECK_TEST_DIST
  if (reuse) {
    project.provide('distDir', reuse)
    return async () => {}
  }
  const dir = await mkdtemp(join(tmpdir(), 'deck-test-'))
  const dist = join(dir, 'dist')
  // The build runs in Vitest's own process: mark it for the process guard for just this while (test workers start
  // after every global setup has finished, so none inherits it from here).
  const before = process.env[RUN_MARKER_ENV]
  process.env[RUN_MARKER_ENV] = project.getProvidedContext().processMarker
  try {
    await buildDeck(dist, { signal: AbortSignal.timeout(BUILD_DEADLINE_MS) })
  }
  finally {
    if (before === undefined)
      delete process.env[RUN_MARKER_ENV]
    else
      process.env[RUN_MARKER_ENV] = before
  }
  project.provide('distDir', dist)
  return async () => rm(dir, { recursive: true, force: true })
}
