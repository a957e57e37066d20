/**
 * Writes a new launch project from the engine's template/ — the same top level as every launch (package.json,
 * tsconfig.json, slides.md, components, data, scripts, public), placeholder content that says so, its own tests and
 * .ci/run — and makes it self-contained: the engine is packed into its vendor/ (npm pack, so exactly the files a
 * published package would hold) and its package.json points there, so the folder installs and passes its tests on any
 * machine with Node, npm and the npm registry, copied or pushed as a repository of its own. A package-lock.json is
 * written too (npm install --package-lock-only), so its .ci/run can use npm ci.
 *
 * Why a packed engine rather than a git dependency or a published package: the engine lives in this repository and
 * is not published; a tarball beside the project pins exactly the engine it was made with, needs no access to this
 * repository, and updating is replacing one file (`updateLaunch`).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ENGINE } from '../core/index'
import { makeMapShapes, mapShapesModule } from '../maps/index'

export class NewLaunchError extends Error {
  override name = 'NewLaunchError'
}

export interface NewLaunchOptions {
  /** The folder to write; it must not exist yet, or be empty. */
  folder: string
  /** The report's title (a placeholder when not given). */
  title?: string
  /** Today as YYYY-MM-DD, the starting date of the data review (default: the clock's, in UTC). */
  today?: string
  /** Skip the lock file (for tests that do not install). */
  lock?: boolean
  say?: (line: string) => void
}

const TEMPLATE = join(ENGINE, 'template')
/** Text files whose placeholders are filled; everything else is copied as it is. */
const TEXT = /\.(?:ts|vue|md|json|txt|svg)$|^\.gitignore$|^run$/

function kebab(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'launch'
}

/** The engine packed into `dir` (a tarball npm can install); returns its file name. */
function packEngine(dir: string): string {
  const output = execFileSync('npm', ['pack', ENGINE, '--pack-destination', dir, '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const [packed] = JSON.parse(output) as { filename: string }[]
  if (!packed)
    throw new NewLaunchError(`npm pack ${ENGINE} wrote no tarball; run it by hand to see why.`)
  return packed.filename.replace(/^.*\//, '')
}

async function fill(dir: string, values: Record<string, string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      await fill(path, values)
      continue
    }
    if (!TEXT.test(entry.name))
      continue
    const text = await readFile(path, 'utf8')
    const filled = text.replace(/__([A-Z_]+)__/g, (all, key: string) => values[key] ?? all)
    if (filled !== text)
      await writeFile(path, filled)
  }
}

export async function newLaunch(options: NewLaunchOptions): Promise<{ folder: string, engine: string }> {
  const say = options.say ?? (() => {})
  const folder = resolve(options.folder)
  if (existsSync(folder) && readdirSync(folder).length > 0)
    throw new NewLaunchError(`${folder} exists and is not empty: choose a new folder (npm run new -- <folder>), so nothing of yours is overwritten.`)
  const title = (options.title ?? 'Your report title: a subtitle').trim()
  if (!title)
    throw new NewLaunchError('--title is empty: give the report\'s title, e.g. --title "Water in the Sahel: who pays"')
  const shortTitle = title.split(/:\s+/)[0]!.trim()
  const engine = await (async () => {
    await mkdir(folder, { recursive: true })
    await cp(TEMPLATE, folder, { recursive: true })
    // npm leaves any .gitignore out of a packed package, so the template keeps it as _gitignore.
    await rename(join(folder, '_gitignore'), join(folder, '.gitignore'))
    await mkdir(join(folder, 'vendor'), { recursive: true })
    say('packing the engine into vendor/')
    return packEngine(join(folder, 'vendor'))
  })().catch(async (error: unknown) => {
    // A half-written project is no use to anyone: it goes, so the same command can be run again.
    await rm(folder, { recursive: true, force: true })
    throw error
  })
  try {
    await fill(folder, {
      TITLE: title.replace(/'/g, '\u2019'),
      SHORT_TITLE: shortTitle.replace(/'/g, '\u2019'),
      SLUG: kebab(shortTitle),
      NAME: kebab(basename(folder)),
      TODAY: options.today ?? new Date().toISOString().slice(0, 10),
      ENGINE_TGZ: engine,
    })
    // The starter map draws the template's countries: their shapes are generated now, as npm run map-shapes would.
    const { countries } = await import(pathToFileURL(join(folder, 'data', 'countries.ts')).href) as { countries: { country: string }[] }
    await writeFile(join(folder, 'charts', 'map-shapes.ts'), mapShapesModule(makeMapShapes(countries.map(c => c.country))))
    if (options.lock !== false) {
      say('writing package-lock.json (npm install --package-lock-only)')
      execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] })
    }
  }
  catch (error) {
    await rm(folder, { recursive: true, force: true })
    throw new NewLaunchError(`could not write the new launch into ${folder}: ${error instanceof Error ? error.message : String(error)}\nNothing was left there; run the command again once the cause is fixed.`)
  }
  return { folder, engine: relative(folder, join(folder, 'vendor', engine)) }
}

/** Packs this engine into an existing launch's vendor/, points its package.json there and runs npm install in it. */
export async function updateLaunch(folderArg: string, say: (line: string) => void = () => {}): Promise<string> {
  const folder = resolve(folderArg)
  const manifest = join(folder, 'package.json')
  if (!existsSync(manifest) || !existsSync(join(folder, 'slides.md')))
    throw new NewLaunchError(`${folder} is not a launch project (no package.json and slides.md there): give the folder npm run new wrote.`)
  const vendor = join(folder, 'vendor')
  await mkdir(vendor, { recursive: true })
  const old = readdirSync(vendor).filter(f => /^launch-kit-.*\.tgz$/.test(f))
  say('packing the engine into vendor/')
  const engine = packEngine(vendor)
  for (const file of old.filter(f => f !== engine))
    await rm(join(vendor, file), { force: true })
  const pkg = JSON.parse(await readFile(manifest, 'utf8')) as { dependencies?: Record<string, string> }
  pkg.dependencies = { ...pkg.dependencies, 'launch-kit': `file:vendor/${engine}` }
  await writeFile(manifest, `${JSON.stringify(pkg, null, 2)}\n`)
  say('npm install')
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' })
  return engine
}
