/**
 * launch-kit rehearsal <file.json> [<file2.json>] [--out DIR]: turns one rehearsal (or two, side by side) that the
 * presenter view recorded into exports/rehearsal/ (or --out DIR):
 *   comparison.md   where the talk runs long, then per speaker and per slide: budget, each run, the difference
 *   slides.csv      the per-slide table in seconds
 *   speakers.csv    the per-speaker table in seconds
 *   chart.svg       budget and runs per slide as bars
 * The four are written together or not at all. A rehearsal file carries its deck's titles, budgets and speakers,
 * so the command reads no data and needs no browser. Files are found from the folder the command was started in.
 */
import { mkdir } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createLog, ROOT } from './core/index'
import { createStaging, swapIntoPlace, WriteError } from './output/index'
import { compareRehearsals, comparisonMarkdown, comparisonSvg, readRehearsal, RehearsalError, slidesCsv, speakersCsv } from './rehearsal/index'

const USAGE = `Usage: npm run rehearsal -- <file.json> [<file2.json>] [--out DIR]
  <file.json>   a rehearsal the presenter view downloaded ("Download rehearsal timings (JSON)")
  <file2.json>  a second one, compared side by side with the first (A, then B)
  --out         folder for comparison.md, slides.csv, speakers.csv and chart.svg, relative to the project root
                (default: exports/rehearsal)`

const log = createLog('rehearsal')
try {
  const { values, positionals } = (() => {
    try {
      return parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string', default: 'exports/rehearsal' }, help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true, strict: true })
    }
    catch (error) {
      throw new RehearsalError(`${(error as Error).message}\n${USAGE}`)
    }
  })()
  if (values.help) {
    console.log(USAGE)
  }
  else {
    if (positionals.length < 1 || positionals.length > 2)
      throw new RehearsalError(`give one or two rehearsal files (${positionals.length} given).\n${USAGE}`)
    // npm runs a script in the project's folder; INIT_CWD is where the user typed the command.
    const from = process.env.INIT_CWD ?? process.cwd()
    const runs = await Promise.all(positionals.map(async (file, i) => ({ label: 'AB'[i]!, file: basename(file), rehearsal: await readRehearsal(resolve(from, file)) })))
    log.step(`${runs.map(r => `${r.label}: ${r.file} (${r.rehearsal.slides.length} slides)`).join(', ')}`)
    const comparison = compareRehearsals(runs)
    const out = resolve(ROOT, values.out)
    const files: [string, string][] = [
      ['comparison.md', comparisonMarkdown(comparison)],
      ['slides.csv', slidesCsv(comparison)],
      ['speakers.csv', speakersCsv(comparison)],
      ['chart.svg', comparisonSvg(comparison)],
    ]
    // Staged, then renamed into place together: a failed write leaves the earlier comparison whole.
    await mkdir(out, { recursive: true }).catch((error) => { throw new WriteError(out, error) })
    const staging = createStaging(out)
    try {
      const swaps = await Promise.all(files.map(async ([name, text]) => ({ from: await staging.write(name, text), to: join(out, name) })))
      await swapIntoPlace(swaps)
    }
    finally {
      await staging.discard()
    }
    for (const line of [...comparison.long, ...comparison.notes.map(n => `Note: ${n}`)])
      console.log(`  ${line}`)
    for (const [name, text] of files)
      log.file(join(values.out, name), Buffer.byteLength(text))
    log.done(`${runs.length === 1 ? 'one rehearsal' : 'two rehearsals'} against the plan`)
  }
}
catch (error) {
  log.error(error instanceof RehearsalError || error instanceof WriteError ? error.message : String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
}
