/**
 * The new-launch flow end to end, away from this repository's launches: the real command (`launch-kit new <folder>
 * --title …`, scripts/new.ts) writes a project from the template and packs the engine into its vendor/; the packed
 * engine (vendor/launch-kit-*.tgz, exactly what `npm pack` puts in it: the `files` list of package.json) is unpacked
 * into the project's node_modules/launch-kit, and every other package is linked from this repository's node_modules,
 * as `npm install` would lay them out but with no network. Then `launch-kit check` and `launch-kit export` run there as
 * a user runs them (the project found from the current folder), and the five outputs carry the template's title and
 * placeholder wording; the project's own data test passes. A file the tarball leaves out fails here.
 *
 * `--no-lock` skips package-lock.json, which `npm install --package-lock-only` writes from the npm registry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ENGINE } from 'launch-kit/scripts/core/paths'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startChild } from '../support/children'
import { REPOSITORY_MODULES } from '../support/fixtures'
import { pdfText } from '../support/pdf'

const CLI = join(ENGINE, 'cli.mjs')
const TITLE = 'Rivers of the North: a test launch'
const SLUG = 'rivers-of-the-north'
const { version, files: PACKED } = JSON.parse(readFileSync(join(ENGINE, 'package.json'), 'utf8')) as { version: string, files: string[] }
const TARBALL = `launch-kit-${version}.tgz`

/** ~2 s to write and pack alone; ~30 s to type-check, ~60 s to export; each up to four times that on two loaded cores. */
const DEADLINE_MS = 280_000

/**
 * This process's environment without the engine's tests' own settings (the project is found from the folder, the
 * project's own vitest run is not taken for a worker of this one), and without colours in what commands print.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  delete env.LAUNCH_KIT_PROJECT
  delete env.FORCE_COLOR
  for (const key of Object.keys(env).filter(k => k.startsWith('VITEST')))
    delete env[key]
  return env
}

function run(command: string, args: string[], cwd: string) {
  return startChild(command, args, { cwd, env: userEnv(), deadline: DEADLINE_MS }).exited
}

/** Every text file of the project (not vendor/, node_modules/ or exports/), by path. */
function textFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return ['vendor', 'node_modules', 'exports'].includes(entry.name) ? [] : textFiles(path, base)
    return /\.(?:ts|vue|md|json|svg)$|^\.gitignore$|^run$/.test(entry.name) ? [path.slice(base.length + 1)] : []
  })
}

let work: string
let folder: string
let written: { code: number | null, stdout: string, stderr: string }

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'new-launch-test-'))
  folder = join(work, 'rivers')
  written = await run(process.execPath, [CLI, 'new', folder, '--title', TITLE, '--no-lock'], work)
}, DEADLINE_MS + 10_000)

afterAll(async () => {
  if (work)
    await rm(work, { recursive: true, force: true })
})

describe('launch-kit new <folder> --title …', () => {
  it('writes the project, with the engine packed into vendor/ and no lock file', () => {
    expect(written.stderr).toBe('')
    expect(written.code).toBe(0)
    expect(written.stdout).toContain(`new launch in ${folder} (engine: vendor/${TARBALL})`)
    for (const entry of ['package.json', 'tsconfig.json', 'slides.md', 'README.md', '.gitignore', '.ci/run', 'vitest.config.ts', 'data/index.ts', 'charts/index.ts', 'charts/map-shapes.ts', 'tests/data.test.ts', `vendor/${TARBALL}`])
      expect(existsSync(join(folder, entry)), entry).toBe(true)
    expect(existsSync(join(folder, '_gitignore'))).toBe(false)
    expect(existsSync(join(folder, 'package-lock.json'))).toBe(false)
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string, dependencies: Record<string, string> }
    expect(pkg.name).toBe('rivers')
    expect(pkg.dependencies['launch-kit']).toBe(`file:vendor/${TARBALL}`)
  })

  it('fills every placeholder of the template: the title, the slug, the folder\'s name, the date', () => {
    const left = textFiles(folder).flatMap(file => (readFileSync(join(folder, file), 'utf8').match(/__[A-Z_]+__/g) ?? []).map(p => `${file}: ${p}`))
    expect(left).toEqual([])
    const slides = readFileSync(join(folder, 'slides.md'), 'utf8')
    expect(slides).toContain(`title: '${TITLE}'`)
    expect(slides).toContain(`exportFilename: ${SLUG}-slides`)
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toContain(`# ${TITLE} — launch deck`)
  })

  it('packs every entry of the engine\'s files list, and no test or fixture', async () => {
    const listed = await run('tar', ['-tzf', join(folder, 'vendor', TARBALL)], work)
    expect(listed.code, listed.stderr).toBe(0)
    const entries = listed.stdout.split('\n').filter(Boolean)
    for (const entry of PACKED)
      expect(entries.some(e => e === `package/${entry}` || e.startsWith(`package/${entry}/`)), entry).toBe(true)
    expect(entries.filter(e => e.startsWith('package/tests/'))).toEqual([])
  })
})

describe('the project, with the packed engine installed', () => {
  beforeAll(async () => {
    // As npm install lays it out, with no network: the tarball unpacked as node_modules/launch-kit, every other
    // package this repository installed linked beside it.
    const modules = join(folder, 'node_modules')
    await mkdir(join(modules, 'launch-kit'), { recursive: true })
    const unpacked = await run('tar', ['-xzf', join(folder, 'vendor', TARBALL), '-C', join(modules, 'launch-kit'), '--strip-components=1'], folder)
    expect(unpacked.code, unpacked.stderr).toBe(0)
    for (const name of readdirSync(REPOSITORY_MODULES).filter(n => n !== 'launch-kit'))
      await symlink(join(REPOSITORY_MODULES, name), join(modules, name), 'dir')
  })

  it('passes launch-kit check: the data, the charts, the deck and the type check', async () => {
    const { code, stdout, stderr } = await run(process.execPath, [join(folder, 'node_modules', 'launch-kit', 'cli.mjs'), 'check'], folder)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/check: 3 datasets, 2 charts in 1 language \(en\) and the deck valid/)
  }, DEADLINE_MS + 10_000)

  it('writes the five outputs with launch-kit export, with the title and the template\'s placeholder wording', async () => {
    const { code, stdout, stderr } = await run(process.execPath, [join(folder, 'node_modules', 'launch-kit', 'cli.mjs'), 'export'], folder)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toMatch(/export: 5 outputs written and verified in [\d.]+s/)
    const out = join(folder, 'exports')
    for (const entry of [`${SLUG}-slides.pdf`, `${SLUG}-handout.pdf`, 'charts/index.html', 'charts/sample-bars/sample-bars.csv', 'charts/sample-map/embed.html', 'site/index.html', `site/${SLUG}-handout.pdf`, 'manifest.json'])
      expect(existsSync(join(out, entry)), entry).toBe(true)
    const slides = (await pdfText(join(out, `${SLUG}-slides.pdf`))).join('\n').replace(/\s+/g, ' ')
    for (const text of [TITLE, 'Placeholder headline: what the first chart shows', 'Sample chart: population by country', 'Sample map: population by country'])
      expect(slides, text).toContain(text)
    const handout = (await pdfText(join(out, `${SLUG}-handout.pdf`))).join('\n').replace(/\s+/g, ' ')
    for (const text of [TITLE, 'Speaker One (placeholder)', 'Your organisation', 'Placeholder: a sample dataset that comes with a new launch'])
      expect(handout, text).toContain(text)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { entries: { path: string }[] }
    expect(manifest.entries.map(e => e.path)).toEqual(expect.arrayContaining([`${SLUG}-slides.pdf`, `${SLUG}-handout.pdf`, 'charts/index.html', 'site/index.html']))
  }, DEADLINE_MS + 10_000)

  it('passes its own data test (npm test\'s first file) with the packed engine', async () => {
    const { code, stdout, stderr } = await run(process.execPath, [join(folder, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/data.test.ts'], folder)
    expect(code, stdout + stderr).toBe(0)
    expect(stdout).toMatch(/Tests {2}.*2 passed/)
  }, DEADLINE_MS + 10_000)
})
