import type { Country } from './countries.schema'
/**
 * Plausibility: values that pass the schema (right type, right shape) but cannot be true, or are very likely a slip
 * of the keyboard. This file is the mechanism and the rules that hold for any launch: no fact dated after the data
 * were reviewed or after every source that reports it was published, no review date in the future, one source per
 * address, a source cited once per fact, a lower bound not marked exact, two countries never sharing a name, and
 * populations inside the launch's bounds. A launch adds its own rules and bounds (its data/plausibility.ts, listed
 * in its data/index.ts), written with the helpers below, and each message says what is wrong in the reader's terms
 * and where to fix it (the file and field, or the bound when the value is right).
 *
 * Runs after the schema checks pass (validate.ts), so the data have their declared types. Plain Node: no Vue, no
 * Chart.js.
 */
import type { DataRule, EngineBounds, RuleContext } from './define'
import type { LaunchEvent } from './event.schema'
import type { Figure } from './schema'
import { countryLabel, walk } from './issues'
import { isIsoDate } from './schema'
import { formatUse, SOURCES_FILE, sourceUses } from './source-check'

/** Where a launch keeps its bounds, named in messages about them. */
export const BOUND_FILE = 'data/plausibility.ts'

/** A number as messages write it: 1,234,567.89. */
export function fmt(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 })
}

/** True when ISO date `a` is after `b` at the precision both have ('2021-05' is not after '2021-05-27'). */
export function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length)
  return a.slice(0, n) > b.slice(0, n)
}

/** The value of a known figure, undefined when it is not known. */
export function known(figure: Figure | undefined): number | undefined {
  return !figure || figure.status === 'unknown' ? undefined : figure.value
}

const ADDRESS_DATE = [/\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|$)/, /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//, /\/((?:19|20)\d{2})\/(\d{2})(?=\/)/]

/** The publication date news sites put in their addresses (/2021/05/27/, /2021-07-08/, /2021/0730/, /2021/05/), if any. */
export function addressDate(url: string): string | undefined {
  for (const pattern of ADDRESS_DATE) {
    const match = pattern.exec(url)
    const date = match ? match.slice(1).join('-') : undefined
    if (date && isIsoDate(date))
      return date
  }
  return undefined
}

interface Source { publisher: string, url: string }

/** Dates: the review is not in the future; no fact after the review, or after every source that reports it. */
const dates: DataRule = (ctx) => {
  const event = ctx.get<LaunchEvent>('event')
  const reviewed = event?.data.plan.dataReviewed
  const reviewedAt = `plan.dataReviewed in ${event?.file}: ${reviewed}`
  if (event && reviewed && isAfter(reviewed, ctx.today))
    ctx.at(event, ['plan', 'dataReviewed'], `the data are marked as reviewed on ${reviewed}, a day that has not come yet (today is ${ctx.today}): was the year mistyped?`)

  const keyOfUrl = new Map(Object.entries(ctx.sources).map(([key, s]) => [(s as Source).url, key]))
  for (const dataset of ctx.datasets) {
    for (const { node, path } of walk(dataset.data)) {
      const { date, sources } = node as { date?: unknown, sources?: unknown }
      const cited = Array.isArray(sources) ? (sources as Source[]) : []
      // The same source twice in one list: the "Source:" line shows it once, so the second citation adds nothing.
      const seen = new Map<string, number>()
      cited.forEach((s, i) => {
        const first = seen.get(s.url)
        if (first !== undefined)
          ctx.at(dataset, [...path, 'sources', i], `cites the same source twice (sources[${first}] and sources[${i}], "${keyOfUrl.get(s.url) ?? s.publisher}"): remove one, or cite the other source meant`)
        seen.set(s.url, i)
      })
      if (typeof date !== 'string')
        continue
      if (reviewed && isAfter(date, reviewed))
        ctx.at(dataset, [...path, 'date'], `dated ${date}, after the data were last reviewed (${reviewedAt}): nothing can be known of a day after the review. Correct the date, or review the data again and move plan.dataReviewed`)
      // A report cannot describe what happened after it was published: checked where every source's address is dated.
      const published = cited.map(s => addressDate(s.url))
      if (cited.length > 0 && published.every(d => d !== undefined)) {
        const latest = (published as string[]).reduce((a, b) => (b > a ? b : a))
        if (isAfter(date, latest)) {
          const named = cited.map((s, i) => `${keyOfUrl.get(s.url) ?? s.publisher} ${published[i]}`).join(', ')
          ctx.at(dataset, [...path, 'date'], `dated ${date}, after ${cited.length === 1 ? 'its source was' : 'all its sources were'} published (${named}, the date in each address in ${SOURCES_FILE}): a source cannot report what happened after it. Check the date against the source`)
        }
      }
    }
  }

  // Sources: one entry per address, none published after the review.
  const uses = sourceUses(ctx.datasets, ctx.sources)
  const firstWithUrl = new Map<string, string>()
  for (const [key, value] of Object.entries(ctx.sources)) {
    const source = value as Source
    const usedAt = (uses.get(key) ?? []).map(use => formatUse(use))
    const other = firstWithUrl.get(source.url)
    if (other !== undefined) {
      const publishers = [(ctx.sources[other] as Source).publisher, source.publisher]
      const whose = publishers[0] === publishers[1] ? `also by "${publishers[0]}"` : `by "${publishers[0]}" there and "${publishers[1]}" here`
      ctx.report({ file: SOURCES_FILE, source: key, field: 'url', message: `the same address as source "${other}" (${whose}): one page is one source, and the "Source:" lines merge sources by address, so one of the two would silently disappear. Keep one entry and point every fact at it`, usedAt })
    }
    else {
      firstWithUrl.set(source.url, key)
    }
    const published = addressDate(source.url)
    if (reviewed && published && isAfter(published, reviewed))
      ctx.report({ file: SOURCES_FILE, source: key, field: 'url', message: `its address is dated ${published}, after the data were last reviewed (${reviewedAt}): a source read in the review cannot have been published after it. Check the address`, usedAt })
  }
}

/** Countries: populations inside the launch's bounds, and no two countries sharing a name or an axis name. */
function countries(bounds: EngineBounds): DataRule {
  return (ctx) => {
    const list = ctx.get<Country[]>('countries')
    const names = new Map<string, string>()
    list?.data.forEach((c, i) => {
      const people = known(c.population)
      const limit = bounds.population
      if (people !== undefined && people <= 0)
        ctx.at(list, [i, 'population', 'value'], `a population of ${fmt(people)} cannot be right: every per-person figure and share divides by it. Give the population the source states`)
      else if (people !== undefined && limit && people < limit.min)
        ctx.at(list, [i, 'population', 'value'], `a population of ${fmt(people)} is below ${fmt(limit.min)} (bounds.population in ${BOUND_FILE}): was it typed in thousands?`)
      else if (people !== undefined && limit && people > limit.max)
        ctx.at(list, [i, 'population', 'value'], `a population of ${fmt(people)} is above ${fmt(limit.max)} (bounds.population in ${BOUND_FILE}): is a digit too many?`)
      for (const field of ['name', 'shortName'] as const) {
        const owner = names.get(`${field} ${c[field].toLowerCase()}`)
        if (owner !== undefined)
          ctx.at(list, [i, field], `"${c[field]}" is also the ${field} of ${owner}: two countries with one label cannot be told apart on a chart or in a table`)
        names.set(`${field} ${c[field].toLowerCase()}`, countryLabel(c.country))
      }
    })
  }
}

/** Figures anywhere: a lower bound written as an exact value, which its own note gives away. */
const boundsWrittenExact: DataRule = (ctx) => {
  for (const dataset of ctx.datasets) {
    for (const { node, path } of walk(dataset.data)) {
      const { status, note } = node as { status?: unknown, note?: unknown }
      const bound = typeof note === 'string' && status === 'exact' ? /^["'“‘(]*(more than|at least|over|upwards of|no fewer than|≥|>)\s/i.exec(note) : null
      if (bound)
        ctx.at(dataset, [...path, 'status'], `marked exact, but its note says "${bound[1]!.toLowerCase()}": that is a lower bound. Write status: 'atLeast' (shown as ≥), or correct the note`)
    }
  }
}

/** The engine's rules, with a launch's bounds: run before the launch's own rules. */
export function engineRules(bounds: EngineBounds = {}): DataRule[] {
  return [dates, countries(bounds), boundsWrittenExact]
}

/**
 * The population of each country that has an exact one inside `limit`, for rules that compute per-person figures
 * (a population outside it is reported once, by the engine's rule, not again through every figure divided by it).
 */
export function exactPopulations(ctx: RuleContext, limit: EngineBounds['population'] = { min: 1, max: Infinity }): Map<string, number> {
  const people = new Map<string, number>()
  for (const c of ctx.get<Country[]>('countries')?.data ?? []) {
    const value = known(c.population)
    if (value !== undefined && value >= limit.min && value <= limit.max && c.population?.status === 'exact')
      people.set(c.country, value)
  }
  return people
}
