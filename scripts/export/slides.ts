/**
 * The slides PDF: as printed from the print page (export/print.ts), given metadata and one bookmark per titled
 * slide, then verified (pages, text, tags in reading order, each chart as vectors with its labels as text, pixels not
 * blank, outline, fonts). Returns the bytes only when every check passes.
 *
 * The work (pdf-lib and pdfjs, seconds of CPU on a long deck) runs in a worker thread, so it uses the second core
 * while the main thread drives Chromium and checks the handout; where a worker cannot start, it runs here.
 */
import type { Deck } from '../deck/index'
import type { SlideSnapshot } from '../handout/index'
import type { ChartRender, PdfMetadata, SlidePageExpectation } from '../pdf/index'
import { parentPort, Worker } from 'node:worker_threads'
import { getChart } from '../../charts/registry'
import { fonts } from '../../charts/theme'
import { assertNoProblems, ExportError } from '../output/index'
import { fontProblems, loadPdfTools, outlineProblems, PT_PER_PX, slidesPdfProblems } from '../pdf/index'

/** What each page must show; a chart's Figure must carry its description from the registry, not what the page said. */
export function slideExpectations(deck: Deck, renders: readonly ChartRender[], slides: readonly SlideSnapshot[]): SlidePageExpectation[] {
  return deck.slides.map(s => ({
    no: s.no,
    texts: [...(s.title ? [s.title] : []), ...s.charts.map(id => getChart(id).title)],
    blocks: slides.find(snap => snap.no === s.no)?.blocks ?? [],
    charts: renders.filter(r => r.slide === s.no).map(r => ({ ...r, alt: getChart(r.id).altText })),
  }))
}

/** Adds metadata and bookmarks to the printed PDF and verifies the result, in this thread. */
export async function finishSlidesPdf(raw: Uint8Array, deck: Deck, renders: readonly ChartRender[], slides: readonly SlideSnapshot[], size: { width: number, height: number }, metadata: PdfMetadata, onPage: (done: number, total: number) => void): Promise<{ bytes: Uint8Array, pages: number }> {
  const { finishPdf, openPdf } = await loadPdfTools()
  const outline = deck.slides.filter(s => s.title).map(s => ({ title: s.title, pageIndex: s.no - 1 }))
  const bytes = await finishPdf(raw, metadata, outline)
  const pdf = await openPdf(bytes)
  try {
    const problems = [
      ...await slidesPdfProblems(pdf, slideExpectations(deck, renders, slides), { width: size.width * PT_PER_PX, height: size.height * PT_PER_PX }, onPage),
      ...await outlineProblems(pdf, outline),
      ...fontProblems(pdf, fonts.sans),
    ]
    assertNoProblems('slides PDF', problems, 'Nothing was written. Fix the slide or chart named above (npm run present shows it live), then export again.')
    return { bytes, pages: pdf.pageCount }
  }
  finally {
    await pdf.close()
  }
}

interface Job {
  raw: Uint8Array
  deck: Deck
  renders: readonly ChartRender[]
  /** Only their blocks are used; the HTML stays behind (it is the handout's). */
  slides: readonly SlideSnapshot[]
  size: { width: number, height: number }
  metadata: PdfMetadata
}

type Reply =
  | { kind: 'page', done: number, total: number }
  | { kind: 'done', bytes: Uint8Array, pages: number }
  | { kind: 'failed', what?: string, problems?: string[], fix?: string, message: string }

/**
 * The worker's side (started by export-slides-worker.mjs): loads the PDF libraries, waits for one job, runs
 * finishSlidesPdf on it and posts the outcome.
 */
export async function checkInThisWorker(): Promise<void> {
  const port = parentPort!
  await loadPdfTools()
  port.once('message', async (job: Job) => {
    try {
      const result = await finishSlidesPdf(job.raw, job.deck, job.renders, job.slides, job.size, job.metadata, (done, total) => port.postMessage({ kind: 'page', done, total } satisfies Reply))
      port.postMessage({ kind: 'done', ...result } satisfies Reply)
    }
    catch (error) {
      const reply: Reply = error instanceof ExportError
        ? { kind: 'failed', what: error.what, problems: error.problems, fix: error.fix, message: error.message }
        : { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
      port.postMessage(reply)
    }
  })
}

interface Checker {
  worker: Worker
  alive: boolean
}

let spare: Checker | undefined

function startWorker(): Checker {
  const checker = { worker: new Worker(new URL('./slides-worker.mjs', import.meta.url)), alive: true }
  // Idle, it must not keep the process alive (a run that fails before printing just exits).
  checker.worker.unref()
  checker.worker.on('error', () => {})
  checker.worker.once('exit', () => { checker.alive = false })
  return checker
}

/**
 * Starts the worker ahead of the check (export-print.ts does, while the print page renders): loading TypeScript
 * and the PDF libraries in it takes about a second.
 */
export function warmSlidesCheck(): void {
  try {
    if (!spare?.alive)
      spare = startWorker()
  }
  catch {} // no worker threads here: the check will run in this thread
}

/**
 * finishSlidesPdf, in a worker thread when `inWorker` (the same result, or the same ExportError, as in this thread).
 * Worth it only when this thread has other work meanwhile (the handout): a worker holds its own copy of TypeScript
 * and the PDF libraries, about 200 MB, so a slides-only export checks in this thread.
 */
export function makeSlidesPdf(raw: Uint8Array, deck: Deck, renders: readonly ChartRender[], snapshots: readonly SlideSnapshot[], size: { width: number, height: number }, metadata: PdfMetadata, onPage: (done: number, total: number) => void, inWorker = true): Promise<{ bytes: Uint8Array, pages: number }> {
  const slides = snapshots.map(s => ({ ...s, html: '' }))
  const here = () => finishSlidesPdf(raw, deck, renders, slides, size, metadata, onPage)
  if (!inWorker)
    return here()
  let worker: Worker
  try {
    worker = (spare?.alive ? spare : startWorker()).worker
    spare = undefined
  }
  catch {
    return here()
  }
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (then: () => void) => {
      if (settled)
        return
      settled = true
      void worker.terminate()
      then()
    }
    worker.ref()
    worker.on('message', (reply: Reply) => {
      if (reply.kind === 'page')
        onPage(reply.done, reply.total)
      else if (reply.kind === 'done')
        settle(() => resolve({ bytes: reply.bytes, pages: reply.pages }))
      else if (reply.what !== undefined && reply.problems !== undefined)
        settle(() => reject(new ExportError(reply.what!, reply.problems!, reply.fix)))
      else
        settle(() => reject(new Error(reply.message)))
    })
    // The worker itself failed (it could not load, or ran out of memory): do the work here instead.
    worker.on('error', () => settle(() => here().then(resolve, reject)))
    worker.on('exit', code => settle(() => reject(new Error(`the slides PDF check stopped before it finished (worker exit ${code})`))))
    worker.postMessage({ raw, deck, renders, slides, size, metadata } satisfies Job)
  })
}
