/**
 * The deck as scripts see it: Slidev's own parser for slide titles, notes, layouts, time budgets and the charts each
 * slide places. Scripts never import components; they read slides.md and drive the built deck.
 */
import type { SlideInfoBase } from '@slidev/types'
import type { Lang } from '../../charts/i18n/languages'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { load } from '@slidev/parser/fs'
import { CHART_LANGUAGE_ENV, CHART_LANGUAGE_KEY, chartLanguageSetting } from '../../charts/i18n/deck'
import { hasLaunchData, launchEvent } from '../../data/launch'
import { ROOT, SLIDES } from '../core/index'

export interface DeckSlide {
  /** 1-based, as in Slidev's URLs. */
  no: number
  title: string
  notes: string
  layout: string
  /** Time budget in minutes (frontmatter `minutes:`), 0 when absent. */
  minutes: number
  /** The chart ids the slide places with <ChartFigure id="…">. */
  charts: string[]
}

export interface Deck {
  title: string
  slides: DeckSlide[]
  headmatter: Record<string, unknown>
  /** The language the deck shows its charts in (headmatter chartLanguage, or VITE_CHART_LANG): charts/i18n/deck.ts. */
  chartLang: Lang
}

const CHART_TAG = /<ChartFigure\b[^>]+\bid="([a-z0-9-]+)"/g

/** `{{ $event.report.title }}`, `{{ $facts.name }}`: the dotted paths slide text may read from the launch. */
const INTERPOLATION = /\{\{\s*(\$event|\$facts)((?:\.\w+)+)\s*\}\}/g

type Scope = Record<'$event' | '$facts', unknown>

/**
 * A title as the deck shows it: its `{{ $event.… }}` and `{{ $facts.… }}` replaced by the values the deck renders
 * (a title the deck fills in from the data is checked in the PDF as it prints). Anything else is left as written.
 */
export function resolveText(text: string, scope: Partial<Scope>): string {
  return text.replace(INTERPOLATION, (all, root: '$event' | '$facts', path: string) => {
    let value: unknown = scope[root]
    for (const key of path.slice(1).split('.'))
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
    return typeof value === 'string' || typeof value === 'number' ? String(value) : all
  })
}

/** The values slide text reads: the launch's event (once loaded) and its facts (charts/facts.ts), where there are any. */
async function scopeOf(root: string): Promise<Partial<Scope>> {
  const facts = join(root, 'charts', 'facts.ts')
  const event = hasLaunchData() ? launchEvent() : undefined
  return {
    $event: event,
    $facts: existsSync(facts) ? ((await import(pathToFileURL(facts).href)) as { facts?: unknown }).facts : undefined,
  }
}

function toSlide(info: SlideInfoBase, index: number, scope: Partial<Scope>): DeckSlide {
  const frontmatter = info.frontmatter ?? {}
  const text = info.content ?? ''
  return {
    no: index + 1,
    title: resolveText(info.title ?? '', scope),
    notes: (info.note ?? '').trim(),
    layout: String(frontmatter.layout ?? (index === 0 ? 'cover' : 'default')),
    minutes: Number(frontmatter.minutes ?? 0),
    charts: [...text.matchAll(CHART_TAG)].map(m => m[1]!),
  }
}

export async function readDeck(entry: string = SLIDES): Promise<Deck> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, entry)
  const scope = await scopeOf(ROOT)
  const slides = data.slides.map((slide, i) => toSlide(slide.source, i, scope))
  const chartLang = chartLanguageSetting(data.headmatter[CHART_LANGUAGE_KEY], process.env[CHART_LANGUAGE_ENV]).lang
  return { title: String(data.headmatter.title ?? slides[0]?.title ?? ''), slides, headmatter: data.headmatter, chartLang }
}
