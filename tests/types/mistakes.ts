/**
 * Mistakes the type check refuses (the vue-tsc half of `npm run check`, and `npx vue-tsc --noEmit`, which checks
 * this file with the rest of tests/). Each is marked @ts-expect-error: should the types ever accept one, the type
 * check fails on the unused directive. tests/unit/types/type-check.test.ts compiles this file with and without the
 * directives and reads the errors each line gives.
 */
import type { Figure } from 'launch-kit/data/schema'
import type { Words } from '../../charts/words/en'
import { en } from '../../charts/words/en'
import { sources } from '../../data/sources'

const words = en.charts['chinese-vaccine-doses']
const [source] = Object.values(sources)

/** A figure with its source: compiles. */
export const sourced: Figure = { status: 'exact', value: 4_200_000, date: '2021-05', sources: [source!] }

// A figure without a source does not compile.
// @ts-expect-error a figure needs its sources
export const unsourced: Figure = { status: 'exact', value: 4_200_000, date: '2021-05' }

// A language's words for a chart that lack a key the English has: a type error.
// @ts-expect-error a chart's words without its title
export const lacksTitle: Words['charts']['chinese-vaccine-doses'] = { subtitle: words.subtitle, measure: words.measure, unit: words.unit, series: words.series, notes: words.notes }

// …or add one the English does not have.
// @ts-expect-error a key no language has
export const extraKey: Words['charts']['chinese-vaccine-doses'] = { ...words, subtitel: 'A typo' }
