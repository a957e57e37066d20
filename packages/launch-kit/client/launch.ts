/**
 * The launch in the browser: importing this module hands the engine the charts of the launch being shown (its
 * charts/index.ts, which Vite resolves as `#launch/charts`: scripts/deck/vite-launch.ts). Components and the kit's
 * pages import it before they look a chart up.
 */
import charts from '#launch/charts'
import { provideCharts } from '../charts/launch'

provideCharts(charts)
