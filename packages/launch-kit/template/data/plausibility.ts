/**
 * This launch's plausibility rules and their bounds: values that pass the schema but cannot be true, or are very
 * likely a slip of the keyboard. The engine's own rules (no fact dated after the review or after its sources, one
 * source per address, lower bounds not marked exact, populations inside `BOUNDS.population`) run too. When a true value
 * falls outside a bound, change the bound here and say why.
 */
import type { DataRule } from 'launch-kit/data/define'
import type { Sample } from './sample.schema'
import { BOUND_FILE, fmt, known } from 'launch-kit/data/plausibility'

export const BOUNDS = {
  /** PLACEHOLDER: the sample countries have 0.6–8.8 million people; outside this a figure was typed in thousands. */
  population: { min: 100_000, max: 20_000_000 },
} as const

/** The sample figures are populations: held to the same bounds. */
const samplePopulations: DataRule = (ctx) => {
  const sample = ctx.get<Sample>('sample')
  sample?.data.entries.forEach((entry, i) => {
    const value = known(entry.figure)
    if (value !== undefined && (value < BOUNDS.population.min || value > BOUNDS.population.max))
      ctx.at(sample, ['entries', i, 'figure', 'value'], `${fmt(value)} is outside ${fmt(BOUNDS.population.min)}–${fmt(BOUNDS.population.max)} (BOUNDS.population in ${BOUND_FILE}): was it typed in thousands, or with a digit too many?`)
  })
}

export const rules: DataRule[] = [samplePopulations]
