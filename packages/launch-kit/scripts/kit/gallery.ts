/**
 * The gallery: every chart of the kit with its preview, its downloads and an iframe snippet to copy, one page per
 * language (exports/charts/index.html in the report's language, index.<lang>.html for each translation), each with
 * a language switch and, for a translation not yet reviewed, a notice saying so. Static pages with their own
 * stylesheet and a small copy-button script, under the same strict policy as the embeds.
 */
import type { Lang } from '../../charts/i18n/languages'
import type { ChartMetadata, KitFile } from './files'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defaultLang, langs, stringsOf } from '../../charts/i18n/languages'
import { PRESET_NAMES } from '../../charts/presets'
import { darkPalette, fonts, palette } from '../../charts/theme'
import { launchEvent } from '../../data/launch'
import { langDir } from './files'
import { FONT_FILES, fontCssForFolder, readFontFile } from './fonts'
import { escapeHtml, pageHead } from './html'
import { kitLicence } from './licence'
import { EMBED_SANDBOX, embedSnippet } from './snippet'

export interface GalleryEntry {
  id: string
  /** The language of this version of the chart (default: the report's). */
  lang?: Lang
  /** False for a translation not yet reviewed (default: true). */
  reviewed?: boolean
  title: string
  subtitle: string
  altText: string
  /** The iframe's height where no script resizes it: the embed page's height at 375 px (embed-height.ts). */
  height: number
  /** The files of the chart's folder (from its JSON), relative to that folder. */
  files: KitFile[]
}

export interface GalleryOptions {
  dataVersion: string
  /** Prefix of the iframe src in snippets: where exports/charts/ will be published ('' keeps it relative). */
  baseUrl: string
}

/** The gallery page of a language, in the charts folder. */
export function galleryPage(lang: Lang): string {
  return lang === defaultLang() ? 'index.html' : `index.${lang}.html`
}

/** The embed code of one chart in one language: the iframe and the loader (snippet.ts). */
export function iframeSnippet(entry: Pick<GalleryEntry, 'id' | 'title' | 'height'> & { lang?: Lang }, baseUrl: string): string {
  const src = `${baseUrl}${entry.id}/${langDir(entry.lang ?? defaultLang())}embed.html`
  return embedSnippet({ id: entry.id, title: entry.title, src, height: entry.height })
}

function label(file: KitFile, lang: Lang): string {
  const words = stringsOf(lang).kit
  if (file.preset)
    return `PNG ${words.presets[file.preset]} (${file.width}×${file.height})`
  return { 'image/svg+xml': 'SVG', 'text/csv': 'CSV', 'application/json': 'JSON', 'text/html': words.embed.embedPage }[file.type] ?? file.path
}

function card(entry: GalleryEntry, options: GalleryOptions): string {
  const lang = entry.lang ?? defaultLang()
  const words = stringsOf(lang).kit
  const id = escapeHtml(entry.id)
  const own = entry.files.filter(f => (f.lang ?? defaultLang()) === lang)
  const preview = own.find(f => f.preset === 'article') ?? own.find(f => f.type === 'image/png') ?? own.find(f => f.type === 'image/svg+xml')
  const offered = own.filter(f => f.type.startsWith('image/') || ['text/csv', 'application/json', 'text/html'].includes(f.type))
  const links = offered.map(f => `<li><a href="${id}/${escapeHtml(f.path)}"${f.type === 'text/html' ? '' : ' download'}>${escapeHtml(label(f, lang))}</a></li>`).join('')
  const snippet = escapeHtml(iframeSnippet(entry, options.baseUrl))
  const embed = `${id}/${escapeHtml(langDir(lang))}embed.html`
  return `<article class="card" id="${id}">
<h2>${escapeHtml(entry.title)}</h2>
<p class="subtitle">${escapeHtml(entry.subtitle)}</p>${entry.reviewed !== false ? '' : `\n<p class="unreviewed">${escapeHtml(words.notReviewed)}</p>`}
${preview ? `<a href="${embed}"><img src="${id}/${escapeHtml(preview.path)}" alt="${escapeHtml(entry.altText)}" width="800" height="450" loading="lazy"></a>` : ''}
<ul class="downloads">${links}</ul>
<label for="${id}-snippet">${escapeHtml(words.gallery.embedCode)}</label>
<textarea id="${id}-snippet" readonly rows="6">${snippet}</textarea>
<button type="button" data-copy="${id}-snippet" data-copied="${escapeHtml(words.gallery.copied)}" data-press="${escapeHtml(words.gallery.pressToCopy)}">${escapeHtml(words.gallery.copy)}</button>
<details><summary>${escapeHtml(words.gallery.altText)}</summary><p>${escapeHtml(entry.altText)}</p></details>
</article>`
}

/** Links to every language's gallery page; the current one is marked for assistive technology. */
function languageSwitch(current: Lang): string {
  const links = langs().map((lang) => {
    const meta = stringsOf(lang).meta
    const here = lang === current ? ' aria-current="page"' : ''
    return `<li><a href="${galleryPage(lang)}" hreflang="${escapeHtml(meta.tag)}" lang="${escapeHtml(meta.tag)}"${here}>${escapeHtml(meta.name)}</a></li>`
  }).join('')
  return `<nav class="languages" aria-label="${escapeHtml(stringsOf(current).kit.gallery.language)}"><ul>${links}</ul></nav>`
}

/** How to embed: the snippet and its loader, the options of the embed page's address, the iframe's sandbox. */
function howToEmbed(lang: Lang): string {
  const words = stringsOf(lang).kit.gallery.howTo
  const options = [words.dark, words.plain, words.transparent].map(line => `<li>${escapeHtml(line)}</li>`).join('')
  return `<section class="how" aria-labelledby="how-to">
<h2 id="how-to">${escapeHtml(words.heading)}</h2>
<p>${escapeHtml(words.snippet)}</p>
<p>${escapeHtml(words.options)}</p>
<ul>${options}</ul>
<p>${escapeHtml(words.sandbox(EMBED_SANDBOX))}</p>
</section>`
}

/** One language's gallery page: `entries` are that language's versions of the charts. */
export function galleryHtml(entries: readonly GalleryEntry[], options: GalleryOptions, lang: Lang = defaultLang()): string {
  const strings = stringsOf(lang)
  const licence = kitLicence()
  const words = strings.kit.gallery
  const where = options.baseUrl ? escapeHtml(words.absolute(options.baseUrl)) : escapeHtml(words.relative)
  const presets = PRESET_NAMES.map(p => strings.kit.presets[p]).join(', ')
  const notice = strings.meta.reviewed ? '' : `\n<p class="unreviewed">${escapeHtml(strings.kit.notReviewed)}</p>`
  return `<!doctype html>
<html lang="${escapeHtml(strings.meta.tag)}">
<head>
${pageHead(words.pageTitle(launchEvent().report.shortTitle))}
<link rel="stylesheet" href="gallery.css">
<script src="gallery.js" defer></script>
</head>
<body>
<header class="page">
${languageSwitch(lang)}
<h1>${escapeHtml(words.heading(launchEvent().report.title))}</h1>
<p>${escapeHtml(words.intro(entries.length, presets))} ${where}</p>
<p>${escapeHtml(words.licence)} <a href="${licence.url}" rel="license">${licence.name}</a>, ${escapeHtml(words.credit)} ${escapeHtml(licence.attribution)}. ${escapeHtml(strings.kit.licence.data)} ${escapeHtml(strings.kit.embed.dataVersion(options.dataVersion))}</p>${notice}
${howToEmbed(lang)}
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
:root{--paper:${palette.paper};--ink:${palette.ink};--muted:${palette.inkMuted};--grid:${palette.grid};--link:${palette.blue};color-scheme:light dark}
@media (prefers-color-scheme: dark){:root{--paper:${darkPalette.paper};--ink:${darkPalette.ink};--muted:${darkPalette.inkMuted};--grid:${darkPalette.grid};--link:${darkPalette.blue}}}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.45 ${fonts.stack}}
.page{max-width:1200px;margin:0 auto;padding:24px 24px 8px}
h1{font-size:1.6rem;margin:0 0 .5rem}
.how{max-width:75ch;font-size:.95rem}
.how h2{font-size:1.15rem;margin:1rem 0 .3rem}
.how p,.how ul{margin:.3rem 0}
.grid{max-width:1200px;margin:0 auto;padding:8px 24px 48px;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,520px),1fr));gap:24px}
.card{border:1px solid var(--grid);border-radius:8px;padding:16px;display:flex;flex-direction:column;gap:.5rem}
.card h2{font-size:1.1rem;margin:0}
.subtitle{margin:0;color:var(--muted)}
.unreviewed{margin:0;font-style:italic;color:var(--muted)}
.languages ul{list-style:none;padding:0;margin:0 0 .75rem;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.languages [aria-current]{font-weight:700;color:var(--ink);text-decoration:none}
.card img{width:100%;height:auto;border:1px solid var(--grid)}
.downloads{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.9rem}
label{font-weight:700;font-size:.9rem}
textarea{width:100%;font:13px/1.4 ${fonts.mono};color:var(--ink);background:transparent;border:1px solid var(--grid);border-radius:4px;padding:6px;resize:vertical}
button{align-self:start;font:inherit;font-weight:700;color:var(--ink);background:transparent;border:2px solid var(--muted);border-radius:6px;padding:.25rem .8rem;cursor:pointer}
details{font-size:.9rem;color:var(--muted)}
a{color:var(--link)}
`
}

/** Copy buttons: the Clipboard API where allowed, else select the text so Ctrl+C works. Captions come from the button's data attributes, in the page's language. */
export const GALLERY_JS = `document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) return;
  var field = document.getElementById(button.getAttribute('data-copy'));
  if (!field) return;
  field.select();
  var copied = button.getAttribute('data-copied'), press = button.getAttribute('data-press');
  var done = function () { button.textContent = copied; };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(field.value).then(done, function () { button.textContent = press; });
  else button.textContent = document.execCommand('copy') ? copied : press;
});
`

/** The iframe height for a chart folder written before the kit measured its embed pages. */
const UNMEASURED_HEIGHT = 720

/** Gallery entries for charts already on disk (a partial run keeps them), every language, read from each JSON. */
export async function galleryEntriesOnDisk(chartsDir: string, ids: readonly string[]): Promise<GalleryEntry[]> {
  const entries = await Promise.all(ids.flatMap(id => langs().map(async (lang) => {
    try {
      const meta = JSON.parse(await readFile(join(chartsDir, id, `${langDir(lang)}${id}.json`), 'utf8')) as ChartMetadata
      return [{ id, lang, reviewed: meta.reviewed ?? lang === defaultLang(), title: meta.title, subtitle: meta.subtitle, altText: meta.altText, height: meta.embed?.height ?? UNMEASURED_HEIGHT, files: meta.files }]
    }
    catch {
      return []
    }
  })))
  return entries.flat()
}

/** Every language's page, the stylesheet and script, and the fonts they use, into the charts folder `dir`. */
export async function writeGallery(dir: string, entries: readonly GalleryEntry[], options: GalleryOptions): Promise<void> {
  await mkdir(join(dir, 'fonts'), { recursive: true })
  await Promise.all([
    ...langs().map(lang => writeFile(join(dir, galleryPage(lang)), galleryHtml(entries.filter(e => (e.lang ?? defaultLang()) === lang), options, lang))),
    writeFile(join(dir, 'gallery.css'), galleryCss()),
    writeFile(join(dir, 'gallery.js'), GALLERY_JS),
    ...FONT_FILES.map(async f => writeFile(join(dir, 'fonts', f.name), await readFontFile(f))),
  ])
}
