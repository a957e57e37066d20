/**
 * Numbers that appear in slide text, formatted from data/ so a slide never types a figure by hand. Slides read them
 * as `{{ $facts.name }}`. PLACEHOLDER: one sample fact; replace it with the figures your slides quote.
 */
import { formatNumber } from 'launch-kit/charts/format'
import { sumFigures } from 'launch-kit/data/derive'
import { sample } from '../data/sample'

const total = sumFigures(sample.entries.map(e => e.figure))

export const facts = {
  sampleTotal: total.status === 'unknown' ? 'not known' : `${total.status === 'atLeast' ? 'at least ' : ''}${formatNumber(total.value)}`,
} as const
