/** Small descriptive statistics used by the charts (definitions in docs/report.md). */

/** Linear-interpolation quantile (numpy's default, the same as vLLM's percentiles) of sorted values. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function quantile(values: readonly number[], q: number): number {
  return quantileSorted([...values].sort((a, b) => a - b), q);
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Population standard deviation (numpy's np.std default, which vLLM's std_* fields use). */
export function std(values: readonly number[]): number {
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
export function histogram(values: readonly number[], lo: number, hi: number, binCount: number): Bins {
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
 * Reduces a long step series (time, level) to at most ~2 × `buckets` points by keeping, in each time
 * bucket, the points where the level is lowest and highest, in time order: at chart resolution the
 * drawing is the same, peaks included, and a long run's report stays small.
 */
export function envelope(points: ReadonlyArray<[number, number]>, buckets: number): Array<[number, number]> {
  if (points.length <= 2 * buckets) return points.map((p) => [p[0], p[1]]);
  const t0 = points[0]![0];
  const width = (points[points.length - 1]![0] - t0) / buckets || 1;
  const out: Array<[number, number]> = [];
  let current = -1;
  let lo: [number, number] | null = null;
  let hi: [number, number] | null = null;
  const flush = (): void => {
    if (!lo || !hi) return;
    if (lo === hi) out.push(lo);
    else out.push(...(lo[0] <= hi[0] ? [lo, hi] : [hi, lo]));
  };
  for (const p of points) {
    const b = Math.min(buckets - 1, Math.floor((p[0] - t0) / width));
    if (b !== current) {
      flush();
      current = b;
      lo = hi = [p[0], p[1]];
      continue;
    }
    if (p[1] < lo![1]) lo = [p[0], p[1]];
    if (p[1] > hi![1]) hi = [p[0], p[1]];
  }
  flush();
  out.push([points[points.length - 1]![0], points[points.length - 1]![1]]);
  return out;
}
