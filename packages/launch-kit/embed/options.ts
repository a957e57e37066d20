/**
 * The embed page's render options, read from its URL (embed.html?dark=auto&plain=true), and the message the page
 * sends its host with its height. Pure: embed/head.ts applies the options before the page is drawn, embed/main.ts
 * and embed/height.ts read them back from the root element, and the host's loader (scripts/kit/snippet.ts) reads
 * the message.
 */

export interface EmbedOptions {
  /**
   * light (the default, so embeds published before the option look as they did), dark, or auto: the reader's
   * system setting.
   */
  scheme: 'light' | 'dark' | 'auto'
  /** No title or subtitle: for an article that sets its own headline above the chart. */
  plain: boolean
  /** No page background: the article's own shows through. */
  transparent: boolean
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { scheme: 'light', plain: false, transparent: false }

function flag(value: string | null): boolean | undefined {
  if (value === 'true' || value === '1' || value === '')
    return true
  return value === 'false' || value === '0' ? false : undefined
}

/** The options in a query string; anything unknown or misspelt keeps its default. */
export function readEmbedOptions(search: string): EmbedOptions {
  const query = new URLSearchParams(search)
  const dark = query.get('dark')
  const scheme = dark === 'auto' ? 'auto' : flag(dark) === true ? 'dark' : 'light'
  return {
    scheme,
    plain: flag(query.get('plain')) ?? DEFAULT_EMBED_OPTIONS.plain,
    transparent: flag(query.get('transparent')) ?? DEFAULT_EMBED_OPTIONS.transparent,
  }
}

/** The options as attributes of the root element, which embed.css styles by (data-scheme, data-plain, data-transparent). */
export function optionAttributes(options: EmbedOptions): Record<string, string> {
  return {
    'data-scheme': options.scheme,
    ...(options.plain ? { 'data-plain': '' } : {}),
    ...(options.transparent ? { 'data-transparent': '' } : {}),
  }
}

/** The options back from the root element's attributes (set by embed/head.ts). */
export function optionsOf(root: HTMLElement): EmbedOptions {
  const scheme = root.dataset.scheme
  return {
    scheme: scheme === 'dark' || scheme === 'auto' ? scheme : 'light',
    plain: root.hasAttribute('data-plain'),
    transparent: root.hasAttribute('data-transparent'),
  }
}

/** `type` of the message an embed page posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'chart-kit:height'

/** What the host's loader posts to a frame to have its height sent again (a loader that starts late). */
export const ASK_MESSAGE = 'chart-kit:ask-height'

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE
  /** The chart's id (data-chart-id), which the host's iframe carries as data-chart-kit. */
  chart: string
  lang: string
  /** The page's content height in CSS px. */
  height: number
}
