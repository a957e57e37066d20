import type { Strings } from './types'
import { en } from './en'

export const sq: Strings = { ...en, meta: { ...en.meta, code: 'sq', tag: 'sq' } }
