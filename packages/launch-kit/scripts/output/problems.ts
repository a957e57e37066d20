/**
 * A failed check of the export: every problem found (naming the slide, chart or file), plus how to fix it.
 * Nothing is written when one is thrown.
 */
export class ExportError extends Error {
  override name = 'ExportError'
  constructor(readonly what: string, readonly problems: string[], readonly fix?: string) {
    super([`${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, ...problems.map(p => `  • ${p}`), ...(fix ? [fix] : [])].join('\n'))
  }
}

/** Throws an ExportError when `problems` is not empty. */
export function assertNoProblems(what: string, problems: string[], fix?: string): void {
  if (problems.length > 0)
    throw new ExportError(what, problems, fix)
}
