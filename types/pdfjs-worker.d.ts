/**
 * pdfjs-dist ships no types for its worker module. scripts/pdf/inspect.ts imports it only to hand it to pdfjs
 * (globalThis.pdfjsWorker), which reads its WorkerMessageHandler; nothing else of it is used.
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
