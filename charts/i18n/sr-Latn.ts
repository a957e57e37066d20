import type { Strings } from './types'
import { en } from './en'

export const srLatn: Strings = { ...en, meta: { ...en.meta, code: 'sr-Latn', tag: 'sr-Latn' } }
