/**
 * The closed vocabularies of this report's data — country codes, technology fields and levels, 5G instruments — with
 * no dependency: the deck's browser code imports them through the data, and the *.schema.ts files build their checks
 * from them (so neither side imports the other). The codes are in the order of data/countries.ts.
 */

/** The six Western Balkan countries, ISO 3166-1 alpha-2 (Kosovo uses the user-assigned code XK). */
export const COUNTRY_CODES = ['RS', 'BA', 'ME', 'MK', 'AL', 'XK'] as const
export type CountryCode = (typeof COUNTRY_CODES)[number]

/** The four fields in which the report assesses Chinese technology presence (data/tech-presence.ts). */
export const TECH_DIMENSIONS = ['telecoms', 'governance', 'it', 'security'] as const
/** Ordered from most to least presence; `undecided` and `notFound` are not points on that scale. */
export const TECH_LEVELS = ['extensive', 'present', 'limited', 'undecided', 'notFound'] as const

/** The kinds of 5G security commitment (data/five-g.ts). */
export const INSTRUMENTS = ['washington-agreement', 'clean-network', 'us-memorandum', 'government-pledge', 'wb6-roadmap'] as const
