/**
 * The engine type-checks on its own: `vue-tsc --noEmit -p packages/launch-kit` (its tsconfig.json: every source, its
 * tests and fixture decks, none of a launch's files) finds no error. The same command on a small project with a type
 * error must fail naming the file, so a check that cannot fail does not pass.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startChild } from '../support/children'

const VUE_TSC = join(dirname(createRequire(import.meta.url).resolve('vue-tsc/package.json')), 'bin', 'vue-tsc.js')

/** ~25 s of CPU for the engine; a minute alone, up to three on two loaded cores. */
const DEADLINE_MS = 300_000

function vueTsc(project: string) {
  return startChild(process.execPath, [VUE_TSC, '--noEmit', '-p', project], { cwd: ENGINE, deadline: DEADLINE_MS }).exited
}

describe('vue-tsc --noEmit', () => {
  let broken: string

  beforeAll(async () => {
    broken = await mkdtemp(join(tmpdir(), 'typecheck-test-'))
    await writeFile(join(broken, 'tsconfig.json'), JSON.stringify({ extends: join(ENGINE, 'tsconfig.base.json'), compilerOptions: { types: [] }, include: ['*.ts'], files: [] }))
    await writeFile(join(broken, 'wrong.ts'), 'export const visits: number = \'many\'\n')
  })

  afterAll(async () => {
    if (broken)
      await rm(broken, { recursive: true, force: true })
  })

  it('fails on a project with a type error, naming the file', async () => {
    const { code, stdout, stderr } = await vueTsc(broken)
    expect(code).not.toBe(0)
    expect(stdout + stderr).toMatch(/wrong\.ts\(1,14\): error TS2322/)
  }, DEADLINE_MS + 10_000)

  it('passes on packages/launch-kit alone', async () => {
    const { code, stdout, stderr } = await vueTsc(ENGINE)
    expect(stdout + stderr).toBe('')
    expect(code).toBe(0)
  }, DEADLINE_MS + 10_000)
})
