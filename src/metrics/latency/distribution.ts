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

/** The two ranks (0-based, in the ascending sample of n) that percentile p interpolates between. */
export function percentileRanks(n: number, p: number): { lo: number; hi: number; frac: number } {
  if (n === 1) return { lo: 0, hi: 0, frac: 0 };
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  return { lo, hi: Math.min(lo + 1, n - 1), frac: rank - lo };
}

/** Linear-interpolated percentile of a sample of n given by its k-th smallest value. */
export function percentileBy(n: number, valueAt: (k: number) => number, p: number): number {
  const { lo, hi, frac } = percentileRanks(n, p);
  const low = valueAt(lo);
  return frac === 0 ? low : low + frac * (valueAt(hi) - low);
}

/** Linear-interpolated percentile of an ascending sample. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  return percentileBy(sorted.length, (k) => sorted[k]!, p);
}

export function summarize(values: ArrayLike<number>, percentiles: readonly number[]): Distribution {
  return summarizeSorted(Float64Array.from(values as ArrayLike<number>).sort(), percentiles);
}

/** Sorts `values` in place (no copy: the pooled ITL sample can be millions long) and summarizes it. */
export function summarizeInPlace(values: Float64Array, percentiles: readonly number[]): Distribution {
  return summarizeSorted(values.sort(), percentiles);
}

function summarizeSorted(sorted: Float64Array, percentiles: readonly number[]): Distribution {
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
    mean,
    median: percentileOfSorted(sorted, 50),
    std: Math.sqrt(sq / n),
    min: sorted[0]!,
    max: sorted[n - 1]!,
    percentiles: Object.fromEntries(percentiles.map((p) => [percentileKey(p), percentileOfSorted(sorted, p)])),
  };
}
