import type { HeadlineInterval, ResultsDocument } from '../run-folder/results-document.js';
import type { NoiseAssessment } from './comparison.js';
import { ROUGE_METRICS } from './metric-directions.js';
import { mannWhitneyUTest, predictionInterval, welchTTest } from './statistics.js';
import type { ThresholdConfig } from './thresholds-config.js';

/**
 * Decides whether a change lies outside the baseline's run-to-run noise (docs/gate.md, "Noise test"):
 *  1. ROUGE with a bootstrap interval on the baseline: outside when the current value leaves that interval.
 *  2. Repeated values on both sides (trials, or a history against trials): a two-sided Welch t-test
 *     (or Mann-Whitney U, if configured); outside when p < alpha.
 *  3. One current value and ≥ min_history baseline values: outside when the current value leaves the
 *     (1 − alpha) prediction interval of the baseline values.
 *  4. Otherwise: threshold-only (no statement about noise).
 */

function finite(values: ReadonlyArray<number | null | undefined>): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** Baseline values of one metric: one per run when there is a history, else the run's trials. */
export function baselineSamples(name: string, documents: readonly ResultsDocument[]): number[] {
  if (documents.length >= 2) return finite(documents.map((d) => d.headline[name]));
  const only = documents[0];
  if (!only) return [];
  const trials = finite((only.trials ?? []).map((t) => t[name]));
  return trials.length >= 2 ? trials : finite([only.headline[name]]);
}

export function currentSamples(name: string, current: ResultsDocument): number[] {
  const trials = finite((current.trials ?? []).map((t) => t[name]));
  return trials.length >= 2 ? trials : finite([current.headline[name]]);
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

export function assessNoise(
  name: string,
  baselineDocs: readonly ResultsDocument[],
  current: ResultsDocument,
  currentValue: number,
  config: ThresholdConfig,
): NoiseAssessment {
  const alpha = config.noise.alpha;
  const base = baselineSamples(name, baselineDocs);
  const cur = currentSamples(name, current);
  const latest = baselineDocs[baselineDocs.length - 1];
  const bootstrap: HeadlineInterval | undefined = ROUGE_METRICS.has(name) ? latest?.headline_intervals?.[name] : undefined;

  if (bootstrap) {
    const outside = currentValue < bootstrap.low || currentValue > bootstrap.high;
    const pct = Math.round(bootstrap.confidence * 100);
    return {
      method: 'bootstrap-interval',
      outside,
      interval: { low: bootstrap.low, high: bootstrap.high },
      baseline_n: 1,
      current_n: 1,
      detail: `current ${fmt(currentValue)} is ${outside ? 'outside' : 'inside'} the baseline's ${pct}% bootstrap interval [${fmt(bootstrap.low)}, ${fmt(bootstrap.high)}]`,
    };
  }

  if (cur.length >= 2 && base.length >= 2) {
    const test = config.noise.test === 'mann-whitney' ? mannWhitneyUTest(base, cur) : welchTTest(base, cur);
    const method = config.noise.test === 'mann-whitney' ? 'mann-whitney' : 'welch-t';
    const outside = test.pValue < alpha;
    return {
      method,
      outside,
      p_value: test.pValue,
      baseline_n: base.length,
      current_n: cur.length,
      detail: `${method === 'welch-t' ? "Welch's t-test" : 'Mann-Whitney U test'} on ${base.length} baseline vs ${cur.length} current values: p = ${test.pValue.toPrecision(3)} ${outside ? '<' : '≥'} ${alpha}`,
    };
  }

  if (base.length >= config.noise.min_history) {
    const band = predictionInterval(base, alpha);
    const outside = currentValue < band.low || currentValue > band.high;
    const pct = Math.round((1 - alpha) * 100);
    return {
      method: 'prediction-interval',
      outside,
      interval: band,
      baseline_n: base.length,
      current_n: 1,
      detail: `current ${fmt(currentValue)} is ${outside ? 'outside' : 'inside'} the ${pct}% prediction interval [${fmt(band.low)}, ${fmt(band.high)}] of ${base.length} baseline values`,
    };
  }

  return {
    method: 'threshold-only',
    outside: null,
    baseline_n: base.length,
    current_n: cur.length,
    detail: `threshold-only: ${base.length} baseline value${base.length === 1 ? '' : 's'} and ${cur.length} current value${cur.length === 1 ? '' : 's'} are too few for a noise model`,
  };
}
