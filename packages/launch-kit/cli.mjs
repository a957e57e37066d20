#!/usr/bin/env node
/**
 * launch-kit <command> [flags]: the engine's commands, run on the launch in the current folder (a project with
 * slides.md, data/ and charts/; npm runs a project's scripts there). Each command is a TypeScript file in scripts/,
 * loaded through tsx, so neither the engine nor a launch needs a build step. Plain JavaScript, because it is what
 * npm starts; `launch-kit --help` lists the commands.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const COMMANDS = {
  'present': 'checks the data, then serves the deck for presenting (presenter view at /presenter)',
  'export': 'checks the data, builds once, writes and verifies the slides PDF, the handout, the run of show, the site and the chart kit',
  'charts': 'only the chart kit: PNG presets, SVG, CSV, JSON and embed page per chart and language, and the gallery',
  'check': 'validates the data, the charts and the deck, then type-checks the project',
  'build': 'the static site only, into dist/',
  'lint-zoom': 'legibility on Zoom: font sizes, contrast, colour-blind-safe series, overflow',
  'map-shapes': 'writes charts/map-shapes.ts for the countries of data/countries.ts',
  'rehearsal': 'a rehearsal from the presenter view against the plan: launch-kit rehearsal <file.json> [<file2.json>]',
  'bench': 'benchmarks against stock slidev export',
  'new': 'writes a new launch project: launch-kit new <folder> [--title "…"] [--no-lock]',
}

const [command, ...rest] = process.argv.slice(2)
if (!command || command === '--help' || command === '-h' || !(command in COMMANDS)) {
  const list = Object.entries(COMMANDS).map(([name, what]) => `  ${name.padEnd(11)} ${what}`).join('\n')
  const unknown = command && !['--help', '-h'].includes(command) ? `launch-kit: no command "${command}".\n\n` : ''
  process.stderr.write(`${unknown}Usage: launch-kit <command> [flags]   (each command: launch-kit <command> --help)\n\n${list}\n`)
  process.exit(unknown || !command ? 2 : 0)
}

// The command reads its own flags from process.argv, and its name from argv[1] (its messages say "[export] …"), as
// when it is run directly with tsx.
const script = new URL(`./scripts/${command}.ts`, import.meta.url)
process.argv = [process.argv[0], fileURLToPath(script), ...rest]
const { register } = await import('tsx/esm/api')
register()
await import(script.href)

// The command's module has run to its end (top-level await). `check` is the data check, then the type check of the whole project (vue-tsc, a dev dependency of the project).
if (command === 'check' && !process.exitCode) {
  let vueTsc
  try {
    vueTsc = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('vue-tsc/package.json')), 'bin', 'vue-tsc.js')
  }
  catch {
    process.stderr.write('check: vue-tsc is not installed in this project, so the type check is skipped (npm install -D vue-tsc typescript).\n')
  }
  if (vueTsc) {
    const result = spawnSync(process.execPath, [vueTsc, '--noEmit'], { stdio: 'inherit' })
    process.exitCode = result.status ?? 1
  }
}
