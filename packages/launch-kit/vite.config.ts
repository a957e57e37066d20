import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import { launchModules, launchValuesAsJson } from './scripts/deck/vite-launch'

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

/**
 * Chart.js loads with the first chart slide, not with the first slide. Slidev's build puts every module
 * whose path starts with node_modules/vue into its eagerly loaded `modules/vue` chunk, and that prefix also matches
 * vue-chartjs, which then drags chart.js in with it. Here vue-chartjs is left to the bundler, which puts it and
 * chart.js in a chunk only chart slides import. (Runs after Slidev's config hook and wraps its manualChunks.)
 */
function chartsWithChartSlides(): Plugin {
  return {
    name: 'deck:charts-with-chart-slides',
    enforce: 'post',
    config: (config, env) => {
      const output = env.command === 'build' ? config.build?.rollupOptions?.output : undefined
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function')
        return
      const slidev = output.manualChunks
      output.manualChunks = (id, meta) => (id.includes('/node_modules/vue-chartjs/') ? undefined : slidev(id, meta))
    },
  }
}

/**
 * Work a build does that nobody reads: the gzip size of every file, printed in the build's log (the export keeps
 * that log only to show it when the build fails). Nothing in the output changes.
 */
function quietBuild(): Plugin {
  return {
    name: 'deck:quiet-build',
    enforce: 'post',
    config: (_config, env) => (env.command === 'build' ? { build: { reportCompressedSize: false } } : {}),
  }
}

export default defineConfig({
  optimizeDeps: {
    // uqr (the Q&A QR code) too: found late, it made Vite re-optimise and reload the page on the first dev load.
    include: ['chart.js', 'vue-chartjs', 'chartjs-chart-matrix', 'chartjs-chart-geo', 'zod', 'uqr'],
    // The engine is TypeScript and Vue source, installed or linked: served as it is, so its modules (and the launch
    // it holds, charts/launch.ts) exist once, not again inside a pre-bundled copy.
    exclude: ['launch-kit'],
  },
  server: {
    host: '127.0.0.1',
  },
  plugins: [launchModules(), launchValuesAsJson(), keepPrintRoute(), chartsWithChartSlides(), quietBuild()],
})
