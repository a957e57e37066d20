/**
 * A problem in the data, and where it is: the file, the dataset (or the source in data/sources.ts), the country and
 * the field. Every check in data/ (schema, cross-field, sources, plausibility) reports in this one shape, so every
 * message reads the same way and names the place to fix.
 */
export interface DataIssue {
  file: string
  /** The dataset (data/index.ts id) the field belongs to; absent for a problem in data/sources.ts. */
  dataset?: string
  /** The key of the entry in data/sources.ts, for a problem in a source. */
  source?: string
  /** e.g. "AL (Albania)", when the problem sits under one country's entry. */
  country?: string
  field: string
  message: string
  /** Where else the problem shows: for a source, every place in the data that cites it. */
  usedAt?: string[]
}

/**
 * Names for messages, from the runtime's CLDR data rather than data/countries.ts, so a broken countries file still
 * reads well. A code CLDR does not know is shown as it is.
 */
const NAMES = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' })

function nameOf(code: string): string | undefined {
  try {
    return /^[A-Z]{2}$/.test(code) ? NAMES.of(code) : undefined
  }
  catch {
    return undefined
  }
}

/** Where an issue is, without the message: `data/water.ts: dataset "water", country ML (Mali), field price.value`. */
export function formatPlace(issue: Omit<DataIssue, 'message'>): string {
  const owner = issue.source !== undefined ? `source "${issue.source}"` : `dataset "${issue.dataset}"`
  const where = [owner, issue.country && `country ${issue.country}`, `field ${issue.field || '(root)'}`].filter(Boolean).join(', ')
  return `${issue.file}: ${where}`
}

export function formatIssue(issue: DataIssue): string {
  const uses = issue.usedAt?.length ? `\n    cited at:${issue.usedAt.map(u => `\n      ${u}`).join('')}` : ''
  return `${formatPlace(issue)}: ${issue.message}${uses}`
}

export function countryLabel(code: unknown): string {
  if (Array.isArray(code))
    return code.map(countryLabel).join(', ')
  const name = typeof code === 'string' ? nameOf(code) : undefined
  return name ? `${code} (${name})` : String(code)
}

/** The country (or countries) an entry is about, if it says. */
function countryOf(node: unknown): string | undefined {
  if (!node || typeof node !== 'object')
    return undefined
  const entry = node as { country?: unknown, countries?: unknown }
  if (typeof entry.country === 'string')
    return countryLabel(entry.country)
  if (Array.isArray(entry.countries) && entry.countries.every(c => typeof c === 'string'))
    return countryLabel(entry.countries)
  return undefined
}

/** A path as it reads in a message: `entries[0].price.value`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map(k => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[')
}

/** Splits a path into the country it passes through (if any) and the field below it. */
export function locate(data: unknown, path: readonly PropertyKey[]): { country?: string, field: string } {
  let node: unknown = data
  let country: string | undefined
  let fieldStart = 0
  path.forEach((key, i) => {
    const here = countryOf(node)
    if (here) {
      country = here
      fieldStart = i
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined
  })
  const last = path.length > 0 ? countryOf(node) : undefined
  if (last) {
    country = last
    fieldStart = path.length
  }
  return { country, field: pathText(path.slice(fieldStart)) }
}

/** Every object (and array) in `data`, with its path, depth first; for rules that look at every dated fact or source. */
export function* walk(data: unknown, path: PropertyKey[] = []): Generator<{ node: object, path: PropertyKey[] }> {
  if (!data || typeof data !== 'object')
    return
  yield { node: data, path }
  const entries = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data)
  for (const [key, value] of entries)
    yield* walk(value, [...path, key])
}
