/**
 * The country codes every dataset uses, with no dependency: the deck's browser code imports them through the data,
 * and schema.ts builds its country check from them.
 */

/** The six Western Balkan countries, ISO 3166-1 alpha-2 (Kosovo uses the user-assigned code XK). */
export const COUNTRY_CODES = ['RS', 'BA', 'ME', 'MK', 'AL', 'XK'] as const
