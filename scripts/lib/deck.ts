/**
 * The deck as scripts see it: Slidev's own parser for slide titles, notes and frontmatter, and `slidev build`
 * into a folder. Scripts never import components; they read slides.md and drive the built deck.
 */
import type { SlideInfoBase } from '@slidev/types'
import { spawn } from 'node:child_process'
import { load } from '@slidev/parser/fs'
import { onInterrupt } from './interrupt'
import { ROOT, SLIDES, SLIDEV_BIN } from './paths'

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
}

const CHART_TAG = /<ChartFigure\b[^>]*\bid="([a-z0-9-]+)"/g

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
  }
}

export async function readDeck(entry: string = SLIDES): Promise<Deck> {
  const data = await load({ roots: [ROOT], userRoot: ROOT }, entry)
  const slides = data.slides.map((slide, i) => toSlide(slide.source, i))
  return { title: String(data.headmatter.title ?? slides[0]?.title ?? ''), slides, headmatter: data.headmatter }
}

export interface BuildOptions {
  entry?: string
  base?: string
  /** Stops the build (the child is killed and the promise rejects), e.g. when the browser failed to start. */
  signal?: AbortSignal
}

/**
 * Runs `slidev build` into `outDir`; rejects with Slidev's output when it fails. The child never outlives the run:
 * it is killed when `signal` aborts and, on Ctrl-C or SIGTERM sent to this process alone, by the interrupt handler.
 */
export function buildDeck(outDir: string, options: BuildOptions = {}): Promise<void> {
  const args = [SLIDEV_BIN, 'build', options.entry ?? SLIDES, '--out', outDir, ...(options.base ? ['--base', options.base] : [])]
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted)
      return reject(new Error('slidev build was not started: the run was cancelled'))
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGTERM')
    }
    const forget = onInterrupt(stop)
    options.signal?.addEventListener('abort', stop, { once: true })
    let output = ''
    child.stdout.on('data', (chunk) => { output += chunk })
    child.stderr.on('data', (chunk) => { output += chunk })
    child.on('error', (error) => {
      forget()
      reject(error)
    })
    child.on('close', (code, signal) => {
      forget()
      options.signal?.removeEventListener('abort', stop)
      if (code === 0)
        resolve()
      else if (options.signal?.aborted)
        reject(new Error('slidev build was stopped: the run was cancelled'))
      else
        reject(new Error(`slidev build failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-30).join('\n')}`))
    })
  })
}
