import { defineAppSetup } from '@slidev/types'
import { event } from '#launch/event'
import { facts } from '#launch/facts'
import { speakersById } from '../live/speakers'

// Chart.js, its registration and the wait for the charts' font live in components/ChartCanvas.vue: they load with the
// first chart slide, so the first slide paints without them.
export default defineAppSetup(({ app }) => {
  // Slide text reads figures as {{ $facts.name }}, event details as {{ $event.… }} and the panel's names as
  // {{ $speakers.<id>.fullName }} (live/speakers.ts), never typed by hand.
  app.config.globalProperties.$facts = facts
  app.config.globalProperties.$event = event
  app.config.globalProperties.$speakers = speakersById(event)
  // Errors name their slide, so the export (which fails on any page error: scripts/export/page-errors.ts) and a
  // presenter's console say where to look. Vue's own handler would log the error without it.
  app.config.errorHandler = (error, instance, info) => {
    const element = instance?.$el instanceof Element ? instance.$el : instance?.$el?.parentElement
    const slide = element?.closest('[data-slidev-no]')?.getAttribute('data-slidev-no')
    console.error(`${slide ? `[slide ${slide}] ` : ''}${info}:`, error)
  }
})
