import { defineAppSetup } from '@slidev/types'
import { facts } from '../charts/facts'
import { registerCharts } from '../charts/register'
import { event } from '../data/event'

export default defineAppSetup(({ app }) => {
  registerCharts()
  // Slide text reads figures as {{ $facts.name }} and event details as {{ $event.… }}, never typed by hand.
  app.config.globalProperties.$facts = facts
  app.config.globalProperties.$event = event
})
