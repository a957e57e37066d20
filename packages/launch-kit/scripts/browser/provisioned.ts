/**
 * The Chromium the npm registry serves: `@sparticuz/chromium` ships a brotli-packed Linux x64 Chromium in its bin/
 * folder. It is a regular dependency, not an optional one: npm silently skips an optional dependency whose `engines`
 * do not match, and this one asks for Node ^22.17 while we run on Node 20 (the binary itself runs fine there). It has
 * no `os`/`cpu` fields, so macOS and Windows install it as plain files and never unpack it. We unpack it into node_modules/.cache/deck-browser/ (not the package's own /tmp
 * location, which two users or two projects on one machine would share) and use it with this project's own launch
 * flags, not the package's serverless ones (they turn off web security and force a single process).
 * This file only says where things are; provision.ts does the unpacking.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { ROOT } from '../core/index'

export const NPM_CHROMIUM = '@sparticuz/chromium'

/** The packed binary's platform: the package ships only this one (its arm64 build is not on the registry). */
export const NPM_CHROMIUM_PLATFORM = { platform: 'linux', arch: 'x64' } as const

export const BROWSER_CACHE = join(ROOT, 'node_modules', '.cache', 'deck-browser')

export interface NpmChromium {
  /** The package's version, e.g. 153.0.0 (its Chromium is 153). */
  version: string
  /** bin/chromium.br inside the package. */
  packed: string
  /** Where we unpack it. */
  unpacked: string
}

/** The installed package, or undefined when npm skipped it or it was removed; unpacked under `cacheDir`. */
export function npmChromium(cacheDir: string = BROWSER_CACHE): NpmChromium | undefined {
  try {
    // The package exports only ".", which resolves to build/index.js; its root is one folder up.
    const root = dirname(dirname(createRequire(join(ROOT, 'package.json')).resolve(NPM_CHROMIUM)))
    const { version } = createRequire(join(ROOT, 'package.json'))(join(root, 'package.json')) as { version: string }
    const packed = join(root, 'bin', 'chromium.br')
    return existsSync(packed) ? { version, packed, unpacked: join(cacheDir, `sparticuz-${version}`, 'chromium') } : undefined
  }
  catch {
    return undefined
  }
}

/** The unpacked binary if it is there. */
export function provisionedPath(): string | undefined {
  const chromium = npmChromium()
  return chromium && existsSync(chromium.unpacked) ? chromium.unpacked : undefined
}
