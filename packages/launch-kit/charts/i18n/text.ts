/**
 * Small text helpers the language files and the sentence generators share. Pure string work, no Intl.
 */

/**
 * "Funded by the state" → "funded by the state" in the middle of a sentence. Only a capital followed by a small letter
 * (or by a space: Albanian "E gjerë") is lowered, so acronyms and names keep their capitals ("EU-funded", "IT & data centres", "UNICEF").
 */
export function lowerFirst(text: string): string {
  return /^\p{Lu}(?:\p{Ll}|\s)/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/** "funded by the state" → "Funded by the state" at the start of a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Ends a sentence with a full stop unless it already ends with one (Serbian dates end in one: "30. apr 2021."). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/** The form of a word after `count` in a language: pluralWord('sr-Latn', 5, { one: 'zemlja', few: 'zemlje', other: 'zemalja' }). */
export function pluralWord(tag: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[new Intl.PluralRules(tag).select(count)] ?? forms.other
}
