/**
 * The static site: Slidev's build of the deck (already in the run's staging area, where the export printed from it),
 * plus the chart kit's folder when there is one, plus the verified PDFs at its root so the deck's "Download PDF" link
 * (headmatter `download:`) works offline. The run puts it in place with everything else, at the very end.
 * The manifest lists every site file (kind 'site', path site/…), so an upload to a host can be checked file by file.
 */
import type { ManifestEntry, StagedOutput } from '../output/index'
import { cp, readdir, stat, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { assertNoProblems, describeBytes, describeFile } from '../output/index'

export interface SiteFile {
  name: string
  bytes: Uint8Array
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

/** The site before its PDFs: the kit copied in and every file described for the manifest. */
export interface PreparedSite {
  dir: string
  entries: ManifestEntry[]
  chartKit: boolean
}

/**
 * The first part, started as soon as the deck is built and the kit staged, so it runs while the PDFs are printed
 * and checked: the chart kit copied into the built deck (this run's, whose manifest entries give the copies' hashes,
 * or the one in <out>/charts) and every file described for the manifest.
 */
export async function prepareSite(dir: string, out: string, dataVersion: string, kit: { dir: string, entries?: readonly ManifestEntry[] }): Promise<PreparedSite> {
  const withKit = await exists(kit.dir)
  if (withKit)
    await cp(kit.dir, join(dir, 'charts'), { recursive: true })
  const known = new Map((kit.entries ?? []).map(e => [`site/${e.path}`, e]))
  const entries = await Promise.all((await listFiles(dir)).map(async (f) => {
    const as = `site/${f}`
    const copy = known.get(as)
    return copy ? { kind: 'site', path: as, bytes: copy.bytes, sha256: copy.sha256, dataVersion } : describeFile(out, join(dir, f), 'site', { dataVersion, as })
  }))
  return { dir, entries, chartKit: withKit }
}

/**
 * The last part, once the PDFs are verified: they go to the site's root and the download link must resolve.
 * `download` is the headmatter value; Slidev links a string to that path, relative to the site root.
 */
export async function finishSite(site: PreparedSite, out: string, files: readonly SiteFile[], download: unknown, dataVersion: string): Promise<StagedOutput> {
  const entries = [...site.entries]
  for (const file of files) {
    await writeFile(join(site.dir, file.name), file.bytes)
    entries.push(describeBytes(`site/${file.name}`, file.bytes, 'site', { dataVersion }))
  }
  const problems: string[] = []
  if (!(await exists(join(site.dir, 'index.html'))))
    problems.push('the build has no index.html')
  if (typeof download === 'string' && download.startsWith('/') && !(await exists(join(site.dir, download))))
    problems.push(`slides.md sets download: ${download}, but the site has no such file (it has ${files.map(f => `/${f.name}`).join(', ') || 'no PDF'})`)
  assertNoProblems('site', problems, 'Set `download:` in slides.md to /<slug>-slides.pdf (the slug is in data/event.ts), and include slides in --only.')
  entries.sort((a, b) => a.path.localeCompare(b.path))
  const path = join(out, 'site')
  return { kind: 'site', path, bytes: entries.reduce((n, e) => n + e.bytes, 0), files: entries.length, swaps: [{ from: site.dir, to: path }], entries, owns: kind => kind === 'site' }
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter(e => e.isFile()).map(e => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort()
}
