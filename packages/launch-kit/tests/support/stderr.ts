/**
 * What a command may print on stderr without failing a test: each known harmless line with the reason it is
 * harmless. A test asserts that nothing else is there (`unexplained(stderr)` is empty), instead of an empty stderr
 * that any tool's warning would break.
 */
export interface HarmlessLine {
  pattern: RegExp
  reason: string
}

export const HARMLESS_STDERR: readonly HarmlessLine[] = [
  { pattern: /^\(node:\d+\) (?:ExperimentalWarning|\[DEP\d+\] DeprecationWarning|Warning): /, reason: 'Node\'s own warnings about an API a dependency uses; they say nothing about the output' },
  { pattern: /^\(Use `node --trace-(?:warnings|deprecation) \.\.\.` to show where the warning was created\)$/, reason: 'the line Node adds under its own warnings' },
  { pattern: /^npm warn /, reason: 'npm\'s notices (an engine it prefers, a config key), printed when a test runs a command through npm' },
]

/** The lines of `stderr` that no HARMLESS_STDERR entry explains. */
export function unexplained(stderr: string, allowed: readonly HarmlessLine[] = HARMLESS_STDERR): string[] {
  return stderr.split('\n').filter(line => line.trim() !== '' && !allowed.some(a => a.pattern.test(line)))
}
