/**
 * Gets the browser every e2e file uses (found, or provisioned as npm install would: scripts/browser/provision.ts) and
 * says which one it is; builds the deck once for every e2e file and shares the folder through Vitest's provide/inject.
 * Set DECK_TEST_DIST to reuse an existing build while iterating on tests.
 */
import type { TestProject } from 'vitest/node'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import 'vitest'
import { browserLine, getBrowser, launchBrowser } from '../../scripts/browser/index'
import { buildDeck } from '../../scripts/deck/index'

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string
  }
}

/** Before any test: the browser is there, or the run stops here with the message a user would see. */
async function announceBrowser(): Promise<void> {
  const found = await getBrowser({ say: line => console.log(line) })
  const browser = await launchBrowser(found)
  try {
    console.log(browserLine(found, browser))
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
  await buildDeck(dist)
  project.provide('distDir', dist)
  return async () => rm(dir, { recursive: true, force: true })
}
