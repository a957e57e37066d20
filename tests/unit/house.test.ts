/**
 * This deck's import graph keeps the rules every launch keeps (the engine's launchProblems, which its own house test
 * first shows a graph that breaks each of them): no import circle; data/ imports only data/, zod and the engine's data
 * machinery (no charts, no Vue); charts/ imports no Vue, Slidev or browser; and the engine is imported as the package,
 * `launch-kit/…`, never by a path into packages/. The top-level vitest.config.ts is the repository's, not the deck's:
 * it lists the engine's test projects beside this deck's.
 */
import { ROOT } from 'launch-kit/scripts/core/paths'
import { importCircles, launchProblems, readImportGraph } from 'launch-kit/tests/support/imports'
import { describe, expect, it } from 'vitest'

const FOLDERS = ['data', 'charts', 'components', 'scripts', 'tests'] as const

describe('this deck', () => {
  const graph = readImportGraph(ROOT, FOLDERS)

  it('is read whole (so an empty graph cannot pass)', () => {
    for (const folder of ['data', 'charts', 'tests'])
      expect(graph.files.filter(f => f.startsWith(`${folder}/`)).length, folder).toBeGreaterThan(3)
    const edges = [...graph.local.values()].reduce((sum, targets) => sum + targets.length, 0)
    expect(edges).toBeGreaterThan(50)
    expect([...graph.specifiers.values()].flat().filter(s => s.startsWith('launch-kit/')).length).toBeGreaterThan(50)
  })

  it('has no import circle', () => {
    expect(importCircles(graph)).toEqual([])
  })

  it('keeps its data free of charts and Vue, and imports the engine only as launch-kit/…', () => {
    expect(launchProblems(graph)).toEqual([])
  })
})
