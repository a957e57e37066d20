/**
 * The manifest: each command replaces its own entries and keeps the others, each entry with the data version of
 * the run that wrote it; an older manifest without per-entry versions still reads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeBytes, manifestText, mergeManifest, readManifest } from 'launch-kit/scripts/output/manifest'
import { describe, expect, it } from 'vitest'

const entry = (path: string, kind: string, dataVersion: string) => describeBytes(path, new TextEncoder().encode(path), kind, { dataVersion })

describe('mergeManifest', () => {
  it('replaces the owned kinds, keeps the rest with their own data versions, sorted by path', () => {
    const previous = { entries: [entry('slides.pdf', 'slides-pdf', 'v1'), entry('charts/a/a.csv', 'chart-csv', 'v1'), entry('charts/b/b.csv', 'chart-csv', 'v1')] }
    const next = mergeManifest(previous, kind => kind.startsWith('chart-'), [entry('charts/a/a.csv', 'chart-csv', 'v2')])
    expect(next.entries.map(e => [e.path, e.dataVersion])).toEqual([['charts/a/a.csv', 'v2'], ['slides.pdf', 'v1']])
    const partial = mergeManifest(previous, () => false, [entry('charts/a/a.csv', 'chart-csv', 'v2')])
    expect(partial.entries.map(e => [e.path, e.dataVersion])).toEqual([['charts/a/a.csv', 'v2'], ['charts/b/b.csv', 'v1'], ['slides.pdf', 'v1']])
    expect(manifestText(next)).toMatch(/^\{\n {2}"entries": \[/)
  })
})

describe('readManifest', () => {
  it('gives entries of a manifest written before per-entry versions the version "unknown"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'manifest-test-'))
    try {
      await writeFile(join(dir, 'manifest.json'), JSON.stringify({ dataVersion: 'old', entries: [{ kind: 'slides-pdf', path: 'slides.pdf', bytes: 1, sha256: 'x' }] }))
      expect((await readManifest(dir))!.entries).toEqual([{ kind: 'slides-pdf', path: 'slides.pdf', bytes: 1, sha256: 'x', dataVersion: 'unknown' }])
      await writeFile(join(dir, 'manifest.json'), 'not json')
      expect(await readManifest(dir)).toBeNull()
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
