/**
 * exports/charts/index.html: every chart of the kit with its preview, its downloads and an iframe snippet to copy.
 * A static page with its own stylesheet and a small copy-button script, under the same strict policy as the embeds.
 */
import type { ChartMetadata, KitFile } from './files'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { darkPalette, fonts, palette } from '../../charts/theme'
import { event } from '../../data/event'
import { FONT_FILES, fontCssForFolder, readFontFile } from './fonts'
import { escapeHtml, pageHead } from './html'
import { KIT_LICENCE } from './licence'

export interface GalleryEntry {
  id: string
  title: string
  subtitle: string
  altText: string
  notes: number
  /** The files of the chart's folder (from its JSON), relative to that folder. */
  files: KitFile[]
}

export interface GalleryOptions {
  dataVersion: string
  /** Prefix of the iframe src in snippets: where exports/charts/ will be published ('' keeps it relative). */
  baseUrl: string
}

/** A height that fits the chart, its header and its notes in a column of about 700 px. */
export function embedHeight(notes: number): number {
  return Math.min(820, 560 + 36 * notes)
}

export function iframeSnippet(entry: Pick<GalleryEntry, 'id' | 'title' | 'notes'>, baseUrl: string): string {
  const src = `${baseUrl}${entry.id}/embed.html`
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(entry.title)}" width="100%" height="${embedHeight(entry.notes)}" style="border:0;max-width:100%" loading="lazy"></iframe>`
}

function label(file: KitFile): string {
  if (file.preset)
    return `PNG ${file.preset} (${file.width}×${file.height})`
  return { 'image/svg+xml': 'SVG', 'text/csv': 'CSV', 'application/json': 'JSON', 'text/html': 'Embed page' }[file.type] ?? file.path
}

function card(entry: GalleryEntry, options: GalleryOptions): string {
  const id = escapeHtml(entry.id)
  const preview = entry.files.find(f => f.preset === 'article') ?? entry.files.find(f => f.type === 'image/png') ?? entry.files.find(f => f.type === 'image/svg+xml')
  const offered = entry.files.filter(f => f.type.startsWith('image/') || ['text/csv', 'application/json', 'text/html'].includes(f.type))
  const links = offered.map(f => `<li><a href="${id}/${escapeHtml(f.path)}"${f.type === 'text/html' ? '' : ' download'}>${escapeHtml(label(f))}</a></li>`).join('')
  const snippet = escapeHtml(iframeSnippet(entry, options.baseUrl))
  return `<article class="card" id="${id}">
<h2>${escapeHtml(entry.title)}</h2>
<p class="subtitle">${escapeHtml(entry.subtitle)}</p>
${preview ? `<a href="${id}/embed.html"><img src="${id}/${escapeHtml(preview.path)}" alt="${escapeHtml(entry.altText)}" width="800" height="450" loading="lazy"></a>` : ''}
<ul class="downloads">${links}</ul>
<label for="${id}-snippet">Embed code</label>
<textarea id="${id}-snippet" readonly rows="4">${snippet}</textarea>
<button type="button" data-copy="${id}-snippet">Copy embed code</button>
<details><summary>Alt text</summary><p>${escapeHtml(entry.altText)}</p></details>
</article>`
}

export function galleryHtml(entries: readonly GalleryEntry[], options: GalleryOptions): string {
  const where = options.baseUrl ? `The snippets point at ${escapeHtml(options.baseUrl)}.` : 'The snippets use paths relative to this page: put the folder\'s URL in front when you publish it (npm run charts -- --base-url https://…/charts/).'
  return `<!doctype html>
<html lang="en">
<head>
${pageHead(`Charts: ${event.report.shortTitle}`)}
<link rel="stylesheet" href="gallery.css">
<script src="gallery.js" defer></script>
</head>
<body>
<header class="page">
<h1>Charts from “${escapeHtml(event.report.title)}”</h1>
<p>${entries.length} chart${entries.length === 1 ? '' : 's'}, each as PNG (article, social, square), SVG, CSV with its sources, JSON metadata with alt text, and an embed page. ${where}</p>
<p>Licence: <a href="${KIT_LICENCE.url}" rel="license">${KIT_LICENCE.name}</a>, credit ${escapeHtml(KIT_LICENCE.attribution)}. ${escapeHtml(KIT_LICENCE.data)} Data version ${escapeHtml(options.dataVersion)}.</p>
</header>
<main class="grid">
${entries.map(e => card(e, options)).join('\n')}
</main>
</body>
</html>
`
}

export function galleryCss(): string {
  return `${fontCssForFolder('fonts')}
:root{--paper:${palette.paper};--ink:${palette.ink};--muted:${palette.inkMuted};--grid:${palette.grid};--link:${palette.west};color-scheme:light dark}
@media (prefers-color-scheme: dark){:root{--paper:${darkPalette.paper};--ink:${darkPalette.ink};--muted:${darkPalette.inkMuted};--grid:${darkPalette.grid};--link:${darkPalette.west}}}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.45 ${fonts.stack}}
.page{max-width:1200px;margin:0 auto;padding:24px 24px 8px}
h1{font-size:1.6rem;margin:0 0 .5rem}
.grid{max-width:1200px;margin:0 auto;padding:8px 24px 48px;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,520px),1fr));gap:24px}
.card{border:1px solid var(--grid);border-radius:8px;padding:16px;display:flex;flex-direction:column;gap:.5rem}
.card h2{font-size:1.1rem;margin:0}
.subtitle{margin:0;color:var(--muted)}
.card img{width:100%;height:auto;border:1px solid var(--grid)}
.downloads{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.9rem}
label{font-weight:700;font-size:.9rem}
textarea{width:100%;font:13px/1.4 ${fonts.mono};color:var(--ink);background:transparent;border:1px solid var(--grid);border-radius:4px;padding:6px;resize:vertical}
button{align-self:start;font:inherit;font-weight:700;color:var(--ink);background:transparent;border:2px solid var(--muted);border-radius:6px;padding:.25rem .8rem;cursor:pointer}
details{font-size:.9rem;color:var(--muted)}
a{color:var(--link)}
`
}

/** Copy buttons: the Clipboard API where allowed, else select the text so Ctrl+C works. */
export const GALLERY_JS = `document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) return;
  var field = document.getElementById(button.getAttribute('data-copy'));
  if (!field) return;
  field.select();
  var done = function () { button.textContent = 'Copied'; };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(field.value).then(done, function () { button.textContent = 'Press Ctrl+C to copy'; });
  else button.textContent = document.execCommand('copy') ? 'Copied' : 'Press Ctrl+C to copy';
});
`

/** Gallery entries for charts already on disk (a partial run keeps them), read from each chart's JSON. */
export async function galleryEntriesOnDisk(chartsDir: string, ids: readonly string[]): Promise<GalleryEntry[]> {
  const entries = await Promise.all(ids.map(async (id) => {
    try {
      const meta = JSON.parse(await readFile(join(chartsDir, id, `${id}.json`), 'utf8')) as ChartMetadata
      return [{ id, title: meta.title, subtitle: meta.subtitle, altText: meta.altText, notes: meta.notes.length, files: meta.files }]
    }
    catch {
      return []
    }
  }))
  return entries.flat()
}

/** index.html, its stylesheet and script, and the fonts it uses, into the charts folder `dir`. */
export async function writeGallery(dir: string, entries: readonly GalleryEntry[], options: GalleryOptions): Promise<void> {
  await mkdir(join(dir, 'fonts'), { recursive: true })
  await Promise.all([
    writeFile(join(dir, 'index.html'), galleryHtml(entries, options)),
    writeFile(join(dir, 'gallery.css'), galleryCss()),
    writeFile(join(dir, 'gallery.js'), GALLERY_JS),
    ...FONT_FILES.map(async f => writeFile(join(dir, 'fonts', f.name), await readFontFile(f))),
  ])
}
