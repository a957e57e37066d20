/**
 * Browser entry of embed-options.js (bundled by scripts/kit/bundle.ts), which embed.html loads in its <head>
 * without `defer`: it marks the root element with the URL's render options before anything is painted, so a dark
 * or transparent embed never flashes a white page first. embed.css does the rest.
 */
import { optionAttributes, readEmbedOptions } from './options'

for (const [name, value] of Object.entries(optionAttributes(readEmbedOptions(location.search))))
  document.documentElement.setAttribute(name, value)
