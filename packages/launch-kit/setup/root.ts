import { useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'

/**
 * `?range=<from>-<to>` on the print page (/print?print=true&range=26-50) of the built deck: only those slides.
 * Slidev reads `range` once, when its navigation state is created, and in a static build that happens before the
 * router has read the URL, so the built print page always showed every slide. The export (scripts/export/
 * print.ts) prints long decks a range at a time so Chromium's memory stays flat; this applies the range
 * from the URL itself. Outside the print page it does nothing.
 */
export default defineRootSetup(() => {
  const { isPrintMode, printRange, slides } = useNav()
  if (typeof location === 'undefined' || !isPrintMode.value)
    return
  const match = new URLSearchParams(location.search).get('range')?.match(/^(\d+)-(\d+)$/)
  if (!match)
    return
  const last = Math.min(Number(match[2]), slides.value.length)
  printRange.value = Array.from({ length: Math.max(0, last - Number(match[1]) + 1) }, (_v, i) => Number(match[1]) + i)
})
