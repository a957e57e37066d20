/**
 * project: a launch as a folder of its own — `new` writes one from the engine's template/ (placeholder content, its
 * map shapes generated, the engine packed into vendor/, a lock file for npm ci) and `update` puts this engine into an
 * existing one.
 * May import: core, maps; Node and npm.
 */
export { newLaunch, NewLaunchError, updateLaunch } from './new'
export type { NewLaunchOptions } from './new'
