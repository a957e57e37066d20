/** Comparing text read out of a PDF with the text that was meant to be there. */

/** Text reduced to lower-case letters and digits, so line breaks, quotes, dashes and ligatures don't matter. */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Letters and digits shorter than this say too little to be found by their key alone ("0", "≥", "–": "" or one). */
const SHORTEST_KEY = 2

/** The text as words: NFKC, white space made single spaces, trimmed; with a space at each end for whole-word search. */
function words(text: string): string {
  return ` ${text.normalize('NFKC').replace(/\s+/g, ' ').trim()} `
}

/**
 * Whether `needle` is in `haystack`, by textKey. A needle whose key is shorter than two characters (a "0", a "≥", a
 * dash: keyed, it would be found in any page with a digit, or in every page) must stand there as it is, a word of
 * its own.
 */
export function containsText(haystack: string, needle: string): boolean {
  const key = textKey(needle)
  if (key.length < SHORTEST_KEY)
    return words(needle).trim() !== '' && words(haystack).includes(words(needle))
  return textKey(haystack).includes(key)
}

/**
 * The needles that are not in the haystack in the order given: each is looked for after the end of the one before.
 * (A needle that is there, but earlier, counts as missing: it is out of reading order.) A needle whose key is
 * shorter than two characters is looked for as a word of its own, anywhere (containsText).
 */
export function missingInOrder(haystack: string, needles: readonly string[]): string[] {
  const hay = textKey(haystack)
  const missing: string[] = []
  let from = 0
  for (const needle of needles) {
    const key = textKey(needle)
    if (key.length < SHORTEST_KEY) {
      if (!containsText(haystack, needle))
        missing.push(needle)
      continue
    }
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
