/**
 * npm run check, step 1: validates every dataset and every chart definition and lists each problem with its file,
 * dataset, country and field. (Step 2, the type check, is vue-tsc in package.json.)
 */
import { createLog } from './core/index'
import { assertValidData, DataError } from './deck/index'

const log = createLog('check')
try {
  await assertValidData()
  const [{ datasets }, { charts }] = await Promise.all([import('../data/index'), import('../charts/registry')])
  log.done(`${datasets.length} datasets and ${charts.length} charts valid`)
}
catch (error) {
  log.error(error instanceof DataError ? error.message : String(error instanceof Error ? error.stack : error))
  process.exitCode = 1
}
