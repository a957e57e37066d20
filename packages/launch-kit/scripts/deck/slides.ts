/**
 * The deck as scripts see it: Slidev's own parser for slide titles, notes, layouts, time budgets and the charts each
 * slide places. Scripts never import components; they read slides.md and drive the built deck.
 */
import type { SlideInfoBase } from '@slidev/types'
import type { Lang } from '../../charts/i18n/languages'
import { load } from '@slidev/parser/fs'
import { CHART_LANGUAGE_ENV, CHART_LANGUAGE_KEY, chartLanguageSetting } from '../../charts/i18n/deck'
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
  /** Who presents it (frontmatter `speaker:`, an id of data/event.ts `speakers`), when the slide names one. */
  speaker?: string
  /** A slide of questions from the audience (frontmatter `qa: true`): the run of show marks its block as the Q&A. */
  qa?: true
}

export interface Deck {
  title: string
  slides: DeckSlide[]
  headmatter: Record<string, unknown>
  /** The language the deck shows its charts in (headmatter chartLanguage, or VITE_CHART_LANG): charts/i18n/deck.ts. */
  chartLang: Lang
}

const CHART_TAG = /<ChartFigure\b[^>]+\bid="([a-z0-9-]+)"/g

function toSlide(info: SlideInfoBase, index: number): DeckSlide {
  const frontmatter = info.frontmatter ?? {}
  const text = info.content ?? ''
  return {
    no: index + 1,
    title: info.title ?? '',
    notes: (info.note ?? '').trim(),
    layout: String(frontmatter.layout ?? (index === 0 ? 'cover' : 'default')),
    minutes: Number(frontmatter.minutes ?? 0),
    charts: [...text.matchAll(CHART_TAG)].map(m => m[1]!),
    ...(typeof frontmatter.speaker === 'string' ? { speaker: frontmatter.speaker } : {}),
    ...(frontmatter.qa === true ? { qa: true as const } : {}),
  }
}

export async function readDeck(entry: string = SLIDES): Promise<Deck> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, entry)
  const slides = data.slides.map((slide, i) => toSlide(slide.source, i))
  const chartLang = chartLanguageSetting(data.headmatter[CHART_LANGUAGE_KEY], process.env[CHART_LANGUAGE_ENV]).lang
  return { title: String(data.headmatter.title ?? slides[0]?.title ?? ''), slides, headmatter: data.headmatter, chartLang }
}
