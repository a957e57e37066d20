// The type of the build's folder the e2e projects provide (its declaration sits with the global setup).
import type {} from 'launch-kit/tests/support/global-setup'
/**
 * This deck is legible on Zoom: `npm run lint:zoom` on the deck as built (one build for the deck's e2e files:
 * packages/launch-kit/tests/support/global-setup.ts) finds no violation on any of its slides: its titles, bullets,
 * quotes, source lines and the labels of its nine charts at their real lengths. The lint's rules are the engine's to
 * test, on a synthetic slide and its fixture decks.
 */
import { join } from 'node:path'
import { ENGINE, ROOT } from 'launch-kit/scripts/core/paths'
import { startChild } from 'launch-kit/tests/support/children'
import { TSX } from 'launch-kit/tests/support/script-run'
import { describe, expect, inject, it } from 'vitest'

describe('npm run lint:zoom on this deck as built', () => {
  it('finds no violation on any of its 25 slides', async () => {
    // ~20 s alone, a minute or two on two loaded cores.
    const { code, stdout, stderr } = await startChild(process.execPath, [TSX, join(ENGINE, 'scripts/lint-zoom.ts'), '--dist', inject('distDir')], { cwd: ROOT, deadline: 170_000 }).exited
    const out = stdout + stderr
    expect(out, out).toMatch(/lint:zoom: 25 slides legible, no violations/)
    expect(out).not.toMatch(/^\[lint:zoom\]/m)
    expect(code).toBe(0)
  })
})
