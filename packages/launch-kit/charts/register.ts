/**
 * Registers exactly the Chart.js parts the registry's charts use (not chart.js/auto), once, for the deck and the
 * embed pages alike, and applies the theme's defaults.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js'
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale } from 'chartjs-chart-geo'
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix'
import { fonts, palette } from './theme'

let registered = false

export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, ScatterController, PointElement, MatrixController, MatrixElement, ChoroplethController, GeoFeature, ProjectionScale, ColorScale, CategoryScale, LinearScale, Legend, Tooltip)
    Chart.defaults.font.family = fonts.stack
    Chart.defaults.color = palette.ink
    registered = true
  }
  return Chart
}
