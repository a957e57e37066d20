/**
 * The batteries of realistic mistakes (bad data, implausible data, deck mistakes): each breaks one thing in a copy
 * of the project, runs the real `npm run check` and `npm run export` there, and asserts that both exit non-zero
 * with the expected message before any output is touched — the earlier export stays byte-identical.
 */
import type { ProjectCopy } from './project-copy'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import { snapshot } from './export-folder'

export interface Mistake {
  name: string
  file: string
  find: string
  replace: string
  /** Every fragment must appear in the error output of both commands. */
  expect: string[]
  /** No fragment may appear (e.g. a symptom the message used to show instead of the cause). */
  absent?: string[]
}

/** Writes an earlier export's files under `root`/exports and returns that folder. */
export async function earlierExport(root: string): Promise<string> {
  const out = join(root, 'exports')
  await mkdir(join(out, 'charts', 'earlier-chart'), { recursive: true })
  await writeFile(join(out, 'earlier-slides.pdf'), '%PDF-1.7 earlier good export\n')
  await writeFile(join(out, 'charts', 'earlier-chart', 'earlier-chart.csv'), 'Country,Visits (visits)\nDenmark,4200000\n')
  await writeFile(join(out, 'manifest.json'), '{"dataVersion":"earlier","entries":[]}\n')
  return out
}

/**
 * In `copy` (with the mistake already made): check and export both fail naming `fragments` (and none of `absent`),
 * the export starts no build, and the earlier export is untouched. Returns the two results for further checks.
 */
export async function expectStopsBeforeOutput(copy: ProjectCopy, fragments: readonly string[], absent: readonly string[] = []): Promise<void> {
  const out = await earlierExport(copy.root)
  const before = await snapshot(out)
  const [check, exported] = await Promise.all([copy.run('check'), copy.run('export', ['--out', out])])
  for (const [command, result] of [['check', check], ['export', exported]] as const) {
    expect(result.code, `${command} exit code`).not.toBe(0)
    for (const fragment of fragments)
      expect(result.stderr, `${command} message`).toContain(fragment)
    for (const fragment of absent)
      expect(result.stderr, `${command} message`).not.toContain(fragment)
  }
  expect(exported.stdout, 'the export never started a build').not.toContain('building the deck')
  expect(await snapshot(out)).toEqual(before)
}
