/**
 * npm run new -- <folder> [--title "…"] [--no-lock]: writes a new launch project (scripts/project/new.ts says what it
 * holds). --no-lock leaves out package-lock.json, whose writing asks the npm registry (the engine's tests write a
 * project with no network; `npm install` there writes the lock file).
 * npm run new -- --update <folder>: puts this engine into an existing launch (packs it into its vendor/, installs it).
 */
import { parseArgs } from 'node:util'
import { createLog } from './core/index'
import { newLaunch, NewLaunchError, updateLaunch } from './project/index'

const log = createLog('new')
try {
  const { values, positionals } = parseArgs({ options: { 'title': { type: 'string' }, 'update': { type: 'string' }, 'no-lock': { type: 'boolean' } }, allowPositionals: true })
  if (values.update !== undefined) {
    const engine = await updateLaunch(values.update, log.step)
    log.done(`${values.update} now uses vendor/${engine}; run npm test there`)
  }
  else {
    const [folder, ...extra] = positionals
    if (!folder || extra.length > 0)
      throw new NewLaunchError('Usage: npm run new -- <folder> [--title "Report title: subtitle"] [--no-lock]   (or --update <folder>)')
    const made = await newLaunch({ folder, title: values.title, lock: !values['no-lock'], say: log.step })
    log.done(`new launch in ${made.folder} (engine: ${made.engine}). Next: cd ${made.folder} && npm install && npm run export`)
  }
}
catch (error) {
  log.error(error instanceof NewLaunchError || error instanceof TypeError ? error.message : String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
}
