import type { Plugin } from 'vite'
import { defineConfig } from 'vite'

/**
 * Slidev adds its /print route only to `slidev export` and to builds with `download: true`, and the latter also
 * runs Slidev's own exporter. Our exporter prints from the static build, so the build keeps the print route.
 * (The define is Slidev's feature flag; it is read at build time only.)
 */
function keepPrintRoute(): Plugin {
  return {
    name: 'deck:keep-print-route',
    enforce: 'post',
    config: (_config, env) => (env.command === 'build' ? { define: { __SLIDEV_FEATURE_PRINT__: 'true' } } : {}),
  }
}

export default defineConfig({
  optimizeDeps: {
    include: ['chart.js', 'vue-chartjs', 'chartjs-chart-matrix', 'zod'],
  },
  server: {
    host: '127.0.0.1',
  },
  plugins: [keepPrintRoute()],
})
