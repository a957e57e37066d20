import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` (plain Node: data, registry, formatting, alt text) and `e2e` (the built deck and the real
 * commands in Chromium). The e2e project builds the deck once for all its files (tests/support/global-setup.ts).
 */
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
