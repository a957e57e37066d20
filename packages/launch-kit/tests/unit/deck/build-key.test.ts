/**
 * The key the built deck is cached by (scripts/deck/build-key.ts) on a small project: every file a build could read
 * changes it, what no build reads does not.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deckBuildKey } from 'launch-kit/scripts/deck/build-key'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

let root: string
const key = (outs: string[] = []) => deckBuildKey({ root, entry: join(root, 'slides.md'), outs })

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'build-key-'))
  for (const dir of ['data', 'charts', 'components', 'public', 'exports', 'tests', 'docs', 'bench', 'node_modules', 'out', '.git'])
    await mkdir(join(root, dir))
  await writeFile(join(root, 'slides.md'), '# One\n')
  await writeFile(join(root, 'data', 'figures.ts'), 'export const a = 1\n')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('deckBuildKey', () => {
  it('changes with the slides, the data, the charts, components, public files and .env', async () => {
    const edits = ['slides.md', 'data/figures.ts', 'charts/x.ts', 'components/A.vue', 'public/logo.svg', '.env', 'vite.config.ts']
    const seen = new Set([await key()])
    for (const file of edits) {
      await writeFile(join(root, file), `changed ${file}\n`)
      seen.add(await key())
    }
    expect(seen.size).toBe(edits.length + 1)
  })

  it('stays the same for exports, an --out folder, tests, docs, bench results, dependencies and hidden files', async () => {
    const before = await key([join(root, 'out')])
    for (const file of ['exports/manifest.json', 'out/site.html', 'tests/a.test.ts', 'docs/shot.png', 'bench/RESULTS.md', 'node_modules/x.js', '.git/HEAD', '.DS_Store'])
      await writeFile(join(root, file), 'anything\n')
    expect(await key([join(root, 'out')])).toBe(before)
  })

  it('takes a hidden entry into account (the benchmark\'s long decks are hidden files)', async () => {
    const entry = join(root, '.bench-deck-300.md')
    await writeFile(entry, '# A\n')
    const first = await deckBuildKey({ root, entry })
    await writeFile(entry, '# B\n')
    expect(await deckBuildKey({ root, entry })).not.toBe(first)
  })
})
