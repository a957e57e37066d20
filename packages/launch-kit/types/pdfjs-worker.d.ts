/**
 * pdfjs-dist ships types for its readable build only. scripts/pdf/ loads the minified build (the same code, faster to
 * parse): it has the readable build's types. The worker module is imported only to hand it to pdfjs
 * (globalThis.pdfjsWorker), which reads its WorkerMessageHandler; nothing else of it is used.
 */
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs'
}

declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown
}
