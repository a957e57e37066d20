/**
 * Gets the browser every e2e file uses (found, or provisioned as npm install would: scripts/browser/provision.ts) and
 * says which one it is; builds the project's deck once for every e2e file of the project and shares the folder
 * through Vitest's provide/inject. The deck is the project's LAUNCH_KIT_PROJECT (its `env` in the vitest config): a
 * fixture deck for the engine's e2e files, the launch's own deck for the launch's. Set TEST_DIST_<PROJECT> (the
 * project's name in capitals, `-` as `_`: TEST_DIST_ENGINE_E2E) to reuse an existing build while iterating on tests.
 *
 * The build is `launch-kit build` (scripts/build.ts: the data gate, then slidev build) in a child process of its own,
 * with the project's LAUNCH_KIT_PROJECT: every project's global setup runs in Vitest's one process, where the engine's
 * ROOT (scripts/core/paths.ts) is fixed by whichever deck loaded it first.
 */
import type { TestProject } from 'vitest/node'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { browserLine, getBrowser, launchBrowser } from 'launch-kit/scripts/browser/index'
import { linkModules } from './fixtures'
import { RUN_MARKER_ENV } from './processes'
import 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string
  }
}

/** The build takes ~5-15 s alone and ~60 s on two loaded cores; past this it is stopped and the run fails. */
const BUILD_DEADLINE_MS = 240_000

const BUILD = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url))
const TSX = createRequire(import.meta.url).resolve('tsx/cli')

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

/** `launch-kit build --out <dist>` in `root`, marked for the process guard; rejects with its output if it fails. */
function build(root: string, dist: string, marker: string): Promise<void> {
  const child = spawn(process.execPath, [TSX, BUILD, '--out', dist], {
    cwd: root,
    env: { ...process.env, LAUNCH_KIT_PROJECT: root, [RUN_MARKER_ENV]: marker },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: the deadline stops Slidev with it
  })
  let output = ''
  child.stdout.on('data', (chunk) => { output += chunk })
  child.stderr.on('data', (chunk) => { output += chunk })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      }
      catch {}
      reject(new Error(`the deck build in ${root} did not finish within ${BUILD_DEADLINE_MS / 1000} s and was stopped:\n${output}`))
    }, BUILD_DEADLINE_MS)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('close', (code) => {
      clearTimeout(timer)
      if (code === 0)
        resolve()
      else
        reject(new Error(`the deck build in ${root} failed (exit ${code}):\n${output}`))
    })
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.env.LAUNCH_KIT_PROJECT
  if (!root)
    throw new Error(`global-setup: the vitest project "${project.name}" sets no LAUNCH_KIT_PROJECT in its env: which deck should it build?`)
  await announceBrowser()
  const reuse = process.env[`TEST_DIST_${project.name.toUpperCase().replace(/-/g, '_')}`]
  if (reuse) {
    project.provide('distDir', reuse)
    return async () => {}
  }
  linkModules(root)
  const dir = await mkdtemp(join(tmpdir(), 'deck-test-'))
  const dist = join(dir, 'dist')
  await build(root, dist, project.getProvidedContext().processMarker)
  project.provide('distDir', dist)
  return async () => rm(dir, { recursive: true, force: true })
}
