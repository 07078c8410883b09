import { percentileOfSorted } from '../metrics/latency/distribution.js';
import { seededUniform } from '../util/seeded-random.js';
import { sampleVariance } from './statistics.js';

/**
 * Within-run sampling noise of a percentile, by the moving-block bootstrap (Künsch 1989). Requests of one
 * run share the engine's state: a stall, a batch that happened to be full, a slow minute of the runner
 * touches several requests sent close together. Resampling request by request treats them as independent
 * and understates the noise; resampling runs of consecutive requests (in the order they were sent) keeps
 * that dependence inside each block (docs/gate.md, "The change and its noise").
 */

/** Replicates per bootstrap: enough for a standard error within a few percent of its limit. */
export const BOOTSTRAP_REPLICATES = 400;

/** Block length for n requests: n^(1/3), the usual order for a variance estimate, at least 2. */
export function blockLength(n: number): number {
  return Math.max(2, Math.round(Math.cbrt(n)));
}

/** Variance of ln(percentile p) of `samples` (in send order) over moving-block bootstrap replicates. */
export function logPercentileVariance(samples: readonly number[], p: number, seed: number, replicates = BOOTSTRAP_REPLICATES): number {
  return logStatisticVariance(samples, (sorted) => percentileOfSorted(sorted, p), seed, replicates);
}

/** The same for the mean (throughput's within-run floor: a closed loop completes c / mean(E2EL) requests a second). */
export function logMeanVariance(samples: readonly number[], seed: number, replicates = BOOTSTRAP_REPLICATES): number {
  return logStatisticVariance(samples, (sorted) => sorted.reduce((sum, v) => sum + v, 0) / sorted.length, seed, replicates);
}

/**
 * Variance of ln(statistic) over moving-block bootstrap replicates of `samples` (in send order); the
 * statistic gets each replicate sorted. Seeded: the same run gives the same figure. Samples must be
 * positive (latencies in ms); NaN for fewer than two.
 */
function logStatisticVariance(samples: readonly number[], statistic: (sorted: Float64Array) => number, seed: number, replicates: number): number {
  const n = samples.length;
  if (n < 2) return Number.NaN;
  const length = Math.min(blockLength(n), n);
  const starts = n - length + 1;
  // Seeded: the same run gives the same figure, so verdicts are reproducible.
  const random = seededUniform(seed);
  const replicate = new Float64Array(n);
  const estimates: number[] = [];
  for (let b = 0; b < replicates; b++) {
    let filled = 0;
    while (filled < n) {
      const start = Math.floor(random() * starts);
      for (let k = 0; k < length && filled < n; k++) replicate[filled++] = samples[start + k]!;
    }
    replicate.sort();
    estimates.push(Math.log(Math.max(statistic(replicate), Number.MIN_VALUE)));
  }
  return sampleVariance(estimates);
}
