/**
 * npm run present: checks the data, then starts Slidev's dev server on 127.0.0.1 only (presenter view at
 * /presenter). `--remote` is passed through only with a password: `npm run present -- --remote=secret`.
 */
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { createLog, ROOT, SLIDES, SLIDEV_BIN } from './core/index'
import { assertValidData, DataError } from './deck/index'

const log = createLog('present')
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3030' },
    remote: { type: 'string' },
    open: { type: 'boolean', default: false },
  },
})

try {
  if (values.remote !== undefined && values.remote.trim() === '')
    throw new Error('--remote needs a password (npm run present -- --remote=<password>): remote control without one lets anyone on the network drive the deck.')
  await assertValidData()
  const args = [SLIDEV_BIN, SLIDES, '--bind', '127.0.0.1', '--port', values.port, ...(values.open ? ['--open'] : []), ...(values.remote ? ['--remote', values.remote] : [])]
  log.step(`starting on http://127.0.0.1:${values.port}/ (presenter: /presenter)`)
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' })
  child.on('exit', code => process.exit(code ?? 0))
}
catch (error) {
  log.error(error instanceof DataError || error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
