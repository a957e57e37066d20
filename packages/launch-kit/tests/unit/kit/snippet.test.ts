import { EMBED_SANDBOX, embedSnippet, HEIGHT_LIMITS, LOADER_JS, SANDBOX } from 'launch-kit/scripts/kit/snippet'
/**
 * The gallery's embed code as text (scripts/kit/snippet.ts): the iframe with its height, title and sandbox, the
 * loader after it. tests/e2e/embed-hosts.test.ts pastes it into article pages in Chromium and tries to abuse it.
 */
import { describe, expect, it } from 'vitest'

describe('the embed snippet', () => {
  const snippet = embedSnippet({ id: 'first-crossings', title: 'Who came "first" <here>', src: 'https://example.org/charts/first-crossings/sq/embed.html', height: 812.4 })

  it('is the iframe, then the loader', () => {
    expect(snippet).toBe(`<iframe src="https://example.org/charts/first-crossings/sq/embed.html" title="Who came &quot;first&quot; &lt;here&gt;" data-chart-kit="first-crossings" width="100%" height="812" style="border:0;width:100%;max-width:100%" loading="lazy" sandbox="${EMBED_SANDBOX}"></iframe>\n<script>${LOADER_JS}</script>`)
  })

  it('sandboxes the frame with what the embed needs and no more, each flag with its reason', () => {
    expect(EMBED_SANDBOX.split(' ')).toEqual(['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-downloads'])
    for (const reason of Object.values(SANDBOX))
      expect(reason.length).toBeGreaterThan(10)
    for (const never of ['allow-top-navigation', 'allow-forms', 'allow-modals', 'allow-pointer-lock', 'allow-presentation'])
      expect(EMBED_SANDBOX).not.toContain(never)
  })

  it('has a loader that is plain script, installs once, checks source, origin and chart, and clamps the height', () => {
    // Parsed, not run: the loader is meant for the host page.
    // eslint-disable-next-line no-new-func
    expect(() => new Function(LOADER_JS)).not.toThrow()
    expect(LOADER_JS).not.toMatch(/<\/script|=>|\blet\b|\bconst\b|`/)
    expect(LOADER_JS).toContain('if(w.chartKitLoader)return')
    expect(LOADER_JS).toContain('f[i].contentWindow===e.source')
    expect(LOADER_JS).toContain('e.origin===origin(f[i])')
    expect(LOADER_JS).toContain('f[i].getAttribute(\'data-chart-kit\')===m.chart')
    expect(LOADER_JS).toContain(`Math.min(Math.max(m.height,${HEIGHT_LIMITS.min}),${HEIGHT_LIMITS.max})`)
    expect(LOADER_JS.length).toBeLessThan(1000)
  })
})
