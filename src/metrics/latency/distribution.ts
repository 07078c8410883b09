/**
 * Summary statistics of one latency sample: mean, median, population standard deviation, min, max and
 * percentiles by linear interpolation between closest ranks (rank = p/100 · (n − 1), numpy's default).
 */
export interface Distribution {
  count: number;
  mean: number | null;
  median: number | null;
  /** Population standard deviation (divides by n). */
  std: number | null;
  min: number | null;
  max: number | null;
  /** Keyed by percentileKey(p), e.g. "p99", "p99_9". */
  percentiles: Record<string, number | null>;
}

export const DEFAULT_PERCENTILES: readonly number[] = [50, 90, 95, 99];

/** "p99" for 99, "p99_9" for 99.9. */
export function percentileKey(p: number): string {
  return `p${String(p).replace('.', '_')}`;
}

/** Linear-interpolated percentile of an ascending sample. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 1) return sorted[0]!;
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, n - 1);
  const frac = rank - lo;
  return sorted[lo]! + frac * (sorted[hi]! - sorted[lo]!);
}

export function summarize(values: ArrayLike<number>, percentiles: readonly number[]): Distribution {
  return summarizeSorted(Float64Array.from(values as ArrayLike<number>).sort(), percentiles);
}

/** Sorts `values` in place (no copy: the pooled ITL sample can be millions long) and summarizes it. */
export function summarizeInPlace(values: Float64Array, percentiles: readonly number[]): Distribution {
  return summarizeSorted(values.sort(), percentiles);
}

/**
 * Sorts a sample of whole microseconds in place and summarizes it in milliseconds. The pooled ITL sample
 * is held this way: 4 bytes a gap instead of 8 (6.4 million gaps for 100,000 requests of 64 tokens), and
 * without loss, since records keep their times at 1 µs.
 */
export function summarizeMicrosecondsInPlace(values: Int32Array, percentiles: readonly number[]): Distribution {
  return summarizeSorted(values.sort(), percentiles, 1 / 1000);
}

/** `unit` converts the stored values to the reported ones (1 / 1000 for microseconds → ms). */
function summarizeSorted(sorted: Float64Array | Int32Array, percentiles: readonly number[], unit = 1): Distribution {
  const n = sorted.length;
  const keys = percentiles.map(percentileKey);
  if (n === 0) {
    return { count: 0, mean: null, median: null, std: null, min: null, max: null, percentiles: Object.fromEntries(keys.map((k) => [k, null])) };
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i]! - mean;
    sq += d * d;
  }
  return {
    count: n,
    mean: mean * unit,
    median: percentileOfSorted(sorted, 50) * unit,
    std: Math.sqrt(sq / n) * unit,
    min: sorted[0]! * unit,
    max: sorted[n - 1]! * unit,
    percentiles: Object.fromEntries(percentiles.map((p) => [percentileKey(p), percentileOfSorted(sorted, p) * unit])),
  };
}
