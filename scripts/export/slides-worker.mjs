/**
 * Worker-thread entry of the slides PDF check (export-slides.ts). A worker does not inherit the main thread's
 * TypeScript loader, so this plain module registers tsx's, then hands over to the TypeScript side.
 */
import { register } from 'tsx/esm/api'

register()
const { checkInThisWorker } = await import('./slides.ts')
await checkInThisWorker()
