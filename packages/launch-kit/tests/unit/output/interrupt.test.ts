/**
 * The interrupt handler with real processes and real folders: a work folder is removed on SIGINT, and removed again
 * as the process exits when something writes into it after the first removal — as a Chromium that Playwright was
 * starting does (it creates its profile folder, with the folders above it, until Playwright's own 'exit' listener
 * kills it).
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { budget } from '../../support/budget'
import { startChild } from '../../support/children'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'interrupt-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A run with a work folder; an 'exit' listener added first (like Playwright's) writes into it again. */
async function interruptedRun(againAtExit: boolean): Promise<{ code: number | null, work: string }> {
  const work = join(dir, 'work')
  const script = join(dir, 'run.mts')
  await writeFile(script, `import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { onInterrupt } from ${JSON.stringify(join(ENGINE, 'scripts', 'output', 'interrupt.ts'))}
const work = process.argv[2]!
mkdirSync(work)
// What a browser being started does when the run is stopped: writes its profile folder, parents included.
process.on('exit', () => mkdirSync(join(work, 'chromium', 'playwright_chromiumdev_profile-x'), { recursive: true }))
onInterrupt(() => rmSync(work, { recursive: true, force: true }), undefined, { againAtExit: ${againAtExit} })
writeFileSync(join(work, 'ready'), '')
console.log('ready')
setInterval(() => {}, 60_000)
`)
  const child = startChild(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, work], { deadline: await budget(15_000, 100_000) })
  const deadline = Date.now() + await budget(10_000, 90_000)
  while (!child.stdout().includes('ready') && !child.done() && Date.now() < deadline)
    await new Promise(resolve => setTimeout(resolve, 25))
  expect(child.stdout(), child.output()).toContain('ready')
  process.kill(child.pid, 'SIGINT')
  const { code } = await child.exited
  return { code, work }
}

it('removes a work folder again at exit, after something wrote into it once it was gone', async () => {
  const { code, work } = await interruptedRun(true)
  expect(code).toBe(130)
  expect(existsSync(work)).toBe(false)
}, 120_000)

it('without asking for it, the folder written after the removal stays (the case the option is for)', async () => {
  const { code, work } = await interruptedRun(false)
  expect(code).toBe(130)
  expect(existsSync(join(work, 'chromium', 'playwright_chromiumdev_profile-x'))).toBe(true)
}, 120_000)
