/**
 * Installs FormatJS's Intl.PluralRules, NumberFormat, DateTimeFormat and ListFormat in place of the engine's (see
 * intl-ready.ts, which loads this only where needed). Order matters: NumberFormat builds on PluralRules, and
 * DateTimeFormat on NumberFormat.
 */
import '@formatjs/intl-pluralrules/polyfill-force.js'
import '@formatjs/intl-numberformat/polyfill-force.js'
import '@formatjs/intl-datetimeformat/polyfill-force.js'
import '@formatjs/intl-listformat/polyfill-force.js'
