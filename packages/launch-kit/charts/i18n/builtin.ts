/**
 * The languages the engine speaks itself: its words (the frames around every chart, the chart kinds' alt text, the
 * kit's pages) in English, Albanian and Serbian (Latin script). A launch chooses its chart languages among these,
 * or brings the engine's words for another (see README, "Add a language").
 */
import type { EngineStrings } from './types'
import { en } from './words/en'
import { sq } from './words/sq'
import { srLatn } from './words/sr-Latn'

export const ENGINE_LANGUAGES: Readonly<Record<string, EngineStrings>> = {
  'en': en,
  'sq': sq,
  'sr-Latn': srLatn,
}
