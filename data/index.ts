/**
 * This launch's facts, as the engine reads them (launch-kit's data/define.ts): every dataset with the file it lives
 * in and the schema it must satisfy, the sources they cite, and this report's own checks and plausibility rules.
 * Validation, tests and scripts loop over this list, so a new dataset is checked as soon as it is added here.
 */
import { countriesSchema } from 'launch-kit/data/countries.schema'
import { dataset, defineData } from 'launch-kit/data/define'
import { eventSchema } from 'launch-kit/data/event.schema'
import { COUNTRY_CODES } from './codes'
import { countries } from './countries'
import { event } from './event'
import { fiveG } from './five-g'
import { fiveGSchema } from './five-g.schema'
import { loans } from './loans'
import { loansSchema } from './loans.schema'
import { BOUNDS, rules, vaccineTotals } from './plausibility'
import { sources } from './sources'
import { techPresence } from './tech-presence'
import { techPresenceSchema } from './tech-presence.schema'
import { vaccines } from './vaccines'
import { vaccinesSchema } from './vaccines.schema'

/** The engine's countries schema, held to the six of data/codes.ts: each there, and no other. */
const sixCountries = countriesSchema.superRefine((list, ctx) => {
  list.forEach((c, i) => {
    if (!(COUNTRY_CODES as readonly string[]).includes(c.country))
      ctx.addIssue({ code: 'custom', path: [i, 'country'], message: `${c.country} is not one of the six (data/codes.ts: ${COUNTRY_CODES.join(', ')})` })
  })
  for (const code of COUNTRY_CODES) {
    if (!list.some(c => c.country === code))
      ctx.addIssue({ code: 'custom', path: [], message: `no entry for ${code}` })
  }
})

export const datasets = [
  dataset({ id: 'countries', file: 'data/countries.ts', schema: sixCountries, data: countries }),
  dataset({ id: 'event', file: 'data/event.ts', schema: eventSchema, data: event }),
  dataset({ id: 'vaccines', file: 'data/vaccines.ts', schema: vaccinesSchema, data: vaccines }),
  dataset({ id: 'tech-presence', file: 'data/tech-presence.ts', schema: techPresenceSchema, data: techPresence }),
  dataset({ id: 'five-g', file: 'data/five-g.ts', schema: fiveGSchema, data: fiveG }),
  dataset({ id: 'loans', file: 'data/loans.ts', schema: loansSchema, data: loans }),
]

export default defineData({
  sources,
  datasets,
  checks: [vaccineTotals],
  rules,
  bounds: { population: BOUNDS.population },
})

export { countries, event, fiveG, loans, techPresence, vaccines }
