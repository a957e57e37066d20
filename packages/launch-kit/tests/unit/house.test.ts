/**
 * The house rules on the real import graphs (DESIGN.md): no import circle anywhere in the engine, the walls between
 * its rooms, under scripts/ each folder importing only lower folders through their index.ts, and no engine file
 * importing anything outside packages/launch-kit (the engine never imports a launch); and the rules every launch
 * keeps (launchProblems), here on the fixture decks; a launch checks its own graph with the same rules. Each checker
 * is first shown a small graph that breaks its rule, so a checker that finds nothing cannot pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../support/fixtures'
import { importCircles, launchProblems, layeringProblems, outsideProblems, readImportGraph, SCRIPT_RANKS, wallProblems } from '../support/imports'

const ROOMS = ['data', 'charts', 'components', 'layouts', 'setup', 'live', 'embed', 'scripts'] as const

/** A graph of the given edges, with no packages and nothing outside, for showing a checker what breaks its rule. */
function graphOf(local: Record<string, string[]>, more: { specifiers?: Record<string, string[]>, outside?: Record<string, string[]> } = {}) {
  const files = [...new Set([...Object.keys(local), ...Object.keys(more.specifiers ?? {}), ...Object.keys(more.outside ?? {})])]
  const of = (table: Record<string, string[]> = {}) => new Map(files.map(f => [f, table[f] ?? []]))
  return { files, local: of(local), packages: of(), specifiers: of(more.specifiers), outside: of(more.outside) }
}

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

  it('finds an engine file that imports something outside the engine, by a relative or an absolute path', () => {
    const graph = graphOf({ 'charts/bars.ts': [], 'tests/unit/x.test.ts': [] }, { outside: { 'charts/bars.ts': ['../../../data/visits'], 'tests/unit/x.test.ts': ['/work/deck/charts/index.ts'] } })
    expect(outsideProblems(graph)).toEqual([
      'charts/bars.ts imports ../../../data/visits: outside packages/launch-kit/, so the engine would depend on a launch or on this repository\'s layout; the engine imports only its own files and packages',
      'tests/unit/x.test.ts imports /work/deck/charts/index.ts: outside packages/launch-kit/, so the engine would depend on a launch or on this repository\'s layout; the engine imports only its own files and packages',
    ])
  })

  it('finds a launch\'s data importing charts or Vue, charts importing components, and the engine imported by its path', () => {
    const graph = graphOf({
      'data/visits.ts': ['charts/words/en.ts', 'data/sources.ts'],
      'data/sources.ts': [],
      'charts/index.ts': ['components/Quote.vue', 'data/visits.ts'],
      'tests/unit/a.test.ts': ['packages/launch-kit/charts/registry.ts'],
    }, {
      specifiers: { 'data/visits.ts': ['vue', 'zod', 'launch-kit/data/schema'], 'charts/index.ts': ['vue-chartjs', 'launch-kit/charts/launch'], 'tests/unit/a.test.ts': ['launch-kit/charts/registry'] },
      outside: { 'tests/unit/a.test.ts': ['../../../engine/scripts/core/paths'] },
    })
    expect(launchProblems(graph)).toEqual([
      'data/visits.ts imports charts/: data/ imports only data/ (no charts, no Vue)',
      'data/visits.ts imports vue: data/ imports only data/, zod and launch-kit/data/*',
      'charts/index.ts imports components/: charts/ imports only charts/ and data/',
      'charts/index.ts imports vue-chartjs: charts/ knows nothing of Vue, Slidev or browsers',
      'tests/unit/a.test.ts imports packages/launch-kit/charts/registry.ts: import the engine as the package (launch-kit/…), never by its path',
      'tests/unit/a.test.ts imports ../../../engine/scripts/core/paths: outside the launch\'s folder; import the engine as the package (launch-kit/…)',
    ])
  })
})

describe('the engine', () => {
  const graph = readImportGraph(ENGINE, ROOMS)
  /** Every source file of the package: the rooms, client/, testing/, the template and the tests with their fixtures. */
  const whole = readImportGraph(ENGINE, ['.'])

  it('reads every room, and every folder of the package (so an empty graph cannot pass)', () => {
    for (const room of ROOMS)
      expect(graph.files.filter(f => f.startsWith(`${room}/`)).length, room).toBeGreaterThan(0)
    const edges = [...graph.local.values()].reduce((sum, targets) => sum + targets.length, 0)
    expect(edges).toBeGreaterThan(200)
    for (const folder of [...ROOMS, 'client', 'testing', 'template', 'tests'])
      expect(whole.files.filter(f => f.startsWith(`${folder}/`)).length, folder).toBeGreaterThan(0)
    expect(whole.files).toContain('cli.mjs')
  })

  it('has no import circle', () => {
    expect(importCircles(whole)).toEqual([])
  })

  it('imports nothing outside packages/launch-kit: no arrow from the engine into a launch', () => {
    expect(outsideProblems(whole)).toEqual([])
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

describe.each(readdirSync(FIXTURES).filter(name => existsSync(join(FIXTURES, name, 'slides.md'))))('the fixture deck %s, a launch', (name) => {
  const graph = readImportGraph(join(FIXTURES, name), ['data', 'charts', 'components', 'tests'])

  it('imports the engine as launch-kit/…, keeps its data free of charts and Vue, and has no circle', () => {
    expect(graph.files.filter(f => f.startsWith('data/')).length).toBeGreaterThan(0)
    expect([...graph.specifiers.values()].flat().some(s => s.startsWith('launch-kit/'))).toBe(true)
    expect(launchProblems(graph)).toEqual([])
    expect(importCircles(graph)).toEqual([])
  })
})
