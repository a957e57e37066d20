/**
 * Options every chart shares, from the theme and the render profile: fonts, colours, motion, the paper fill and
 * the on-canvas figure frame. Chart kinds add their own scales and plugins on top.
 */
import type { ChartOptions, ChartType, FontSpec } from 'chart.js'
import type { Sources } from '../data/schema'
import type { Translation } from './i18n/translation'
import type { FigureFrameOptions, TextStyle } from './plugins'
import type { FigureText, RenderProfile } from './types'
import { publishers } from './format'
import { translation } from './i18n/translation'
import { chartText, fonts, paletteFor } from './theme'

export function textSize(role: keyof typeof chartText, profile: RenderProfile): number {
  return Math.round(chartText[role] * profile.fontScale)
}

export function font(role: keyof typeof chartText, profile: RenderProfile, weight: FontSpec['weight'] = 'normal'): Partial<FontSpec> {
  return { family: fonts.stack, size: textSize(role, profile), weight }
}

export function textStyle(role: keyof typeof chartText, profile: RenderProfile, extra: Partial<TextStyle> = {}): TextStyle {
  const colours = paletteFor(profile.scheme)
  return { size: textSize(role, profile), color: role === 'label' || role === 'title' ? colours.ink : colours.inkMuted, ...extra }
}

/** "A; B; C; D and 5 more": the publishers for the short line under a chart; the full list is in the kit and the handout. */
export function sourceLine(list: Sources, t: Translation = translation(), max = 4): string {
  const names = publishers(list).split('; ')
  if (names.length <= max)
    return names.join('; ')
  return t.s.words.andMore(names.slice(0, max).join('; '), names.length - max)
}

function frameOptions(text: FigureText, profile: RenderProfile): FigureFrameOptions {
  const colours = paletteFor(profile.scheme)
  return {
    ...text,
    margin: Math.round(24 * profile.fontScale),
    styles: {
      title: { size: textSize('title', profile), color: colours.ink, weight: 'bold' },
      subtitle: { size: textSize('subtitle', profile), color: colours.inkMuted },
      source: { size: textSize('source', profile), color: colours.inkMuted },
      note: { size: textSize('source', profile), color: colours.inkMuted },
    },
  }
}

export function baseOptions<T extends ChartType>(profile: RenderProfile, frame: FigureText): ChartOptions<T> {
  const colours = paletteFor(profile.scheme)
  const options: ChartOptions = {
    responsive: true,
    maintainAspectRatio: false,
    animation: profile.animate ? { duration: 900, easing: 'easeOutQuart' } : false,
    color: colours.ink,
    font: { family: fonts.stack, size: textSize('tick', profile) },
    layout: { padding: { top: 4, right: 8, bottom: 4, left: 4 } },
    plugins: {
      legend: {
        position: 'top',
        align: 'start',
        labels: { color: colours.ink, font: font('legend', profile), boxWidth: textSize('legend', profile), boxHeight: textSize('legend', profile), padding: 16 },
      },
      tooltip: { titleFont: font('label', profile, 'bold'), bodyFont: font('label', profile) },
      paper: { color: profile.transparent ? null : colours.paper },
      figureFrame: profile.figure ? frameOptions(frame, profile) : false,
    },
  }
  return options as ChartOptions<T>
}
