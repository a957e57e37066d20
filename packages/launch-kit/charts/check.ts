/**
 * Checks a chart registry is well formed: ids, dataset references, that every table and every Chart.js dataset
 * has one value per label, and that the chart's own words (title, subtitle, notes, labels, alt text) are plain text.
 * Messages name the chart file and what to fix.
 */
import type { Lang } from './i18n/languages'
import type { ChartDefinition } from './types'
import { textSchema } from '../data/schema'
import { languageFileProblems, translationProblems } from './i18n/check'
import { defaultLang, langs } from './i18n/languages'
import { MissingTranslationError } from './i18n/translation'
import { launchCharts } from './launch'
import { profiles } from './types'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Every chart built in every language, and drawn once for print, one at a time: a chart that throws (a model that
 * does not fit its kind, a date that is not one) is named with its file, instead of a stack trace from inside the
 * engine. A missing translation is left to validateLanguages, which names the text and the language file.
 */
export function chartBuildProblems(): string[] {
  const problems: string[] = []
  for (const source of launchCharts().charts) {
    for (const lang of langs()) {
      try {
        source.in(lang).config(profiles.print)
      }
      catch (error) {
        if (error instanceof MissingTranslationError)
          continue
        const message = error instanceof Error ? error.message : String(error)
        problems.push(`charts/definitions/${source.id}.ts: chart "${source.id}" could not be built in ${lang}: ${message}. Check what its build() returns against the model of its kind (launch-kit's charts/<kind>.ts; npm run check's type check names the field)`)
        break
      }
    }
  }
  return problems
}

/** The data's own rule for text (data/schema.ts textSchema) on a chart string: its markup message, if any. */
function markupProblem(text: string): string | undefined {
  const result = textSchema.safeParse(text)
  return result.success ? undefined : result.error.issues.map(i => i.message).find(m => m.startsWith('must be plain text'))
}

/** Every string of a chart that is shown as text: on the slide, in the handout, the embed page and the SVG. */
function chartTexts(chart: ChartDefinition): [field: string, text: string][] {
  const series = chart.config(profiles.print).data.datasets.map((d, i) => [`series ${i + 1} label`, String(d.label ?? '')] as [string, string])
  return [
    ['title', chart.title],
    ['subtitle', chart.subtitle],
    ['altText', chart.altText],
    ...chart.notes.map((note, i) => [`notes[${i}]`, note] as [string, string]),
    ...chart.table.columns.map((c, i) => [`table column ${i + 1} label`, c.label] as [string, string]),
    ...chart.table.rows.map((r, i) => [`table row ${i + 1} label`, r.label] as [string, string]),
    ...series,
  ]
}

/**
 * The charts in every language: language files against English, every chart built in every language, and each
 * translation's words held to the same plain-text rule. `inLanguage` is the registry's chartsIn.
 */
export function validateLanguages(inLanguage: (lang: Lang) => readonly ChartDefinition[]): string[] {
  const problems = [...languageFileProblems(), ...translationProblems(inLanguage)]
  if (problems.length > 0)
    return problems
  for (const lang of langs().filter(l => l !== defaultLang())) {
    for (const chart of inLanguage(lang)) {
      for (const [field, text] of chartTexts(chart)) {
        const problem = markupProblem(text)
        if (problem)
          problems.push(`charts/words/${lang}.ts: chart "${chart.id}", field ${field}: ${problem}`)
      }
    }
  }
  return problems
}

export function validateCharts(list: readonly ChartDefinition[], datasetIds: readonly string[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const chart of list) {
    const where = `charts/definitions/${chart.id}.ts: chart "${chart.id}"`
    if (!KEBAB.test(chart.id))
      problems.push(`${where}: the id must be kebab-case`)
    if (seen.has(chart.id))
      problems.push(`${where}: duplicate id`)
    seen.add(chart.id)
    for (const id of chart.datasets) {
      if (!datasetIds.includes(id))
        problems.push(`${where}, field datasets: refers to dataset "${id}", which does not exist (known: ${datasetIds.join(', ')})`)
    }
    const width = chart.table.columns.length
    for (const row of chart.table.rows) {
      if (row.cells.length + 1 !== width)
        problems.push(`${where}, table row "${row.label}": ${row.cells.length} values for ${width - 1} columns`)
    }
    const config = chart.config(profiles.print)
    const labels = config.data.labels
    config.data.datasets.forEach((dataset, i) => {
      if (labels && dataset.data.length !== labels.length)
        problems.push(`${where}, series ${i + 1} ("${dataset.label}"): ${dataset.data.length} values for ${labels.length} labels`)
    })
    if (chart.sources.length === 0)
      problems.push(`${where}: no sources`)
    for (const [field, text] of chartTexts(chart)) {
      const problem = markupProblem(text)
      if (problem)
        problems.push(`${where}, field ${field} (its words: charts/words/${chart.lang}.ts, or data/ for data text): ${problem}`)
    }
  }
  return problems
}
