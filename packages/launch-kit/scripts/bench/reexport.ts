/**
 * P1e and P1t of the benchmark: a re-export after the edits a presenter makes before a launch, against stock
 * `slidev export` of the same edited deck. Both run on one copy of the project (its sources, node_modules linked, a
 * cache folder of its own), so the real project is never edited; before each round one edit is made that no earlier
 * round made (so nothing of it can be cached), then our export runs on the cache the rounds before it left, and stock
 * exports the same deck. P1t follows P1e on the same copy and cache, with P1e's last data edit still in place (as a
 * presenter's edits pile up), so its warm-up finds everything cached and costs a warm export, not a cold one.
 *
 *   P1e  one figure in data/: the first `value: <number>` of at least four digits in data/*.ts (countries.ts last)
 *        that the data gate still accepts when raised by one (a total that other figures must add up to is passed
 *        over), raised by the round's number
 *   P1t  one slide's text: the first `# ` heading of the deck's second slide, with the round's number after it
 */
import type { CommandResult, Runner } from './export-runs'
import { spawnSync } from 'node:child_process'
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { load } from '@slidev/parser/fs'
import { ENGINE, ROOT, SLIDES } from '../core/index'
import { ours, race, stock } from './export-runs'
import { ratio } from './stats'

/** What no export reads: left out of the copy. */
const NOT_COPIED = new Set(['node_modules', 'exports', 'dist', 'bench', 'docs', 'tests', 'packages', '.git'])

export interface ReexportResult {
  /** What was edited, e.g. "data/figures.ts: value: 4_200_000". */
  edit: string
  ours: CommandResult
  stock: CommandResult
  ratio: number
}

export interface P1eP1tResult {
  data?: ReexportResult
  text?: ReexportResult
}

/** A copy of the project's sources in `dir` with node_modules linked. */
async function copyProject(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  for (const name of await readdir(ROOT)) {
    if (!NOT_COPIED.has(name) && !name.startsWith('.bench-deck-'))
      await cp(join(ROOT, name), join(dir, name), { recursive: true })
  }
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

/** Whether the data gate passes on the project in `root` (a fresh process: the launch's modules load anew). */
function gatePasses(root: string): boolean {
  const script = `import { assertValidData } from ${JSON.stringify(join(ENGINE, 'scripts/deck/index.ts'))}\nawait assertValidData()\n`
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, LAUNCH_KIT_PROJECT: root } })
  return run.status === 0
}

interface Edit {
  file: string
  /** The text before the edit, and the text of round `n` (≥ 0). */
  original: string
  at: (n: number) => string
  label: string
}

/** The first figure of data/*.ts the gate accepts raised by one. */
async function dataEdit(root: string): Promise<Edit> {
  // The countries' reference table (populations) comes last: an edit there can change no drawn value at all (a
  // per-100 rate that rounds the same), and P1e measures an edit to a figure the launch reports.
  const last = (f: string) => (f === 'countries.ts' ? 1 : 0)
  const files = (await readdir(join(root, 'data'))).filter(f => f.endsWith('.ts')).sort((a, b) => last(a) - last(b) || a.localeCompare(b))
  for (const name of files) {
    const file = join(root, 'data', name)
    const text = await readFile(file, 'utf8')
    for (const match of text.matchAll(/value: (\d[\d_]{3,})\b/g)) {
      const value = Number(match[1]!.replaceAll('_', ''))
      const at = (n: number) => `${text.slice(0, match.index)}value: ${value + n + 1}${text.slice(match.index + match[0].length)}`
      await writeFile(file, at(0))
      const ok = gatePasses(root)
      await writeFile(file, text)
      if (ok)
        return { file, original: text, at, label: `data/${name}: ${match[0]}, raised by one more each round` }
    }
  }
  throw new Error('no figure in data/*.ts (value: <number of four digits or more>) can be raised by one and still pass the data gate')
}

/** The second slide's first heading, with the round's number after it (found through Slidev's own parser). */
async function textEdit(root: string): Promise<Edit> {
  const file = join(root, relative(ROOT, SLIDES))
  const data = await load({ roots: [root], userRoot: root }, file)
  const slide = data.entry.slides[1]
  const lines = data.entry.raw.split('\n')
  const at = slide ? lines.findIndex((line, i) => i >= slide.contentStart && i < slide.end && /^# \S/.test(line)) : -1
  if (at < 0)
    throw new Error(`${relative(ROOT, SLIDES)}: the second slide has no "# " heading to edit`)
  const text = data.entry.raw
  const heading = lines[at]!
  return {
    file,
    original: text,
    at: n => lines.map((line, i) => (i === at ? `${heading} ${n + 1}` : line)).join('\n'),
    label: `${relative(ROOT, SLIDES)}: "${heading}", a number after it each round`,
  }
}

async function reexport(runner: Runner, root: string, name: string, make: (root: string) => Promise<Edit>): Promise<ReexportResult> {
  const edit = await make(root)
  const out = join(runner.dir, name)
  // The copy is the project (a LAUNCH_KIT_PROJECT inherited from the caller would point the export at the original).
  const env = { LAUNCH_KIT_CACHE: join(runner.dir, 'reexport-cache'), LAUNCH_KIT_PROJECT: root }
  const us = { ...ours(`re-export after the edit (${name})`, runner, join(out, 'ours')), cwd: root, env }
  // Stock has no cache to fill; Vite's own (node_modules/.vite) is warm from the figures before.
  const them = { ...stock(runner, join(out, 'stock', 'slides')), label: `stock slidev export (${name})`, cwd: root, warmup: false }
  let round = 0
  // Round -1 (the warm-up) fills the cache; every later round makes an edit no round made before.
  const [o, s] = await race([us, them], { ...runner, warmup: true }, async (i) => {
    await writeFile(edit.file, i < 0 ? edit.original : edit.at(round++))
  })
  return { edit: edit.label, ours: o!, stock: s!, ratio: ratio(o!.wall, s!.wall) }
}

export async function benchReexport(runner: Runner, which: { data: boolean, text: boolean }): Promise<P1eP1tResult> {
  const result: P1eP1tResult = {}
  const root = await copyProject(join(runner.dir, 'reexport-project'))
  if (which.data) {
    runner.log.step('P1e: re-export after one figure in data/ changed')
    result.data = await reexport(runner, root, 'p1e', dataEdit)
  }
  if (which.text) {
    runner.log.step('P1t: re-export after one slide\'s text changed')
    result.text = await reexport(runner, root, 'p1t', textEdit)
  }
  return result
}
