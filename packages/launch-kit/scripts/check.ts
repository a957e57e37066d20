/**
 * npm run check, step 1: validates every dataset, every chart definition and the deck (slides.md), and lists each
 * problem with its file and place (dataset, country and field; or line and slide). (Step 2, the type check, is
 * vue-tsc in package.json.)
 */
import { createLog } from './core/index'
import { assertValidData, DataError, LaunchLoadError } from './deck/index'

const log = createLog('check')
try {
  await assertValidData()
  const [{ launchData }, { chartIds }, { langs }] = await Promise.all([import('../data/launch'), import('../charts/registry'), import('../charts/i18n/languages')])
  log.done(`${launchData().datasets.length} datasets, ${chartIds().length} charts in ${langs().length} language${langs().length === 1 ? '' : 's'} (${langs().join(', ')}) and the deck valid`)
}
catch (error) {
  log.error(error instanceof DataError || error instanceof LaunchLoadError ? error.message : String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
}
