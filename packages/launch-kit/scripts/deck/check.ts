/**
 * The deck checked before anything builds, through Slidev's own parser (@slidev/parser): every chart a slide names
 * exists in the chart registry, every layout exists where Slidev looks for layouts, every `minutes:` budget is a
 * non-negative number and the budgets add up to the session, and every content slide has speaker notes.
 * Each problem names the file, the line and the slide number. Plain Node, no build, no browser: well under a second.
 */
import type { SlideInfo } from '@slidev/types'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join, relative } from 'node:path'
import { load } from '@slidev/parser/fs'
import { parseTimeString } from '@slidev/parser/utils'
import { closest, distance } from 'fastest-levenshtein'
import { CHART_LANGUAGE_ENV, CHART_LANGUAGE_KEY, chartLanguageSetting } from '../../charts/i18n/deck'
import { ROOT, SLIDES } from '../core/index'

/**
 * Layouts where nobody speaks to the slide, so it needs no speaker notes: `holding` (ours: shown while the audience
 * joins, before the session starts) and Slidev's `end` (shown after the last slide). Every other layout holds
 * content that is presented, and the handout prints its notes beside it.
 */
export const NON_CONTENT_LAYOUTS: readonly string[] = ['holding', 'end']

/** Components that look a chart up in the registry by its `id` (components/ChartFigure.vue, ChartCanvas.vue, DataTable.vue). */
const CHART_TAGS = ['ChartFigure', 'ChartCanvas', 'DataTable']
const CHART_TAG = new RegExp(`<(${CHART_TAGS.join('|')})\\b([^>]*)>`, 'g')
const STATIC_ID = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)')/
const BOUND_ID = /(?:^|\s)(?::|v-bind:)id\s*=/
/** Where Slidev finds layouts in each root (its createDataUtils().getLayouts()), file name = layout name. */
const LAYOUT_FILE = /\.(?:vue|js|mjs|ts|mts)$/

export interface DeckCheckInput {
  /** Every chart id of the launch (its charts/index.ts). */
  chartIds: readonly string[]
  /**
   * plan.sessionMinutes in data/event.ts: what the slides' minutes (and the headmatter's duration) must add up to.
   * Left out for a deck that is not the talk (the benchmark's synthetic decks repeat slides), see sessionOf.
   */
  sessionMinutes?: number
  /** The deck's entry file; default slides.md (or DECK_ENTRY, scripts/core/paths.ts). */
  entry?: string
}

/** The package's folder, found as Node finds it from `from`. */
function packageRoot(name: string, from: string): string {
  return dirname(createRequire(join(from, 'noop.js')).resolve(`${name}/package.json`))
}

/**
 * The roots Slidev takes layouts from, in its order (resolveOptions in @slidev/cli): @slidev/client (the built-in
 * layouts), the theme, the addons, then the project. Read from the installed packages, so a theme's or a newer
 * Slidev's layouts are known without a list kept here. `missing` names a theme or addon that is not installed.
 */
function layoutRoots(headmatter: Record<string, unknown>, userRoot: string): { roots: string[], missing: string[] } {
  const cli = packageRoot('@slidev/cli', userRoot)
  const roots = [packageRoot('@slidev/client', cli)]
  const missing: string[] = []
  // Slidev's own resolver (createResolver in @slidev/cli): a path, or a package tried as @slidev/<kind>-<name>, slidev-<kind>-<name>, <name>.
  const add = (kind: string, name: string) => {
    if (name.startsWith('.') || name.startsWith('/'))
      return roots.push(join(userRoot, name))
    const candidates = name.startsWith('@') || name.includes('/') ? [name] : [`@slidev/${kind}-${name}`, `slidev-${kind}-${name}`, name]
    for (const candidate of candidates) {
      try {
        return roots.push(packageRoot(candidate, userRoot))
      }
      catch {}
    }
    return missing.push(`${kind} "${name}"`)
  }
  const theme = headmatter.theme === null ? 'none' : String(headmatter.theme ?? 'default')
  if (theme !== 'none')
    add('theme', theme)
  for (const addon of Array.isArray(headmatter.addons) ? headmatter.addons : [])
    add('addon', String(addon))
  return { roots: [...roots, userRoot], missing }
}

async function layoutNames(roots: readonly string[]): Promise<Set<string>> {
  const names = new Set<string>()
  for (const root of roots) {
    const files = await readdir(join(root, 'layouts'), { recursive: true }).catch(() => [] as string[])
    for (const file of files.filter(f => LAYOUT_FILE.test(f)))
      names.add(basename(file, extname(file)))
  }
  return names
}

/** Text with comments and fenced code blanked out (same length, same lines), so a tag inside them is not read as used. */
function visibleText(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ')
  return text.replace(/<!--[\s\S]*?-->/g, blank).replace(/^(```|~~~)[\s\S]+?^\1/gm, blank)
}

function nearest(word: string, options: readonly string[]): string {
  const best = closest(word, [...options])
  return distance(word, best) <= Math.max(3, Math.ceil(word.length / 2)) ? `; did you mean "${best}"?` : ''
}

/** Every problem in the deck; an empty list means it may be built. */
export async function checkDeck(input: DeckCheckInput): Promise<string[]> {
  const entry = input.entry ?? SLIDES
  const userRoot = dirname(entry)
  const name = relative(userRoot, entry)
  const data = await load({ roots: [userRoot], userRoot }, entry).catch((error: Error) => error)
  if (data instanceof Error)
    return [`${name}: the deck cannot be read: ${data.message}`]
  const problems: string[] = []
  const texts = new Map<string, string[]>()
  const linesOf = async (file: string) => {
    if (!texts.has(file))
      texts.set(file, (await readFile(file, 'utf8')).split('\n'))
    return texts.get(file)!
  }
  // The charts' language (charts/i18n/deck.ts): a code the registry knows, from the headmatter or VITE_CHART_LANG.
  const language = chartLanguageSetting(data.headmatter[CHART_LANGUAGE_KEY], process.env[CHART_LANGUAGE_ENV])
  if (language.problem)
    problems.push(`${name}:${lineOf(data.entry.raw, new RegExp(`^${CHART_LANGUAGE_KEY}\\s*:`, 'm'))} (headmatter): ${language.problem}`)
  const { roots, missing } = layoutRoots(data.headmatter, userRoot)
  for (const what of missing)
    problems.push(`${name}:${lineOf(data.entry.raw, what.startsWith('theme') ? /^theme\s*:/m : /^addons\s*:/m)} (headmatter): the ${what} is not installed (npm install it, or fix the name): its layouts cannot be checked`)
  const layouts = await layoutNames(roots)
  const layoutList = [...layouts].sort()
  const defaults = (data.slides[0]?.frontmatter?.defaults ?? {}) as Record<string, unknown>
  let total = 0
  let budgetsReadable = true

  for (const [index, slide] of (data.slides as SlideInfo[]).entries()) {
    const source = slide.source
    const file = relative(userRoot, source.filepath)
    const no = index + 1
    const lines = await linesOf(source.filepath)
    /** `file:line (slide n)`, with the 0-based line index of the file. */
    const at = (line: number) => `${file}:${line + 1} (slide ${no})`
    const frontmatterLine = (key: string) => {
      const found = lines.slice(source.start, source.contentStart).findIndex(l => new RegExp(`^\\s*${key}\\s*:`).test(l))
      return found >= 0 ? source.start + found : source.start
    }

    const yamlErrors = source.frontmatterDoc?.errors ?? []
    for (const error of yamlErrors)
      problems.push(`${at(source.start)}: the frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/:$/, '')}`)
    // What a broken frontmatter yields cannot be trusted: its layout and minutes are not judged (and the session's
    // sum is not either), so the one real mistake is not followed by made-up ones.
    const frontmatterReadable = yamlErrors.length === 0
    if (!frontmatterReadable)
      budgetsReadable = false

    // Charts: every registry lookup a slide makes, at the line of its tag.
    const body = visibleText(lines.slice(source.contentStart, source.end).join('\n'))
    for (const match of body.matchAll(CHART_TAG)) {
      const line = source.contentStart + body.slice(0, match.index).split('\n').length - 1
      const [, tag, attributes = ''] = match
      const id = STATIC_ID.exec(attributes)
      if (!id) {
        // A bound id (:id="…") is an expression: it can only be known in the built deck, where ChartFigure names it.
        if (!BOUND_ID.test(attributes))
          problems.push(`${at(line)}: <${tag}> names no chart: add id="…" with one of ${input.chartIds.join(', ')} (charts/index.ts)`)
        continue
      }
      const value = id[1] ?? id[2] ?? ''
      if (!input.chartIds.includes(value))
        problems.push(`${at(line)}: <${tag} id="${value}"> names no chart in charts/index.ts${nearest(value, input.chartIds)} Known ids: ${input.chartIds.join(', ')}`)
    }

    // Layout: Slidev's own default (cover for the first slide, default after), or the headmatter's `defaults`.
    const layout = slide.frontmatter.layout ?? defaults.layout ?? (index === 0 ? 'cover' : 'default')
    if (frontmatterReadable && (typeof layout !== 'string' || !layouts.has(layout)))
      problems.push(`${at(frontmatterLine('layout'))}: layout "${String(layout)}" does not exist${typeof layout === 'string' ? nearest(layout, layoutList) : ''} Layouts: ${layoutList.join(', ')} (from layouts/ of the project, the theme and Slidev)`)

    // Time budget: what components/PacingStatus.vue paces against.
    const minutes = slide.frontmatter.minutes
    if (!frontmatterReadable) {
      // not judged: see above
    }
    else if (minutes !== undefined && (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0)) {
      budgetsReadable = false
      problems.push(`${at(frontmatterLine('minutes'))}: minutes: ${typeof minutes === 'number' ? String(minutes) : JSON.stringify(minutes)} is not a time budget: write a number of minutes, 0 or more (e.g. minutes: 2)`)
    }
    else if (typeof minutes === 'number') {
      total += minutes
    }

    // Notes: the speaker reads them in the presenter view, and the handout prints them beside the slide.
    if (typeof layout === 'string' && !NON_CONTENT_LAYOUTS.includes(layout) && !(slide.note ?? '').trim())
      problems.push(`${at(source.start)}: this slide has no speaker notes ("${slide.title ?? 'untitled'}"): add them at the end of the slide as <!-- … -->; only ${NON_CONTENT_LAYOUTS.join(' and ')} slides may go without`)
    // Slidev fills {{ … }} in a slide's text, not in its notes: the presenter view and the handout would print it as written.
    const filled = (slide.note ?? '').match(/\{\{[^}]*\}\}/)
    if (filled)
      problems.push(`${at(source.start)}: the speaker notes hold ${filled[0]}, which Slidev does not fill in notes ("${slide.title ?? 'untitled'}"): the presenter view and the handout would show it as written. Write the figure in words, or put it in the slide's text`)
  }

  // The budgets add up to the session.
  if (input.sessionMinutes !== undefined && budgetsReadable && total !== input.sessionMinutes) {
    const each = (data.slides as SlideInfo[]).map((s, i) => `${i + 1}:${s.frontmatter.minutes ?? 0}`).join(' ')
    problems.push(`${name}: the slides' minutes add up to ${total}, not the session's ${input.sessionMinutes} (plan.sessionMinutes in data/event.ts). Change a slide's minutes: or the session length. Slide:minutes ${each}`)
  }
  // The presenter timer's length, read as Slidev's useTimer() reads it ('45min', '45:00', 2700).
  const duration = data.headmatter.duration as string | number | undefined
  if (input.sessionMinutes !== undefined && duration !== undefined && durationSeconds(duration) !== input.sessionMinutes * 60)
    problems.push(`${name}:${lineOf(data.entry.raw, /^duration\s*:/m)} (headmatter): duration: ${String(duration)} is not the session's ${input.sessionMinutes}min (plan.sessionMinutes in data/event.ts): the presenter timer's bar would run over a different length`)
  return problems
}

/** The session's minutes for the talk's own deck (slides.md), none for another entry such as a benchmark deck. */
export function sessionOf(entry: string, sessionMinutes: number): number | undefined {
  return entry === join(ROOT, 'slides.md') ? sessionMinutes : undefined
}

function durationSeconds(duration: string | number): number | undefined {
  try {
    return parseTimeString(duration).seconds
  }
  catch {
    return undefined
  }
}

/** The 1-based line of the first match of `pattern` in `text`, or 1. */
function lineOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text)
  return match ? text.slice(0, match.index).split('\n').length : 1
}
