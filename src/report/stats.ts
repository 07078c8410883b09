/** Small descriptive statistics used by the charts (definitions in docs/report.md). */

/** Linear-interpolation quantile (numpy's default, the same as vLLM's percentiles) of sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Numbers as the report's series hold them: an array, or a typed column (the run's series are Float64Arrays). */
export type Values = ArrayLike<number> & Iterable<number>;

/** Sorted into a Float64Array (8 bytes a value, a numeric sort without a comparator call a pair). */
export function quantile(values: Values, q: number): number {
  return quantileSorted(Float64Array.from(values).sort(), q);
}

/** `a` then `b` in one Float64Array (a chart's current and baseline values pooled for its axis). */
export function pooled(a: Values, b: Values | null): Values {
  if (b === null) return a;
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many values lie above `bound`. */
export function countAbove(values: Iterable<number>, bound: number): number {
  let count = 0;
  for (const v of values) if (v > bound) count++;
  return count;
}

export function mean(values: readonly number[] | Float64Array): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Population standard deviation (numpy's np.std default, which vLLM's std_* fields use). */
export function std(values: readonly number[] | Float64Array): number {
  if (values.length === 0) return Number.NaN;
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return Math.sqrt(sum / values.length);
}

export interface Bins {
  /** Left edges plus the final right edge: edges.length === counts.length + 1. */
  edges: number[];
  counts: number[];
}

/**
 * Equal-width bins over [lo, hi]; the last bin is closed on the right. Values outside are clamped to
 * the end bins so no measured request disappears from a chart.
 */
export function histogram(values: Iterable<number>, lo: number, hi: number, binCount: number): Bins {
  const width = hi > lo ? (hi - lo) / binCount : 1;
  const edges = Array.from({ length: binCount + 1 }, (_, i) => lo + i * width);
  const counts = new Array<number>(binCount).fill(0);
  for (const v of values) {
    const i = Math.min(binCount - 1, Math.max(0, Math.floor((v - lo) / width)));
    counts[i]! += 1;
  }
  return { edges, counts };
}

/** Empirical CDF as step points (x, fraction of values ≤ x). */
export function ecdf(values: readonly number[]): Array<[number, number]> {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.map((v, i) => [v, (i + 1) / sorted.length]);
}

/**
 * Smallest and largest value by a loop: Math.min(...xs) overflows the call stack past ~100k values,
 * and a long run has that many requests.
 */
export function minOf(values: Iterable<number>, empty = Number.NaN): number {
  let m = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < m) m = v;
  return m === Number.POSITIVE_INFINITY ? empty : m;
}

export function maxOf(values: Iterable<number>, empty = Number.NaN): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > m) m = v;
  return m === Number.NEGATIVE_INFINITY ? empty : m;
}

/** At most `limit` points of a sorted step curve, evenly spaced by index, first and last kept. */
export function thin<T>(points: readonly T[], limit: number): T[] {
  if (points.length <= limit) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (limit - 1);
  for (let i = 0; i < limit; i++) out.push(points[Math.round(i * step)]!);
  return out;
}


/**
 * thin(ecdf(values), limit) without the pairs of every value: the values sorted in a Float64Array (8 bytes
 * each), then only the `limit` kept points built. A CDF of a million inter-token gaps costs 8 MB, not the
 * ~60 MB of a pair per value.
 */
export function thinnedEcdf(values: Values, limit: number): Array<[number, number]> {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const pointAt = (i: number): [number, number] => [sorted[i]!, (i + 1) / n];
  if (n <= limit) return Array.from({ length: n }, (_, i) => pointAt(i));
  const step = (n - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => pointAt(Math.round(i * step)));
}
