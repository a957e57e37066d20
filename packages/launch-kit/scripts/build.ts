/**
 * npm run build: checks the data, then builds the deck as a static site into dist/ (or --out DIR).
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createLog, ROOT } from './core/index'
import { assertValidData, buildDeck, DataError } from './deck/index'

const log = createLog('build')
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } })
try {
  await assertValidData()
  const out = resolve(ROOT, values.out)
  await buildDeck(out)
  log.done(`deck built into ${out}`)
}
catch (error) {
  log.error(error instanceof DataError || error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
