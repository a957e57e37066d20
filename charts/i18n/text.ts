/**
 * Small text helpers the language files and the sentence generators share. Pure string work, no Intl.
 */

/**
 * "Donated by China" → "donated by China" in the middle of a sentence. Only a capital followed by a small letter
 * is lowered, so acronyms and names keep their capitals ("EU-funded", "IT & data centres", "COVAX").
 */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/** "donated by China" → "Donated by China" at the start of a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
