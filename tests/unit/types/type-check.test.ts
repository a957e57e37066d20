/**
 * The type check's promises (README: "a missing key is a type error", "without a source it does not compile"), shown
 * a broken file: tests/types/mistakes.ts, compiled with TypeScript's own compiler and this project's tsconfig.json
 * as it is (every @ts-expect-error used: no error) and without its @ts-expect-error lines (each mistake gives the
 * error that names it).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from 'launch-kit/scripts/core/paths'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const FIXTURE = join(ROOT, 'tests', 'types', 'mistakes.ts')

/** The errors TypeScript gives for the fixture, its text replaced by `text`; each as "line: message". */
function errors(text: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) } })!
  const host = ts.createCompilerHost(config.options)
  const read = host.getSourceFile.bind(host)
  host.getSourceFile = (file, language, onError, create) => (file === FIXTURE ? ts.createSourceFile(file, text, language) : read(file, language, onError, create))
  const program = ts.createProgram([FIXTURE], config.options, host)
  const source = program.getSourceFile(FIXTURE)!
  return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
    const line = source.getLineAndCharacterOfPosition(d.start ?? 0).line + 1
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`
  })
}

describe('the type check', () => {
  const text = readFileSync(FIXTURE, 'utf8')
  const lines = text.split('\n')
  const lineOf = (needle: string) => lines.findIndex(l => l.includes(needle)) + 1

  it('accepts the fixture as written: every mistake in it is expected', () => {
    expect(errors(text)).toEqual([])
  }, 180_000)

  it('refuses each mistake without its @ts-expect-error, naming what is wrong', () => {
    // Blank lines keep the line numbers.
    const found = errors(lines.map(l => (l.includes('@ts-expect-error') ? '' : l)).join('\n'))
    expect(found).toHaveLength(3)
    expect(found[0]).toMatch(new RegExp(`^${lineOf('export const unsourced')}: .*Property 'sources' is missing`))
    expect(found[1]).toMatch(new RegExp(`^${lineOf('export const lacksTitle')}: .*Property 'title' is missing`))
    expect(found[2]).toMatch(new RegExp(`^${lineOf('export const extraKey')}: .*'subtitel' does not exist`))
  }, 180_000)
})
