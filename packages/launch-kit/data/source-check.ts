/**
 * The sources in data/sources.ts, checked where they are written. A source is one object that many facts point
 * at, so a bad URL used to be reported at each fact that cites it (`data/event.ts … report.sources[0].url`) and the
 * user edited the wrong file first. Here a problem names `data/sources.ts` and the source's key, and lists every
 * place that cites it; validate.ts then leaves out the same problem seen through those places.
 */
import type { Dataset } from './define'
import type { DataIssue } from './issues'
import { formatPlace, locate, pathText, walk } from './issues'
import { sourceSchema } from './schema'

export const SOURCES_FILE = 'data/sources.ts'

/** One place in a dataset that cites a source (or copies one of its fields, as `url: sources.x.url` does). */
export interface SourceUse {
  dataset: Dataset
  path: PropertyKey[]
  /** Set when the place holds a copy of this field of the source rather than the source itself. */
  copiedField?: string
}

/** The place as it reads in a message, down to `field` of the source when one is given. */
export function formatUse(use: SourceUse, field?: string): string {
  const path = use.copiedField !== undefined || !field ? use.path : [...use.path, ...field.split('.')]
  return formatPlace({ file: use.dataset.file, dataset: use.dataset.id, ...locate(use.dataset.data, path) })
}

/** Every place each source is cited, by key: the data hold the very objects of data/sources.ts. */
export function sourceUses(list: readonly Dataset[], entries: Readonly<Record<string, unknown>>): Map<string, SourceUse[]> {
  const keyOf = new Map<unknown, string>()
  const urlKey = new Map<string, string>()
  for (const [key, source] of Object.entries(entries)) {
    keyOf.set(source, key)
    const url = (source as { url?: unknown } | null)?.url
    if (typeof url === 'string')
      urlKey.set(url, key)
  }
  const uses = new Map<string, SourceUse[]>(Object.keys(entries).map(key => [key, []]))
  for (const dataset of list) {
    for (const { node, path } of walk(dataset.data)) {
      const key = keyOf.get(node)
      if (key !== undefined) {
        uses.get(key)!.push({ dataset, path })
        continue
      }
      // A field that copies a source's URL (event.report.url, event.plan.qrUrl): the same text, so the same fix.
      for (const [name, value] of Object.entries(node)) {
        const copied = typeof value === 'string' ? urlKey.get(value) : undefined
        if (copied !== undefined)
          uses.get(copied)!.push({ dataset, path: [...path, name], copiedField: 'url' })
      }
    }
  }
  return uses
}

export interface SourceCheck {
  issues: DataIssue[]
  /** True when a problem at this place of a dataset is one of the source problems above, seen through a citation. */
  covers: (dataset: Dataset, path: readonly PropertyKey[]) => boolean
}

/** Each source against the schema of a source (data/schema.ts sourceSchema), reported in data/sources.ts. */
export function checkSources(list: readonly Dataset[], entries: Readonly<Record<string, unknown>>): SourceCheck {
  const issues: DataIssue[] = []
  const covered = new Set<string>()
  const uses = sourceUses(list, entries)
  for (const [key, source] of Object.entries(entries)) {
    const result = sourceSchema.safeParse(source)
    if (result.success)
      continue
    const cited = uses.get(key) ?? []
    for (const problem of result.error.issues) {
      const field = pathText(problem.path)
      const relevant = cited.filter(use => use.copiedField === undefined || use.copiedField === field)
      issues.push({ file: SOURCES_FILE, source: key, field, message: problem.message, usedAt: relevant.length > 0 ? relevant.map(use => formatUse(use, field)) : ['nowhere: no fact cites this source'] })
      for (const use of relevant)
        covered.add(`${use.dataset.id} ${pathText(use.copiedField === undefined ? [...use.path, ...problem.path] : use.path)}`)
    }
    // Whatever the schema says about the source as a whole is reported once, here, not at each citation.
    for (const use of cited.filter(u => u.copiedField === undefined))
      covered.add(`${use.dataset.id} ${pathText(use.path)}`)
  }
  const coveredPrefixes = [...covered]
  return {
    issues,
    covers: (dataset, path) => {
      const text = `${dataset.id} ${pathText(path)}`
      return coveredPrefixes.some(prefix => text === prefix || text.startsWith(`${prefix}.`) || text.startsWith(`${prefix}[`))
    },
  }
}
