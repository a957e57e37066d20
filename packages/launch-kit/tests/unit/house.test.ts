/**
 * The house rules on the real import graph (DESIGN.md): no import circle anywhere, the walls between the rooms, and
 * under scripts/ each folder importing only lower folders, through their index.ts. The checker is first shown a
 * small graph that breaks each rule, so a checker that finds nothing cannot pass.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { describe, expect, it } from 'vitest'
import { importCircles, layeringProblems, readImportGraph, SCRIPT_RANKS, wallProblems } from '../support/imports'

const ROOMS = ['data', 'charts', 'components', 'layouts', 'setup', 'live', 'embed', 'scripts'] as const

describe('the checker', () => {
  it('finds a circle, an upward import, a sideways import and an import past an index', () => {
    const local = new Map<string, string[]>([
      ['data/a.ts', ['data/b.ts']],
      ['data/b.ts', ['data/a.ts']],
      ['scripts/output/atomic.ts', ['scripts/kit/index.ts']],
      ['scripts/kit/run.ts', ['scripts/lint/index.ts', 'scripts/output/atomic.ts']],
    ])
    expect(importCircles({ local })).toEqual([['data/a.ts', 'data/b.ts']])
    expect(layeringProblems({ local })).toEqual([
      'scripts/output/atomic.ts imports scripts/kit/index.ts: scripts/output/ may not import scripts/kit/ (a higher folder)',
      'scripts/kit/run.ts imports scripts/lint/index.ts: scripts/kit/ may not import scripts/lint/ (a sibling folder)',
      'scripts/kit/run.ts imports scripts/output/atomic.ts directly: import it through scripts/output/index.ts',
    ])
  })
})

describe('the project', () => {
  const graph = readImportGraph(ENGINE, ROOMS)

  it('reads every room (so an empty graph cannot pass)', () => {
    for (const room of ROOMS)
      expect(graph.files.filter(f => f.startsWith(`${room}/`)).length, room).toBeGreaterThan(0)
    const edges = [...graph.local.values()].reduce((sum, targets) => sum + targets.length, 0)
    expect(edges).toBeGreaterThan(200)
  })

  it('has no import circle', () => {
    expect(importCircles(graph)).toEqual([])
  })

  it('keeps the walls between data/, charts/, components/ and scripts/', () => {
    expect(wallProblems(graph)).toEqual([])
  })

  it('layers scripts/: each folder imports lower folders only, through their index.ts', () => {
    expect(layeringProblems(graph)).toEqual([])
  })

  it('gives every scripts/ folder a rank and an index.ts that says what it owns and may import', () => {
    const folders = [...new Set(graph.files.filter(f => f.split('/').length > 2 && f.startsWith('scripts/')).map(f => f.split('/')[1]!))]
    expect(folders.sort()).toEqual(Object.keys(SCRIPT_RANKS).sort())
    for (const folder of folders) {
      const face = join(ENGINE, 'scripts', folder, 'index.ts')
      expect(existsSync(face), face).toBe(true)
      expect(readFileSync(face, 'utf8'), face).toMatch(/^\/\*\*\n \* \w+: [\s\S]*May import: /)
    }
  })
})
