/**
 * The embed page and the gallery as HTML text: data strings escaped, the Content-Security-Policy in place, the
 * table accessible. (tests/e2e/charts-kit.test.ts opens the same pages in Chromium.)
 */
import type { ChartDefinition } from 'launch-kit/charts/types'
import { stringsOf } from 'launch-kit/charts/i18n/languages'
import { getChart } from 'launch-kit/charts/registry'
import { darkPalette, palette } from 'launch-kit/charts/theme'
import { galleryHtml, iframeSnippet } from 'launch-kit/scripts/kit/gallery'
import { EMBED_CSP, embedCss, embedHtml, escapeHtml, tableHtml } from 'launch-kit/scripts/kit/html'
import { EMBED_SANDBOX } from 'launch-kit/scripts/kit/snippet'
import { describe, expect, it } from 'vitest'

/** A chart whose every string tries to break out of HTML. */
function hostileChart(): ChartDefinition {
  const base = getChart('harbour-visits')
  const evil = '<script>alert(1)</script>'
  return {
    ...base,
    id: 'hostile',
    title: `Title ${evil}`,
    subtitle: 'Sub "quoted" & <b>bold</b>',
    altText: `Alt" onload="alert(2)`,
    notes: [`Note <img src=x onerror=alert(3)>`],
    sources: [{ publisher: `Pub ${evil}`, title: 'T\'s', url: 'https://example.org/?a=1&b="2"', confidence: 'high' }],
    table: {
      columns: [{ key: 'country', label: 'Country' }, { key: 'v', label: `Value ${evil}`, unit: '<u>' }],
      rows: [{ key: 'PL', label: `Poland ${evil}`, cells: [{ text: `1 ${evil}`, value: 1, status: 'exact' }] }],
    },
  }
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})

describe('the embed page', () => {
  const html = embedHtml(hostileChart(), { dataVersion: 'v1', downloads: [{ path: 'a "b".png', label: '<PNG>' }] })

  it('writes every data string as text, never as markup', () => {
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(html).toContain('<script src="embed.js" defer></script>')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>bold')
    expect(html).toContain('Poland &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('aria-label="Alt&quot; onload=&quot;alert(2)"')
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"')
  })

  it('reads its render options before it is painted, and declares no colour scheme of its own in HTML', () => {
    // Not deferred, and before the stylesheet: the root carries the options when the first styles apply.
    expect(html.indexOf('<script src="embed-options.js"></script>')).toBeGreaterThan(0)
    expect(html.indexOf('<script src="embed-options.js"></script>')).toBeLessThan(html.indexOf('<link rel="stylesheet" href="embed.css">'))
    expect(html).not.toContain('name="color-scheme"')
    const translated = embedHtml(getChart('first-crossings', 'sq'), { dataVersion: 'v1', downloads: [], assets: '../' })
    expect(translated).toContain('<script src="../embed-options.js"></script>')
  })

  it('styles light by default, dark for dark=true and dark=auto under a dark setting, light on paper', () => {
    const css = embedCss('sans-serif')
    expect(css).toContain(`:root{--paper:${palette.paper};`)
    expect(css).toContain(`:root[data-scheme=dark]{--paper:${darkPalette.paper};`)
    expect(css).toContain(`@media (prefers-color-scheme: dark){:root[data-scheme=auto]{--paper:${darkPalette.paper};`)
    expect(css).toMatch(/@media print\{\n:root\[data-scheme\]\{--paper:#FFFFFF;[^}]*color-scheme:light;--page:#fff\}\n\.embed\{min-height:0\}\n\.toggle\{display:none\}/)
    expect(css).toContain(':root[data-plain] h1,:root[data-plain] .subtitle{display:none}')
    expect(css).toContain(':root[data-transparent]{--page:transparent}')
  })

  it('carries a restrictive Content-Security-Policy', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}">`)
    for (const directive of ['default-src \'none\'', 'script-src \'self\'', 'connect-src \'none\'', 'base-uri \'none\'', 'form-action \'none\''])
      expect(EMBED_CSP).toContain(directive)
    expect(EMBED_CSP).not.toContain('unsafe')
  })

  it('has a Data toggle that controls a table with headers for columns and rows', () => {
    const real = embedHtml(getChart('harbour-visits'), { dataVersion: 'v1', downloads: [] })
    expect(real).toContain('aria-controls="harbour-visits-table" aria-expanded="false">Data</button>')
    expect(real).toContain('id="harbour-visits-table" data-view="table" aria-label="Data" hidden')
    const table = tableHtml(getChart('harbour-visits').table, 'caption')
    expect(table).toContain('<th scope="col">Paid visits <span class="unit">(visits)</span></th>')
    expect(table).toContain('<th scope="row">Poland</th>')
    expect(table).toContain('<td data-status="unknown">not known</td>')
  })
})

describe('the gallery', () => {
  it('escapes chart strings and builds an iframe snippet with a title', () => {
    const chart = hostileChart()
    const html = galleryHtml([{ id: chart.id, title: chart.title, subtitle: chart.subtitle, altText: chart.altText, height: 700, files: [{ path: 'hostile-article.png', type: 'image/png', preset: 'article', width: 3200, height: 1800 }] }], { dataVersion: 'v1', baseUrl: '' })
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain('Title &lt;script&gt;')
    // The snippet is shown as text inside the textarea, escaped once more.
    expect(html).toContain('&lt;iframe src=&quot;hostile/embed.html&quot; title=&quot;Title &amp;lt;script&amp;gt;')
  })

  it('tells how to embed: the loader, every URL option, the sandbox, in the page\'s language', () => {
    const html = galleryHtml([], { dataVersion: 'v1', baseUrl: '' }, 'sq')
    const words = stringsOf('sq').kit.gallery.howTo
    for (const line of [words.heading, words.snippet, words.dark, words.plain, words.transparent, words.sandbox(EMBED_SANDBOX)])
      expect(html).toContain(escapeHtml(line))
    for (const option of ['dark=true', 'dark=auto', 'plain=true', 'transparent=true'])
      expect(stringsOf('en').kit.gallery.howTo.dark + stringsOf('en').kit.gallery.howTo.plain + stringsOf('en').kit.gallery.howTo.transparent).toContain(option)
  })

  it('puts the published location in front of the snippet\'s src when given', () => {
    expect(iframeSnippet({ id: 'x', title: 'X', height: 700 }, 'https://example.org/charts/')).toContain('src="https://example.org/charts/x/embed.html"')
  })
})
