/**
 * The engine knows nothing about any report: no file of packages/launch-kit (as git lists it: tracked, or new and not
 * ignored) names the launch this repository was first built for, its publisher, authors or subjects. The words are
 * written here in two pieces each, so this file, which lives in the folder it reads, does not hold them whole.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { describe, expect, it } from 'vitest'

const WORDS = ['Sbun' + 'ker', 'Avdi' + 'metaj', 'Ila' + 'zi', 'vac' + 'cine', 'Sino' + 'pharm', 'Hua' + 'wei', 'COV' + 'AX', 'Beyond ' + 'economic']

/** Each line of `text` that holds one of the words, in any case: `line: word`. */
function reportWords(text: string): string[] {
  return text.split('\n').flatMap((line, i) => WORDS.filter(word => line.toLowerCase().includes(word.toLowerCase())).map(word => `${i + 1}: ${word}`))
}

describe('the search', () => {
  it('finds each word in any case, and nothing in a neutral text', () => {
    expect(reportWords(`A ${'SBUN'}KER report\non ${'Vac'}cines and ${'beyond'} ${'Economic'} considerations`)).toEqual([`1: ${WORDS[0]}`, `2: ${WORDS[3]}`, `2: ${WORDS[7]}`])
    expect(reportWords('Harbours of the Baltic: fictional test data')).toEqual([])
  })
})

describe('packages/launch-kit', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ENGINE, encoding: 'utf8' }).split('\0').filter(Boolean)

  it('is listed by git (so an empty list cannot pass)', () => {
    expect(files).toContain('package.json')
    expect(files.filter(f => f.startsWith('tests/')).length).toBeGreaterThan(50)
  })

  it('holds none of the first launch\'s names and subjects, in any file', () => {
    const found = files.flatMap((file) => {
      const bytes = readFileSync(join(ENGINE, file))
      return bytes.includes(0) ? [] : reportWords(bytes.toString('utf8')).map(hit => `${file}:${hit}`)
    })
    expect(found).toEqual([])
  })
})
