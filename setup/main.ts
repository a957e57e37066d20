import { defineAppSetup } from '@slidev/types'
import { facts } from '../charts/facts'
import { registerCharts } from '../charts/register'
import { event } from '../data/event'

export default defineAppSetup(({ app }) => {
  const Chart = registerCharts()
  // Slide text reads figures as {{ $facts.name }} and event details as {{ $event.… }}, never typed by hand.
  app.config.globalProperties.$facts = facts
  app.config.globalProperties.$event = event
  // npm run lint:zoom reads the live charts (fonts, colours) through Chart.getChart(canvas); the global has the
  // name Chart.js's own UMD build gives it, so the lint reads a plain test page and the deck the same way.
  if (typeof window !== 'undefined')
    Object.assign(window, { Chart })
})
