import type { CacheStore } from 'launch-kit/scripts/output/cache'
/**
 * The export's cache on a real file system (scripts/output/cache.ts): an entry appears whole or not at all, the first
 * of two runs storing one key wins, a stopped run leaves no half-written entry, --no-cache reads nothing, and
 * trimming keeps what a run used. And the hashes its keys are made of (fingerprint.ts).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { cacheStore } from 'launch-kit/scripts/output/cache'
import { hashTree, hashValues, stableJson } from 'launch-kit/scripts/output/fingerprint'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cache-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A store in this test's folder, as one run opens it. */
const store = (name = 'figures', read = true): CacheStore => cacheStore(name, { read, root: join(dir, 'cache') })

describe('cacheStore', () => {
  it('stores an entry whole and restores a copy of it', async () => {
    const cache = store()
    await cache.store('a.en-1', async (entry) => {
      await mkdir(join(entry, 'sub'))
      await writeFile(join(entry, 'x.png'), 'png')
      await writeFile(join(entry, 'sub', 'y.svg'), 'svg')
    })
    expect(await readdir(join(dir, 'cache', 'figures'))).toEqual(['a.en-1'])
    const into = join(dir, 'restored')
    expect(await cache.restore('a.en-1', into)).toEqual(['sub/y.svg', 'x.png'])
    expect(await readFile(join(into, 'sub', 'y.svg'), 'utf8')).toBe('svg')
    expect((await cache.read('a.en-1', 'x.png'))?.toString()).toBe('png')
    expect(await cache.restore('a.en-2', join(dir, 'none'))).toBeUndefined()
    expect(existsSync(join(dir, 'none'))).toBe(false)
  })

  it('keeps the first of two stores of one key, and leaves no temporary folder', async () => {
    const cache = store()
    await Promise.all(['first', 'second'].map(text => cache.store('k-1', async (entry) => {
      await writeFile(join(entry, 'f'), text)
      await new Promise(resolve => setTimeout(resolve, text === 'first' ? 10 : 50))
    })))
    expect(await readFile(join(dir, 'cache', 'figures', 'k-1', 'f'), 'utf8')).toBe('first')
    expect(await readdir(join(dir, 'cache', 'figures'))).toEqual(['k-1'])
  })

  it('leaves nothing, and does not fail the run, when filling an entry fails', async () => {
    const cache = store()
    await cache.store('k-1', async (entry) => {
      await writeFile(join(entry, 'f'), 'half')
      throw new Error('disk full')
    })
    expect(await readdir(join(dir, 'cache', 'figures'))).toEqual([])
  })

  it('removes a temporary entry left by a run killed outright, at the next store', async () => {
    const cache = store()
    const dead = spawnSync(process.execPath, ['-e', ''], { timeout: 10_000 }).pid!
    await mkdir(join(dir, 'cache', 'figures', `.k-0.${dead}.0a1b2c3d.tmp`), { recursive: true })
    await cache.store('k-1', entry => writeFile(join(entry, 'f'), 'x'))
    expect(await readdir(join(dir, 'cache', 'figures'))).toEqual(['k-1'])
  })

  it('with --no-cache reads nothing but still stores', async () => {
    const warm = store()
    await warm.store('k-1', entry => writeFile(join(entry, 'f'), 'x'))
    const cold = store('figures', false)
    expect(await cold.restore('k-1', join(dir, 'into'))).toBeUndefined()
    expect(await cold.read('k-1', 'f')).toBeUndefined()
    await cold.store('k-2', entry => writeFile(join(entry, 'f'), 'y'))
    expect((await readdir(join(dir, 'cache', 'figures'))).sort()).toEqual(['k-1', 'k-2'])
  })

  it('trims each group to the most recently used entries, keeping every entry the run used', async () => {
    const cache = store()
    const old = new Date(Date.now() - 3_600_000)
    for (const n of [1, 2, 3, 4, 5, 6]) {
      await cache.store(`chart.en-${n}`, entry => writeFile(join(entry, 'f'), String(n)))
      await utimes(join(dir, 'cache', 'figures', `chart.en-${n}`), old, new Date(old.getTime() + n * 1000))
    }
    const run = store()
    await run.restore('chart.en-1', join(dir, 'into'))
    await run.prune()
    // Entry 1 was used (and is now the newest); of the others, the three most recent stay.
    expect((await readdir(join(dir, 'cache', 'figures'))).sort()).toEqual(['chart.en-1', 'chart.en-4', 'chart.en-5', 'chart.en-6'])
  })

  it('discards a damaged entry whole, so the next store writes it again', async () => {
    const cache = store()
    await cache.store('page.en.embed-1', entry => writeFile(join(entry, 'height.json'), '{not json'))
    await cache.discard('page.en.embed-1')
    expect(await cache.read('page.en.embed-1', 'height.json')).toBeUndefined()
    expect(await readdir(join(dir, 'cache', 'figures'))).toEqual([])
    await cache.store('page.en.embed-1', entry => writeFile(join(entry, 'height.json'), '{"height":700}'))
    expect((await cache.read('page.en.embed-1', 'height.json'))?.toString()).toBe('{"height":700}')
  })

  it('keeps an entry the run only read a file of, as one it restored', async () => {
    const cache = store()
    const old = new Date(Date.now() - 3_600_000)
    for (const n of [1, 2, 3, 4, 5, 6]) {
      await cache.store(`page.en.embed-${n}`, entry => writeFile(join(entry, 'height.json'), String(n)))
      await utimes(join(dir, 'cache', 'figures', `page.en.embed-${n}`), old, new Date(old.getTime() + n * 1000))
    }
    const run = store()
    expect((await run.read('page.en.embed-2', 'height.json'))?.toString()).toBe('2')
    expect(await run.read('page.en.embed-3', 'missing.json')).toBeUndefined()
    await run.prune()
    // 2 was read; 3 only looked for a file it lacks, so it is as unused as 1.
    expect((await readdir(join(dir, 'cache', 'figures'))).sort()).toEqual(['page.en.embed-2', 'page.en.embed-4', 'page.en.embed-5', 'page.en.embed-6'])
  })
})

describe('the hashes of cache keys', () => {
  it('hashValues counts functions by their source and ignores key order', () => {
    expect(hashValues({ a: 1, b: [2, 3] })).toBe(hashValues({ b: [2, 3], a: 1 }))
    expect(hashValues({ f: (x: number) => x + 1 })).not.toBe(hashValues({ f: (x: number) => x + 2 }))
    expect(hashValues({ a: undefined })).not.toBe(hashValues({}))
    const loop: Record<string, unknown> = { a: 1 }
    loop.self = loop
    expect(stableJson(loop)).toBe('{"a":1,"self":"circular"}')
  })

  it('hashTree changes with a file\'s bytes or name, not with what is skipped', async () => {
    await mkdir(join(dir, 'tree', 'skip'), { recursive: true })
    await writeFile(join(dir, 'tree', 'a.ts'), 'a')
    const before = await hashTree(join(dir, 'tree'), path => path.startsWith('skip'))
    await writeFile(join(dir, 'tree', 'skip', 'x'), 'anything')
    expect(await hashTree(join(dir, 'tree'), path => path.startsWith('skip'))).toBe(before)
    await writeFile(join(dir, 'tree', 'a.ts'), 'b')
    expect(await hashTree(join(dir, 'tree'), path => path.startsWith('skip'))).not.toBe(before)
    expect(await hashTree(ENGINE)).toMatch(/^[0-9a-f]{32}$/)
  })
})
