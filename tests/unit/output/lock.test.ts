/**
 * The export folder's lock with real processes: a second holder is refused with the first one named, a holder
 * stopped by SIGTERM releases it, one killed outright (SIGKILL) is taken over at once, and one process may take it
 * twice (the export runs the chart kit inside its own lock).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ROOT } from '../../../scripts/core/paths'
import { FolderBusyError, lockExportFolder, LOCK_NAME, OWNER_NAME } from '../../../scripts/output/lock'

let dir: string
let holders: { child: ChildProcessWithoutNullStreams, pid: number }[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lock-test-'))
})
afterEach(async () => {
  for (const { child, pid } of holders) {
    if (child.exitCode === null && child.signalCode === null) {
      for (const target of [pid, child.pid!]) {
        try {
          process.kill(target, 'SIGKILL')
        }
        catch {}
      }
      await once(child, 'close')
    }
  }
  holders = []
  await rm(dir, { recursive: true, force: true })
})

/** Another process that takes the lock on `folder` and holds it until it is stopped; `pid` is the script's own. */
async function holder(folder: string): Promise<{ child: ChildProcessWithoutNullStreams, pid: number }> {
  // .mts: an ES module (top-level await) wherever it sits.
  const script = join(dir, 'holder.mts')
  await writeFile(script, `import { lockExportFolder } from ${JSON.stringify(join(ROOT, 'scripts/output/lock.ts'))}
await lockExportFolder(process.argv[2]!, 'test holder')
process.stdout.write(\`locked \${process.pid}\\n\`)
setInterval(() => {}, 60_000)
`)
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, folder], { stdio: 'pipe' })
  const pid = await new Promise<number>((resolve, reject) => {
    let stderr = ''
    child.stderr.on('data', (chunk) => { stderr += chunk })
    child.stdout.on('data', (chunk) => {
      const locked = /locked (\d+)/.exec(String(chunk))
      if (locked)
        resolve(Number(locked[1]))
    })
    child.on('close', code => reject(new Error(`holder exited ${code}: ${stderr}`)))
  })
  holders.push({ child, pid })
  return { child, pid }
}

describe('lockExportFolder', () => {
  it('refuses a second holder at once, naming the first', async () => {
    const out = join(dir, 'exports')
    await mkdir(out)
    const { pid } = await holder(out)
    expect(JSON.parse(await readFile(join(out, OWNER_NAME), 'utf8'))).toMatchObject({ pid, command: 'test holder' })
    const started = Date.now()
    const refused = await lockExportFolder(out, 'npm run charts').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(FolderBusyError)
    expect((refused as Error).message).toMatch(new RegExp(`is in use by test holder \\(pid ${pid}, started [\\d-]+ [\\d:]+ UTC\\)\\. Nothing was written\\.`))
    expect(Date.now() - started).toBeLessThan(2000)
  }, 20_000)

  it('is released by a holder stopped with SIGTERM (Ctrl-C alike)', async () => {
    const out = join(dir, 'exports')
    await mkdir(out)
    const { child, pid } = await holder(out)
    process.kill(pid, 'SIGTERM')
    await once(child, 'close')
    expect(await readdir(out)).toEqual([])
    const lock = await lockExportFolder(out, 'npm run export')
    await lock.release()
  }, 20_000)

  it('is taken over from a holder killed outright, and what it left is cleared', async () => {
    const out = join(dir, 'exports')
    await mkdir(out)
    const { child, pid } = await holder(out)
    await mkdir(join(out, `.charts.${pid}.0a1b2c3d.tmp`))
    process.kill(pid, 'SIGKILL')
    await once(child, 'close')
    expect((await readdir(out)).sort()).toEqual([`.charts.${pid}.0a1b2c3d.tmp`, LOCK_NAME, OWNER_NAME].sort())
    const started = Date.now()
    const lock = await lockExportFolder(out, 'npm run export')
    expect(Date.now() - started, 'no 10 s wait for a holder known to be gone').toBeLessThan(5000)
    expect(lock.cleared).toContain(join(out, `.charts.${pid}.0a1b2c3d.tmp`))
    await lock.release()
    expect(await readdir(out)).toEqual([])
  }, 20_000)

  it('can be taken twice by one process, and is held until both release it', async () => {
    const out = join(dir, 'exports')
    await mkdir(out)
    const outer = await lockExportFolder(out, 'npm run export')
    const nested = await lockExportFolder(out, 'npm run charts')
    await nested.release()
    expect(existsSync(join(out, LOCK_NAME))).toBe(true)
    expect(existsSync(join(out, OWNER_NAME))).toBe(true)
    await outer.release()
    expect(await readdir(out)).toEqual([])
  })
})
