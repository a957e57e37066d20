/**
 * Browser entry of intl.js (bundled by scripts/kit/bundle.ts, written beside embed.js): FormatJS's Intl with the
 * data of every chart language, which a translated embed page loads only when its browser's own Intl lacks one of
 * them (charts/i18n/intl-ready.ts). It sets window.chartKitIntl to the promise of the install.
 */
import { loadFormatJs } from '../charts/i18n/intl-ready'

declare global {
  interface Window {
    chartKitIntl?: Promise<void>
  }
}

window.chartKitIntl = loadFormatJs()
