/**
 * npm run export (first cut): checks the data, then builds the deck as a static site into exports/site.
 * The PDF exports, handout and manifest are added by the export issue.
 */
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { assertValidData, DataError } from './lib/data-gate'
import { buildDeck } from './lib/deck'
import { createLog } from './lib/log'
import { DEFAULT_OUT } from './lib/paths'

const log = createLog('export')
try {
  await assertValidData()
  const site = join(DEFAULT_OUT, 'site')
  const staging = `${site}.${process.pid}.tmp`
  log.step('building the deck')
  await buildDeck(staging)
  await rm(site, { recursive: true, force: true })
  await rename(staging, site)
  log.done(`site written to ${site}`)
}
catch (error) {
  log.error(error instanceof DataError || error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
