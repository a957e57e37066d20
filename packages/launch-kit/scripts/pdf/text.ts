/** Comparing text read out of a PDF with the text that was meant to be there. */

/** Text reduced to lower-case letters and digits, so line breaks, quotes, dashes and ligatures don't matter. */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

export function containsText(haystack: string, needle: string): boolean {
  return textKey(haystack).includes(textKey(needle))
}

/**
 * The needles that are not in the haystack in the order given: each is looked for after the end of the one before.
 * (A needle that is there, but earlier, counts as missing: it is out of reading order.)
 */
export function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  const hay = textKey(haystack)
  const missing: string[] = []
  let from = 0
  for (const needle of needles) {
    const key = textKey(needle)
    const at = hay.indexOf(key, from)
    if (at < 0)
      missing.push(needle)
    else
      from = at + key.length
  }
  return missing
}

/** "…" after `max` characters, for quoting text in a message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
