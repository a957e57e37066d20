/** Summaries the benchmark reports: median with min and max, ratios, and the slope of time against deck size. */

export interface Summary {
  median: number
  min: number
  max: number
  /** Every measured value, in run order. */
  values: number[]
}

export function median(values: readonly number[]): number {
  if (values.length === 0)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values: [...values] }
}

/** ours ÷ theirs of the medians; NaN when either is missing. */
export function ratio(ours: Summary | undefined, theirs: Summary | undefined): number {
  return ours && theirs && theirs.median > 0 ? ours.median / theirs.median : Number.NaN
}

/** Least-squares slope of y over x (seconds per slide when x is slides and y is seconds). */
export function slope(points: readonly { x: number, y: number }[]): number {
  if (points.length < 2)
    return Number.NaN
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length
  const my = points.reduce((s, p) => s + p.y, 0) / points.length
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0)
  return sxx === 0 ? Number.NaN : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx
}
