/**
 * The vaccine figures several charts share, derived once from data/vaccines.ts in the deck's country order.
 */
import type { Figure } from 'launch-kit/data/schema'
import type { VaccineCountry } from '../../data/vaccines'
import { countries } from '../../data/countries'
import { chineseTotal, perHundred } from '../../data/derive'
import { vaccines } from '../../data/vaccines'

export function vaccineEntry(code: string): VaccineCountry {
  const entry = vaccines.countries.find(c => c.country === code)
  if (!entry)
    throw new Error(`data/vaccines.ts: no entry for country ${code}`)
  return entry
}

export const vaccineRows = countries.map(c => ({ country: c, vaccines: vaccineEntry(c.country) }))

export const purchased: Figure[] = vaccineRows.map(r => chineseTotal(r.vaccines, 'purchase'))
export const donated: Figure[] = vaccineRows.map(r => chineseTotal(r.vaccines, 'donation'))
export const populations: Figure[] = vaccineRows.map(r => r.country.population)
/** Per 100 people (JHU populations): the per-100 bars and the doses map draw these same figures. */
export const purchasedPer100: Figure[] = purchased.map((f, i) => perHundred(f, populations[i]!))
export const donatedPer100: Figure[] = donated.map((f, i) => perHundred(f, populations[i]!))

/** Chinese-made doses passed on by third countries: who gave how many (null: not reported) to which country. */
export function thirdCountryShipments(): { from: string, doses: number | null, to: VaccineCountry['country'] }[] {
  return vaccineRows.flatMap(r => r.vaccines.chinese.shipments
    .filter(s => s.from !== 'China')
    .map(s => ({ from: s.from, doses: s.doses, to: r.country.country })))
}
