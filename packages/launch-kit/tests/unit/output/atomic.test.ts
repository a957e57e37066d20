/**
 * Staged writes on a real file system: a run's staging area, all outputs in place together or not at all, a full
 * disk (a write into /dev/full, the kernel's own ENOSPC) replaces nothing, and what killed runs left behind is
 * recognised by its pid.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { swapIntoPlace, tempPathFor, WriteError } from 'launch-kit/scripts/output/atomic'
import { removeStaleTemps, removeStaleWorkDirs, tempOwner } from 'launch-kit/scripts/output/leftovers'
import { createStaging } from 'launch-kit/scripts/output/staging'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', ''], { timeout: 10_000 }).pid!
}

describe('swapIntoPlace', () => {
  it('replaces files and folders, keeping nothing aside afterwards', async () => {
    await writeFile(join(dir, 'a.pdf'), 'old a')
    await mkdir(join(dir, 'site'))
    await writeFile(join(dir, 'site', 'index.html'), 'old site')
    await writeFile(join(dir, '.a.new'), 'new a')
    await mkdir(join(dir, '.site.new'))
    await writeFile(join(dir, '.site.new', 'index.html'), 'new site')
    await swapIntoPlace([{ from: join(dir, '.a.new'), to: join(dir, 'a.pdf') }, { from: join(dir, '.site.new'), to: join(dir, 'site') }])
    expect(await readFile(join(dir, 'a.pdf'), 'utf8')).toBe('new a')
    expect(await readFile(join(dir, 'site', 'index.html'), 'utf8')).toBe('new site')
    expect((await readdir(dir)).sort()).toEqual(['a.pdf', 'site'])
  })

  it('puts everything back when a later rename fails', async () => {
    await writeFile(join(dir, 'a.pdf'), 'old a')
    await writeFile(join(dir, 'b.pdf'), 'old b')
    await writeFile(join(dir, '.a.new'), 'new a')
    // The second staged file is missing, so its rename fails after the first output was replaced.
    await expect(swapIntoPlace([{ from: join(dir, '.a.new'), to: join(dir, 'a.pdf') }, { from: join(dir, '.b.missing'), to: join(dir, 'b.pdf') }])).rejects.toThrow(/ENOENT/)
    expect(await readFile(join(dir, 'a.pdf'), 'utf8')).toBe('old a')
    expect(await readFile(join(dir, 'b.pdf'), 'utf8')).toBe('old b')
    expect(await readFile(join(dir, '.a.new'), 'utf8')).toBe('new a')
    expect((await readdir(dir)).sort()).toEqual(['.a.new', 'a.pdf', 'b.pdf'])
  })
})

describe('createStaging', () => {
  it('stages files under their final paths in one hidden folder, touching no output, and discards it whole', async () => {
    await writeFile(join(dir, 'manifest.json'), 'old')
    const staging = createStaging(dir)
    const staged = await staging.write('charts/a/a.csv', 'new csv')
    await staging.write('manifest.json', 'new manifest')
    expect(staged).toBe(join(staging.dir, 'charts', 'a', 'a.csv'))
    expect(tempOwner(staging.dir.split('/').at(-1)!)).toBe(process.pid)
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe('old')
    await swapIntoPlace([{ from: staging.path('charts'), to: join(dir, 'charts') }])
    await staging.discard()
    expect((await readdir(dir)).sort()).toEqual(['charts', 'manifest.json'])
    expect(await readFile(join(dir, 'charts', 'a', 'a.csv'), 'utf8')).toBe('new csv')
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe('old')
  })

  it('on a full disk fails with ENOSPC naming the final file, and discarding leaves the folder as it was', async () => {
    await writeFile(join(dir, 'manifest.json'), 'old')
    const staging = createStaging(dir, { diskFull: path => path.endsWith('manifest.json') })
    await staging.write('slides.pdf', 'new slides')
    const failure = await staging.write('manifest.json', 'new manifest').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(WriteError)
    expect((failure as WriteError).code).toBe('ENOSPC')
    expect((failure as Error).message).toBe(`could not write ${join(dir, 'manifest.json')}: the disk is full (ENOSPC)`)
    await staging.discard()
    expect(await readdir(dir)).toEqual(['manifest.json'])
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe('old')
  })
})

describe('leftovers of runs that were killed', () => {
  it('reads the writer\'s pid from a temporary name', () => {
    expect(tempOwner(`.site.${process.pid}.0a1b2c3d.tmp`)).toBe(process.pid)
    expect(tempOwner('.site.123.0a1b2c3d.tmp.old')).toBe(123)
    expect(tempOwner(tempPathFor('/x/charts').split('/').at(-1)!)).toBe(process.pid)
    expect(tempOwner('.export.lock')).toBeUndefined()
    expect(tempOwner('site')).toBeUndefined()
  })

  it('removes the temporary files of stopped runs only, in the folder and in the temp folder', async () => {
    const dead = deadPid()
    const names = [`.charts.${dead}.0a1b2c3d.tmp`, `.site.${process.pid}.0a1b2c3d.tmp`, '.export.lock', 'charts']
    for (const name of names)
      await mkdir(join(dir, name))
    expect(await removeStaleTemps(dir)).toEqual([{ name: `.charts.${dead}.0a1b2c3d.tmp`, pid: dead }])
    expect((await readdir(dir)).sort()).toEqual(names.slice(1).sort())

    await mkdir(join(dir, `deck-export-${dead}-AbCdEf`))
    await mkdir(join(dir, `deck-export-${process.pid}-AbCdEf`))
    await mkdir(join(dir, 'deck-export-e2e-AbCdEf'))
    expect(await removeStaleWorkDirs(dir)).toEqual([{ name: `deck-export-${dead}-AbCdEf`, pid: dead }])
    expect(existsSync(join(dir, `deck-export-${process.pid}-AbCdEf`))).toBe(true)
    expect(existsSync(join(dir, 'deck-export-e2e-AbCdEf'))).toBe(true)
  })
})
