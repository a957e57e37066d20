import { defineConfig } from 'vitest/config'

/**
 * This launch's tests: its data check in plain Node, then one whole export in Chromium. The export builds the deck
 * and draws every chart, so its file runs alone and gets minutes, not seconds.
 */
export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
