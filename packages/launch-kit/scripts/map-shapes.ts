/**
 * npm run map-shapes: writes charts/map-shapes.ts, the map charts' shapes, from the world-atlas package
 * (scripts/maps/shapes.ts says how). Run it after changing the world-atlas version or the box; commit the result.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createLog, formatBytes, ROOT } from './core/index'
import { mapShapesModule } from './maps/index'

const log = createLog('map-shapes')
const target = join(ROOT, 'charts', 'map-shapes.ts')
try {
  const text = mapShapesModule()
  await writeFile(target, text)
  log.file('charts/map-shapes.ts', Buffer.byteLength(text))
  log.done(`${formatBytes(Buffer.byteLength(text))} of shapes written`)
}
catch (error) {
  log.error(`could not write ${target}: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
