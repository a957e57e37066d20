/**
 * The export's cache (scripts/output/cache.ts) end to end, on a copy of the fixture deck with a cache folder of its own
 * (LAUNCH_KIT_CACHE): a re-export reuses the built deck and every chart-language figure set whose inputs did not
 * change, and its files are byte for byte those of a cold run (--no-cache) — every file, the PDFs too
 * (SOURCE_DATE_EPOCH fixes their dates). Then one figure in data/ changes: the re-export builds the deck again and
 * draws only the charts that show that figure, and again matches a cold run file for file.
 */
import type { ProjectCopy } from '../support/project-copy'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { langs } from 'launch-kit/charts/i18n/languages'
import { chartsIn } from 'launch-kit/charts/registry'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshot } from '../support/export-folder'
import { copyProject } from '../support/project-copy'

const figureSets = () => chartsIn().length * langs().length

/** "…; 3 chart-language figure sets drawn, 24 reused from the cache" → the two numbers. */
function figures(stdout: string): { drawn: number, reused: number } {
  const match = /(\d+) chart-language figure sets drawn, (\d+) reused from the cache/.exec(stdout)
  expect(match, stdout).not.toBeNull()
  return { drawn: Number(match![1]), reused: Number(match![2]) }
}

/** "…; 27 embed pages measured, 0 reused" → the two numbers. */
function embedPages(stdout: string): { measured: number, reused: number } {
  const match = /(\d+) embed pages measured, (\d+) reused/.exec(stdout)
  expect(match, stdout).not.toBeNull()
  return { measured: Number(match![1]), reused: Number(match![2]) }
}

let copy: ProjectCopy
let work: string
let env: NodeJS.ProcessEnv

async function exportTo(name: string, ...args: string[]): Promise<{ out: string, stdout: string }> {
  const out = join(work, name)
  const result = await copy.run('export', ['--out', out, ...args], env)
  expect(result.stderr, result.stdout).toBe('')
  expect(result.code).toBe(0)
  return { out, stdout: result.stdout }
}

beforeAll(async () => {
  copy = await copyProject()
  work = await mkdtemp(join(tmpdir(), 'export-cache-'))
  env = { LAUNCH_KIT_CACHE: join(work, 'cache'), SOURCE_DATE_EPOCH: '1760000000' }
})

afterAll(async () => {
  await copy?.remove()
  if (work)
    await rm(work, { recursive: true, force: true })
})

describe('a re-export with nothing changed', () => {
  let cold: { out: string, stdout: string }
  let warm: { out: string, stdout: string }

  beforeAll(async () => {
    cold = await exportTo('cold', '--no-cache')
    warm = await exportTo('warm')
  }, 480_000)

  it('the cold run builds the deck, draws every figure and measures every embed page; the re-export reuses them all', () => {
    expect(cold.stdout).toMatch(/export: building the deck \(\d+ slides\)/)
    expect(figures(cold.stdout)).toEqual({ drawn: figureSets(), reused: 0 })
    expect(embedPages(cold.stdout)).toEqual({ measured: figureSets(), reused: 0 })
    expect(embedPages(warm.stdout)).toEqual({ measured: 0, reused: figureSets() })
    expect(warm.stdout).toMatch(/export: deck build reused from the cache \(\d+ slides\)/)
    expect(warm.stdout).not.toMatch(/building the deck/)
    expect(figures(warm.stdout)).toEqual({ drawn: 0, reused: figureSets() })
  })

  it('writes every file byte for byte as the cold run did', async () => {
    const [a, b] = await Promise.all([snapshot(cold.out), snapshot(warm.out)])
    expect(Object.keys(a).length).toBeGreaterThan(300)
    expect(b).toEqual(a)
  })
})

describe('a re-export after one figure in data/ changed', () => {
  let cold: { out: string, stdout: string }
  let warm: { out: string, stdout: string }

  beforeAll(async () => {
    // Denmark's paid visits: the bars and the map (visits per 100 people) show them; the other charts do not.
    await copy.edit('data/visits.ts', 'value: 4_200_000,', 'value: 4_300_000,')
    warm = await exportTo('edited-warm')
    cold = await exportTo('edited-cold', '--no-cache')
  }, 480_000)

  it('builds the deck again and draws only the charts that show the figure, in every language', () => {
    expect(warm.stdout).toMatch(/export: building the deck/)
    const { drawn, reused } = figures(warm.stdout)
    expect(drawn + reused).toBe(figureSets())
    expect(drawn % langs().length, 'whole charts, every language').toBe(0)
    expect(drawn).toBeGreaterThan(0)
    expect(reused).toBeGreaterThan(0)
  })

  it('writes every file byte for byte as a cold run of the edited project does', async () => {
    const [a, b] = await Promise.all([snapshot(cold.out), snapshot(warm.out)])
    expect(b).toEqual(a)
  })

  it('changes the figures that show the edit and only those', async () => {
    const before = await snapshot(join(work, 'warm'))
    const after = await snapshot(warm.out)
    const changed = new Set(Object.keys(after).filter(path => /^charts\/[^/]+\/(?:[^/]+\/)?[^/]+\.(?:png|svg)$/.test(path) && after[path] !== before[path]).map(path => path.split('/')[1]))
    expect([...changed].sort()).toEqual(['harbour-visits', 'visits-map'])
    expect(figures(warm.stdout).drawn).toBe(changed.size * langs().length)
  })
})
