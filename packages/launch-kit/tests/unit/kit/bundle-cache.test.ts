/**
 * The kit's bundle cache gives a bundle back only while every file behind it is byte for byte the same, under the
 * same Vite; any change, a missing file or another Vite version means a fresh build.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cachedBundle, cacheFile, keepBundle } from 'launch-kit/scripts/kit/bundle-cache'
import { afterAll, describe, expect, it } from 'vitest'

const ENTRY = `test/bundle-cache-${process.pid}.ts`
let dir: string

afterAll(async () => {
  await rm(cacheFile(ENTRY), { force: true })
  if (dir)
    await rm(dir, { recursive: true, force: true })
})

describe('the kit\'s bundle cache', () => {
  it('reuses a bundle until a module behind it changes, goes missing, or Vite changes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-cache-'))
    const [a, b] = [join(dir, 'a.ts'), join(dir, 'b.ts')]
    await writeFile(a, 'export const a = 1\n')
    await writeFile(b, 'export const b = 2\n')
    expect(await cachedBundle(ENTRY, '8.0.0')).toBeUndefined()
    await keepBundle(ENTRY, '8.0.0', [a, `${b}?commonjs-proxy`, '\0virtual:helper'], 'the bundle')
    expect(await cachedBundle(ENTRY, '8.0.0')).toBe('the bundle')
    expect(await cachedBundle(ENTRY, '8.0.1')).toBeUndefined()
    await writeFile(b, 'export const b = 3\n')
    expect(await cachedBundle(ENTRY, '8.0.0')).toBeUndefined()
    await writeFile(b, 'export const b = 2\n')
    expect(await cachedBundle(ENTRY, '8.0.0')).toBe('the bundle')
    await rm(a)
    expect(await cachedBundle(ENTRY, '8.0.0')).toBeUndefined()
  })
})
