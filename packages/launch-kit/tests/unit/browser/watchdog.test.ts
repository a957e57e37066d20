/**
 * The progress watchdog with a real process that hangs: it says where it stalled and stops the run through the
 * interrupt handler, whose cleanups run (a temporary file goes) before it exits 143.
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
  dir = await mkdtemp(join(tmpdir(), 'watchdog-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('stops a run that logs nothing for the stall limit, naming its last step, and cleans up', async () => {
  const lib = (name: string) => JSON.stringify(join(ENGINE, 'scripts', `${name}.ts`))
  const script = join(dir, 'hang.mts')
  const temp = join(dir, 'temporary-file')
  await writeFile(script, `import { rmSync, writeFileSync } from 'node:fs'
import { onInterrupt } from ${lib('output/interrupt')}
import { createLog } from ${lib('core/log')}
import { watchProgress } from ${lib('browser/watchdog')}
writeFileSync(process.argv[2]!, 'staged')
onInterrupt(() => rmSync(process.argv[2]!))
const { log } = watchProgress(createLog('hang'), 500)
log.step('waiting for something that never comes')
setInterval(() => {}, 60_000) // a handle that keeps the process waiting, like a call that never settles
`)
  // Stopped by this test's end if it fails; its exit is awaited for a deadline that scales with the machine.
  const { code, stderr, ms } = await startChild(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, temp], { deadline: await budget(15_000, 100_000) }).exited
  // Measured 0.9–1.1 s with both cores busy (tsx starting, then the 0.5 s stall limit).
  expect(ms).toBeLessThan(await budget(10_000, 90_000))
  expect(code).toBe(143)
  expect(stderr).toContain('[hang] no progress for 1 s since "waiting for something that never comes": the run is stopped. Nothing was written.')
  expect(stderr).toContain('[hang] stopped by SIGTERM: child processes stopped and temporary files removed.')
  expect(existsSync(temp)).toBe(false)
}, 120_000)
