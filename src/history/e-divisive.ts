import { seededUniform } from '../util/seeded-random.js';

/**
 * Change points of a series by E-divisive means (Matteson & James, "A Nonparametric Approach for Multiple
 * Change Point Analysis of Multivariate Data", JASA 2014), α = 1, each candidate accepted only by a
 * permutation test: the statistic of the best split is compared with the best split of `permutations`
 * shuffles of the same segment (a seeded generator: the same series gives the same answer).
 *
 * False alarms: a candidate is accepted when its permutation p-value, (1 + #shuffles at least as
 * divergent) / (1 + permutations), is ≤ `significance`. On a series with no change the first candidate is
 * rejected with probability ≥ 1 − significance, and nothing further is tried: the chance of marking any
 * change in a change-free series is at most `significance` (the default 0.01; measured in
 * test/history/e-divisive.test.ts). One outlier moves a mean but barely moves the energy distance between
 * the two sides of a split, which is why a lone outlier is not marked.
 */
export interface ChangePointOptions {
  /** Acceptance level of each permutation test: the false-alarm rate per series (default 0.01). */
  significance?: number;
  /** Shuffles per test (default 199; the smallest reachable p-value is 1 / (1 + permutations)). */
  permutations?: number;
  /** Fewest points on either side of a change (default 4). */
  minSegment?: number;
  seed?: number;
}

export interface ChangePoint {
  /** Index of the first point after the change. */
  index: number;
  /** Permutation p-value of the split when it was accepted. */
  p_value: number;
  /** Means of the segments before and after the change (between neighbouring change points). */
  mean_before: number;
  mean_after: number;
}

/** Best split of `x` by the E-divisive statistic: the index where the right part begins, and its value. */
export function bestSplit(x: readonly number[], minSegment: number): { index: number; statistic: number } | null {
  const n = x.length;
  if (n < 2 * minSegment) return null;
  // Sums of |x_i − x_j| over pairs: all pairs, pairs left of each split and pairs right of it, O(n²) in all.
  let total = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) total += Math.abs((x[i] as number) - (x[j] as number));
  const withinLeft = new Float64Array(n + 1);
  for (let t = 1; t <= n; t++) {
    let add = 0;
    for (let i = 0; i < t - 1; i++) add += Math.abs((x[i] as number) - (x[t - 1] as number));
    withinLeft[t] = (withinLeft[t - 1] as number) + add;
  }
  const withinRight = new Float64Array(n + 1);
  for (let t = n - 1; t >= 0; t--) {
    let add = 0;
    for (let j = t + 1; j < n; j++) add += Math.abs((x[t] as number) - (x[j] as number));
    withinRight[t] = (withinRight[t + 1] as number) + add;
  }
  let best: { index: number; statistic: number } | null = null;
  for (let t = minSegment; t <= n - minSegment; t++) {
    const m = t;
    const k = n - t;
    const wl = withinLeft[t] as number;
    const wr = withinRight[t] as number;
    const between = total - wl - wr;
    const energy = (2 * between) / (m * k) - (2 * wl) / (m * (m - 1)) - (2 * wr) / (k * (k - 1));
    const statistic = ((m * k) / n) * energy;
    if (best === null || statistic > best.statistic) best = { index: t, statistic };
  }
  return best;
}

function shuffled(x: readonly number[], u: () => number): number[] {
  const out = [...x];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

function permutationPValue(segment: readonly number[], observed: number, minSegment: number, permutations: number, u: () => number): number {
  let asLarge = 0;
  for (let r = 0; r < permutations; r++) {
    const split = bestSplit(shuffled(segment, u), minSegment);
    if (split && split.statistic >= observed) asLarge++;
  }
  return (1 + asLarge) / (1 + permutations);
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Every accepted change point of the series, in index order. Non-finite values are not allowed. */
export function findChangePoints(series: readonly number[], options: ChangePointOptions = {}): ChangePoint[] {
  const significance = options.significance ?? 0.01;
  const permutations = options.permutations ?? 199;
  const minSegment = Math.max(2, options.minSegment ?? 4);
  const u = seededUniform(options.seed ?? 1);
  const cuts: Array<{ index: number; p_value: number }> = [];
  // Hierarchical: split the segment whose best split is most divergent; stop at the first rejected one.
  for (;;) {
    const bounds = [0, ...cuts.map((c) => c.index).sort((a, b) => a - b), series.length];
    let candidate: { start: number; end: number; index: number; statistic: number } | null = null;
    for (let s = 0; s + 1 < bounds.length; s++) {
      const start = bounds[s] as number;
      const end = bounds[s + 1] as number;
      const split = bestSplit(series.slice(start, end), minSegment);
      if (split && (candidate === null || split.statistic > candidate.statistic)) candidate = { start, end, index: start + split.index, statistic: split.statistic };
    }
    if (candidate === null || candidate.statistic <= 0) break;
    const p = permutationPValue(series.slice(candidate.start, candidate.end), candidate.statistic, minSegment, permutations, u);
    if (p > significance) break;
    cuts.push({ index: candidate.index, p_value: p });
  }
  const sorted = cuts.sort((a, b) => a.index - b.index);
  return sorted.map((cut, i) => {
    const before = series.slice(i === 0 ? 0 : (sorted[i - 1] as { index: number }).index, cut.index);
    const after = series.slice(cut.index, i + 1 < sorted.length ? (sorted[i + 1] as { index: number }).index : series.length);
    return { index: cut.index, p_value: cut.p_value, mean_before: mean(before), mean_after: mean(after) };
  });
}
