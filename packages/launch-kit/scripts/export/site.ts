/**
 * The static site: Slidev's build of the deck (already in the run's staging area, where the export printed from it),
 * plus the verified PDFs at its root so the deck's "Download PDF" link (headmatter `download:`) works offline, plus
 * the chart kit's folder when there is one. The run puts it in place with everything else, at the very end.
 * The manifest lists every site file (kind 'site', path site/…), so an upload to a host can be checked file by file.
 */
import type { StagedOutput } from '../output/index'
import { cp, readdir, stat, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { assertNoProblems, describeFile } from '../output/index'

export interface SiteFile {
  name: string
  bytes: Uint8Array
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

/**
 * Puts the PDFs and the chart kit into the staged build and checks that the download link resolves.
 * `download` is the headmatter value; Slidev links a string to that path, relative to the site root.
 */
export async function stageSite(staging: string, files: readonly SiteFile[], chartKit: string, download: unknown): Promise<{ chartKit: boolean }> {
  for (const file of files)
    await writeFile(join(staging, file.name), file.bytes)
  const withKit = await exists(chartKit)
  if (withKit)
    await cp(chartKit, join(staging, 'charts'), { recursive: true })
  const problems: string[] = []
  if (!(await exists(join(staging, 'index.html'))))
    problems.push('the build has no index.html')
  if (typeof download === 'string' && download.startsWith('/') && !(await exists(join(staging, download))))
    problems.push(`slides.md sets download: ${download}, but the site has no such file (it has ${files.map(f => `/${f.name}`).join(', ') || 'no PDF'})`)
  assertNoProblems('site', problems, 'Set `download:` in slides.md to /<slug>-slides.pdf (the slug is in data/event.ts), and include slides in --only.')
  return { chartKit: withKit }
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter(e => e.isFile()).map(e => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort()
}

/** The staged site as the run puts it in place: at <out>/site, every file in the manifest. */
export async function siteOutput(staging: string, out: string, dataVersion: string): Promise<StagedOutput> {
  const site = join(out, 'site')
  const entries = await Promise.all((await listFiles(staging)).map(f => describeFile(out, join(staging, f), 'site', { dataVersion, as: `site/${f}` })))
  return { kind: 'site', path: site, bytes: entries.reduce((n, e) => n + e.bytes, 0), files: entries.length, swaps: [{ from: staging, to: site }], entries, owns: kind => kind === 'site' }
}
