import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { facts } from '../../charts/facts'
import { event } from '../../data/event'

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
 * Chart.js loads with the first chart slide, not with the first slide (issue 7). Slidev's build puts every module
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
 * The first slide reads the event (holding slide, $event) and every slide's text may read $facts; both are built
 * from data/ modules that pull in the whole source registry and several datasets. In the built deck they are
 * plain values, so the build writes them as JSON (evaluated here, when the build starts, from the same modules):
 * the first slide then loads a few hundred bytes of data instead of ~25 kB of modules (issue 7). The dev server
 * (npm run present) keeps the live modules, so an edit in data/ still shows at once.
 */
function dataAsJson(): Plugin {
  const modules = new Map([
    [fileURLToPath(new URL('../../data/event.ts', import.meta.url)), `export const event = ${JSON.stringify(event)}\n`],
    [fileURLToPath(new URL('../../charts/facts.ts', import.meta.url)), `export const facts = ${JSON.stringify(facts)}\n`],
  ])
  return {
    name: 'deck:data-as-json',
    apply: 'build',
    enforce: 'pre',
    load: id => modules.get(id.split('?')[0]!),
  }
}

export default defineConfig({
  optimizeDeps: {
    // uqr (the Q&A QR code) too: found late, it made Vite re-optimise and reload the page on the first dev load.
    include: ['chart.js', 'vue-chartjs', 'chartjs-chart-matrix', 'chartjs-chart-geo', 'zod', 'uqr'],
  },
  server: {
    host: '127.0.0.1',
  },
  plugins: [keepPrintRoute(), chartsWithChartSlides(), dataAsJson()],
})
