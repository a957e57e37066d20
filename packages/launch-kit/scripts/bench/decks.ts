/**
 * Synthetic decks for the scale benchmark: N slides made by repeating the real ones (the real first slide with
 * the headmatter, then slides 2…last over and over, charts included), written as a hidden entry file beside
 * slides.md. It has to sit in the project root: Slidev takes the entry's folder as the project (components,
 * layouts, setup, vite.config.ts). Our export reads it through DECK_ENTRY (scripts/core/paths.ts); stock
 * `slidev export` takes it as its entry argument.
 */
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { load } from '@slidev/parser/fs'
import { ROOT, SLIDES } from '../core/index'

export interface SyntheticDeck {
  /** Absolute path of the entry file. */
  entry: string
  slides: number
  chartSlides: number
  remove: () => Promise<void>
}

/** The real deck's slides as their source text, each starting at its `---` line. */
export async function realSlideSources(entry = SLIDES): Promise<string[]> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, entry)
  const lines = data.entry.raw.split('\n')
  return data.entry.slides.map(s => lines.slice(s.start, s.end).join('\n'))
}

/** The first real slide, then slides 2…last repeated until there are `count`. */
export function repeatSlides(sources: readonly string[], count: number): string[] {
  if (sources.length < 2)
    throw new Error('slides.md needs at least two slides to make a synthetic deck from')
  const body = sources.slice(1)
  return [sources[0]!, ...Array.from({ length: Math.max(0, count - 1) }, (_v, i) => body[i % body.length]!)].slice(0, count)
}

/** Writes `.bench-deck-<count>-<pid>.md` in the project root (git-ignored); remove() deletes it. */
export async function writeSyntheticDeck(count: number, sources?: readonly string[]): Promise<SyntheticDeck> {
  const slides = repeatSlides(sources ?? await realSlideSources(), count)
  const entry = join(ROOT, `.bench-deck-${count}-${process.pid}.md`)
  const text = `${slides.join('\n').trimEnd()}\n`
  await writeFile(entry, text)
  return {
    entry,
    slides: slides.length,
    chartSlides: slides.filter(s => /<ChartFigure\b/.test(s)).length,
    remove: () => rm(entry, { force: true }),
  }
}
