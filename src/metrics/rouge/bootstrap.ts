/**
 * Bootstrap confidence intervals over per-pair scores.
 *
 * The resampler is rouge_score's BootstrapAggregator: for each ROUGE type in turn, `resamples` times draw
 * n pair indices with replacement (numpy legacy MT19937, `choice(n, size=n)`), average precision, recall
 * and F over the drawn rows (summed row by row, as numpy reduces axis 0), and keep the 1,000 means.
 * The interval is then read off those means by one of two rules:
 * - `numpy`: rouge_score's `np.percentile(means, 100·[(1-c)/2, 0.5, 1-(1-c)/2])`, linear interpolation;
 * - `rouge155`: ROUGE-1.5.5's own indices into the sorted means (with R resamples and level c in %,
 *   δ = R·((100-c)/2)/100; low = s[⌊δ⌋] + (s[⌊δ⌋+1] - s[⌊δ⌋])·r, high = s[u] + (s[u+1] - s[u])·r with
 *   u = ⌊R-δ-1⌋ and r = R-δ-1-u), and mid is the plain mean of the per-pair values, as the script prints.
 * Same seed, same inputs → same intervals, bit for bit.
 */
import { Mt19937 } from './mt19937.js';

export type IntervalRule = 'numpy' | 'rouge155';

export interface Columns {
  precision: Float64Array;
  recall: Float64Array;
  fmeasure: Float64Array;
}

export interface ColumnInterval {
  low: number;
  mid: number;
  high: number;
}

export type ColumnIntervals = Record<keyof Columns, ColumnInterval>;

/** Means of `resamples` resamples of the three columns, drawn from `rng` (consumes n draws each). */
export function resampleMeans(columns: Columns, resamples: number, rng: Mt19937): Columns {
  const n = columns.precision.length;
  const out: Columns = {
    precision: new Float64Array(resamples),
    recall: new Float64Array(resamples),
    fmeasure: new Float64Array(resamples),
  };
  const { precision: p, recall: r, fmeasure: f } = columns;
  for (let s = 0; s < resamples; s += 1) {
    let sp = 0;
    let sr = 0;
    let sf = 0;
    for (let k = 0; k < n; k += 1) {
      const i = rng.nextBelow(n);
      sp += p[i] as number;
      sr += r[i] as number;
      sf += f[i] as number;
    }
    out.precision[s] = sp / n;
    out.recall[s] = sr / n;
    out.fmeasure[s] = sf / n;
  }
  return out;
}

/** numpy's linear interpolation between two order statistics (its `_lerp`, exact to the bit). */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** `np.percentile(values, q)` with the default linear method, q in percent. */
export function numpyPercentile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const virtual = (n - 1) * (q / 100);
  if (virtual >= n - 1) return sorted[n - 1] as number;
  if (virtual < 0) return sorted[0] as number;
  const below = Math.floor(virtual);
  return lerp(sorted[below] as number, sorted[below + 1] as number, virtual - below);
}

function numpyInterval(sorted: Float64Array, confidence: number): ColumnInterval {
  const delta = (1 - confidence) / 2;
  return {
    low: numpyPercentile(sorted, 100 * delta),
    mid: numpyPercentile(sorted, 100 * 0.5),
    high: numpyPercentile(sorted, 100 * (1 - delta)),
  };
}

function rouge155Interval(sorted: Float64Array, confidence: number, mean: number): ColumnInterval {
  const resamples = sorted.length;
  // ROUGE-1.5.5 takes the level in percent (-c 95); round so 0.95 gives exactly 95.
  const percent = Math.round(confidence * 1e6) / 1e4;
  const delta = (resamples * ((100 - percent) / 2.0)) / 100.0;
  const upper = Math.trunc(resamples - delta - 1);
  const ratio = resamples - delta - 1 - upper;
  const lower = Math.trunc(delta);
  const at = (i: number): number => sorted[Math.min(Math.max(i, 0), resamples - 1)] as number;
  return {
    low: at(lower) + (at(lower + 1) - at(lower)) * ratio,
    mid: mean,
    high: at(upper) + (at(upper + 1) - at(upper)) * ratio,
  };
}

function sortedCopy(values: Float64Array): Float64Array {
  return Float64Array.from(values).sort();
}

/** Intervals of the three columns from their resample means. `means` are the plain per-pair means. */
export function intervals(
  resampled: Columns,
  confidence: number,
  rule: IntervalRule,
  means: Record<keyof Columns, number>,
): ColumnIntervals {
  const make = (key: keyof Columns): ColumnInterval => {
    const sorted = sortedCopy(resampled[key]);
    return rule === 'numpy' ? numpyInterval(sorted, confidence) : rouge155Interval(sorted, confidence, means[key]);
  };
  return { precision: make('precision'), recall: make('recall'), fmeasure: make('fmeasure') };
}
