/**
 * npm run map-shapes: writes the launch's charts/map-shapes.ts, the map charts' shapes, for the countries of its
 * data/countries.ts, from the world-atlas package (scripts/maps/shapes.ts says how), with what its charts/map-area.ts
 * sets (box, projection, features that belong to a country), if it has one. Run it after changing the countries,
 * the world-atlas version or the area; commit the result.
 */
import type { MapArea } from './maps/index'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { countriesOf } from '../data/define'
import { createLog, formatBytes, ROOT } from './core/index'
import { loadLaunchData } from './deck/index'
import { makeMapShapes, mapShapesModule } from './maps/index'

const log = createLog('map-shapes')
const target = join(ROOT, 'charts', 'map-shapes.ts')
try {
  const codes = countriesOf(await loadLaunchData()).map(c => c.country)
  if (codes.length === 0)
    throw new Error('data/countries.ts names no country: the maps draw the countries it lists')
  const areaFile = join(ROOT, 'charts', 'map-area.ts')
  const area = existsSync(areaFile) ? ((await import(pathToFileURL(areaFile).href)) as { default?: MapArea }).default ?? {} : {}
  const text = mapShapesModule(makeMapShapes(codes, area))
  await writeFile(target, text)
  log.file('charts/map-shapes.ts', Buffer.byteLength(text))
  log.done(`${formatBytes(Buffer.byteLength(text))} of shapes written for ${codes.join(', ')}`)
}
catch (error) {
  log.error(`could not write ${target}: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
