/**
 * output: writing safely. A run's staging area (staging) swapped in all together (atomic), the folder lock,
 * clearing what a killed run left, cleanup on Ctrl-C, the manifest, the data version, the project's cache of what
 * exports made (cache, with the hashes its keys are made of: fingerprint), and the error a failed check throws before
 * anything is written (problems).
 * May import: core, Node and small libraries (proper-lockfile). Imported by every command that writes.
 */
export { swapIntoPlace, tempPathFor, WriteError, writeFileAtomic } from './atomic'
export type { Swap } from './atomic'
export { cacheStore } from './cache'
export type { CacheOptions, CacheStore } from './cache'
export { dataVersion } from './data-version'
export { engineKey, hashFile, hashTree, hashValues, listTree, stableJson } from './fingerprint'
export { deferringInterrupts, onInterrupt } from './interrupt'
export { makeWorkDir } from './leftovers'
export { FolderBusyError, LOCK_NAME, lockExportFolder, OWNER_NAME } from './lock'
export type { FolderLock } from './lock'
export { describeBytes, describeFile, MANIFEST_NAME, manifestText, mergeManifest, readManifest } from './manifest'
export type { Manifest, ManifestEntry } from './manifest'
export { assertNoProblems, ExportError } from './problems'
export { createStaging } from './staging'
export type { StagedOutput, Staging, StagingOptions } from './staging'
