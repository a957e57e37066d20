/**
 * The countries this launch compares, in the order its charts show them: ISO 3166-1 alpha-2 codes (Kosovo: XK), the
 * full name for running text, a short name that fits a chart axis. After changing them, run npm run map-shapes.
 *
 * PLACEHOLDER: six countries to start from; replace them with your report's.
 */
import type { Country } from 'launch-kit/data/countries.schema'

export const countries: Country[] = [
  { country: 'RS', name: 'Serbia', shortName: 'Serbia' },
  { country: 'BA', name: 'Bosnia and Herzegovina', shortName: 'Bosnia & Herz.' },
  { country: 'ME', name: 'Montenegro', shortName: 'Montenegro' },
  { country: 'MK', name: 'North Macedonia', shortName: 'N. Macedonia' },
  { country: 'AL', name: 'Albania', shortName: 'Albania' },
  { country: 'XK', name: 'Kosovo', shortName: 'Kosovo' },
]
