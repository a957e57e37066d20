import { defineAppSetup } from '@slidev/types'
import { facts } from '../charts/facts'
import { event } from '../data/event'

// Chart.js, its registration and the wait for the charts' font live in components/ChartCanvas.vue: they load with the
// first chart slide, so the first slide paints without them (issue 7).
export default defineAppSetup(({ app }) => {
  // Slide text reads figures as {{ $facts.name }} and event details as {{ $event.… }}, never typed by hand.
  app.config.globalProperties.$facts = facts
  app.config.globalProperties.$event = event
})
