/**
 * npm run check, step 1: validates every dataset, every chart definition and the deck (slides.md), and lists each
 * problem with its file and place (dataset, country and field; or line and slide). (Step 2, the type check, is
 * vue-tsc in package.json.)
 */
import { createLog } from './core/index'
import { assertValidData, DataError } from './deck/index'

const log = createLog('check')
try {
  await assertValidData()
  const [{ datasets }, { charts }, { LANGS }] = await Promise.all([import('../../../data/index'), import('../../../charts/registry'), import('../../../charts/i18n/languages')])
  log.done(`${datasets.length} datasets, ${charts.length} charts in ${LANGS.length} languages (${LANGS.join(', ')}) and the deck valid`)
}
catch (error) {
  log.error(error instanceof DataError ? error.message : String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
}
