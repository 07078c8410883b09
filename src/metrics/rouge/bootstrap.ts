/**
 * Bootstrap confidence intervals over per-pair scores, each mode with its reference's own resampler so the
 * intervals match it bit for bit (same inputs and seed → same numbers).
 *
 * rouge-score (rouge_score's BootstrapAggregator): for each ROUGE type in turn, `resamples` times draw n
 * pair indices with replacement from numpy's legacy MT19937 (`np.random.choice(n, size=n)` after
 * `np.random.seed(seed)`), average precision, recall and F over the drawn rows (summed row by row, as
 * numpy reduces axis 0); low/mid/high are `np.percentile(means, 100·[(1-c)/2, 0.5, 1-(1-c)/2])`.
 *
 * rouge155 (ROUGE-1.5.5 -c 95 -r 1000): resample i reseeds Perl's rand with srand(seed + i) (seed 0 is the
 * script's) and draws n positions int(rand(n)) into the pairs in the script's order (resample-order.ts);
 * the same draws serve every type and measure. mid is the
 * average of the sorted resample means (what the script prints as Average); with R resamples and level c%,
 * δ = R·((100-c)/2)/100, u = ⌊R-δ-1⌋, r = R-δ-1-u, low = s[⌊δ⌋] + (s[⌊δ⌋+1]-s[⌊δ⌋])·r and
 * high = s[u] + (s[u+1]-s[u])·r over the sorted means s.
 */
import type { Mt19937 } from './mt19937.js';
import { PerlDrand48 } from './perl-drand48.js';
import { rouge155ResampleMeans } from './rouge155-resample-kernel.js';

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

/**
 * The columns of several types interleaved per pair (p, r, f, p, r, f, …) so one draw reads one cache line;
 * row k holds pair positions[k] (the order the resampler draws positions in), pair k when absent.
 */
function interleave(types: readonly Columns[], positions?: Int32Array): Float64Array {
  const n = types[0]?.precision.length ?? 0;
  const width = types.length * 3;
  const packed = new Float64Array(n * width);
  types.forEach((columns, t) => {
    for (let k = 0; k < n; k += 1) {
      const i = positions === undefined ? k : (positions[k] as number);
      packed[k * width + t * 3] = columns.precision[i] as number;
      packed[k * width + t * 3 + 1] = columns.recall[i] as number;
      packed[k * width + t * 3 + 2] = columns.fmeasure[i] as number;
    }
  });
  return packed;
}

function emptyColumns(resamples: number): Columns {
  return { precision: new Float64Array(resamples), recall: new Float64Array(resamples), fmeasure: new Float64Array(resamples) };
}

/**
 * Adds up the drawn rows of each type in draw order (the order both references sum in, so the doubles
 * match) and stores resample s's means.
 */
function accumulate(packed: Float64Array, width: number, drawn: Int32Array, out: Columns[], s: number): void {
  const n = drawn.length;
  for (let t = 0; t < out.length; t += 1) {
    const offset = t * 3;
    let sp = 0;
    let sr = 0;
    let sf = 0;
    for (let k = 0; k < n; k += 1) {
      const base = (drawn[k] as number) * width + offset;
      sp += packed[base] as number;
      sr += packed[base + 1] as number;
      sf += packed[base + 2] as number;
    }
    const target = out[t] as Columns;
    target.precision[s] = sp / n;
    target.recall[s] = sr / n;
    target.fmeasure[s] = sf / n;
  }
}

/** rouge_score: means of `resamples` resamples of one type's columns, drawn from `rng` (n draws each). */
export function resampleMeansNumpy(columns: Columns, resamples: number, rng: Mt19937): Columns {
  const n = columns.precision.length;
  const packed = interleave([columns]);
  const out = [emptyColumns(resamples)];
  const means = rng.resampleMeans(packed, n, resamples);
  if (means !== null) {
    const target = out[0] as Columns;
    for (let s = 0; s < resamples; s += 1) {
      target.precision[s] = means[3 * s] as number;
      target.recall[s] = means[3 * s + 1] as number;
      target.fmeasure[s] = means[3 * s + 2] as number;
    }
    return target;
  }
  for (let s = 0; s < resamples; s += 1) accumulate(packed, 3, rng.drawBelow(n, n), out, s);
  return out[0] as Columns;
}

/**
 * ROUGE-1.5.5: means of `resamples` resamples of every type's columns, resample i drawn after
 * srand(seed + i); a draw k picks pair positions[k] (resample-order.ts: how the script's eval ids sort).
 */
export function resampleMeansRouge155(types: readonly Columns[], resamples: number, seed: number, positions: Int32Array): Columns[] {
  const n = types[0]?.precision.length ?? 0;
  const width = types.length * 3;
  const packed = interleave(types, positions);
  const out = types.map(() => emptyColumns(resamples));
  const means = rouge155ResampleMeans(packed, width, n, seed, resamples);
  if (means !== null) {
    out.forEach((target, t) => {
      for (let s = 0; s < resamples; s += 1) {
        target.precision[s] = means[s * width + t * 3] as number;
        target.recall[s] = means[s * width + t * 3 + 1] as number;
        target.fmeasure[s] = means[s * width + t * 3 + 2] as number;
      }
    });
    return out;
  }
  const drawn = new Int32Array(n);
  for (let s = 0; s < resamples; s += 1) {
    new PerlDrand48(seed + s).fillBelow(n, drawn);
    accumulate(packed, types.length * 3, drawn, out, s);
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

/** ROUGE-1.5.5 takes the level in percent (-c 95); rounded so 0.95 gives exactly 95. */
export function confidencePercent(confidence: number): number {
  return Math.round(confidence * 1e6) / 1e4;
}

function rouge155Interval(sorted: Float64Array, confidence: number): ColumnInterval {
  const resamples = sorted.length;
  const percent = confidencePercent(confidence);
  const delta = (resamples * ((100 - percent) / 2.0)) / 100.0;
  const upper = Math.trunc(resamples - delta - 1);
  const ratio = resamples - delta - 1 - upper;
  const lower = Math.trunc(delta);
  const at = (i: number): number => sorted[Math.min(Math.max(i, 0), resamples - 1)] as number;
  return {
    low: at(lower) + (at(lower + 1) - at(lower)) * ratio,
    mid: average(sorted),
    high: at(upper) + (at(upper + 1) - at(upper)) * ratio,
  };
}

/** Sum in ascending order, then divide: the script's "Average" over its sorted resample means. */
function average(sorted: Float64Array): number {
  let sum = 0;
  for (const v of sorted) sum += v;
  return sum / sorted.length;
}

function sortedCopy(values: Float64Array): Float64Array {
  return Float64Array.from(values).sort();
}

/** Intervals of the three columns from their resample means, by the numpy or the ROUGE-1.5.5 rule. */
export function intervals(resampled: Columns, confidence: number, rule: IntervalRule): ColumnIntervals {
  const make = (key: keyof Columns): ColumnInterval => {
    const sorted = sortedCopy(resampled[key]);
    return rule === 'numpy' ? numpyInterval(sorted, confidence) : rouge155Interval(sorted, confidence);
  };
  return { precision: make('precision'), recall: make('recall'), fmeasure: make('fmeasure') };
}
