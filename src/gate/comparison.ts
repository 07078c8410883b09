import type { Fingerprint } from '../run-folder/results-document.js';
import type { FingerprintDifference } from './fingerprint.js';
import type { Direction } from './metric-directions.js';
import type { MetricThreshold } from './default-thresholds.js';

/**
 * The verdict model: what the gate decided and why, per metric and overall. Everything the reports,
 * the PR comment and the exit code need comes from here.
 */
export type MetricStatus =
  /** Moved the bad way past the fail level and outside the noise (or no noise model): fails the gate. */
  | 'fail'
  /** Moved the bad way past the warn level (and outside the noise, when there is a noise model). */
  | 'warn'
  /** Inside the levels, or inside the run-to-run noise. */
  | 'pass'
  /** Moved the good way past the warn level. */
  | 'improved'
  /** Neutral direction: reported, never judged. */
  | 'info'
  /** Missing or null on one side; nothing to compare. */
  | 'missing';

export type NoiseMethod = 'welch-t' | 'mann-whitney' | 'prediction-interval' | 'bootstrap-interval' | 'threshold-only';

export interface NoiseAssessment {
  method: NoiseMethod;
  /** True when the change lies outside the baseline's run-to-run noise; null for threshold-only. */
  outside: boolean | null;
  /** Two-sided p-value of the test (welch-t, mann-whitney). */
  p_value?: number;
  /** The band the current value was checked against (prediction or bootstrap interval). */
  interval?: { low: number; high: number };
  /** Values on each side that fed the test. */
  baseline_n: number;
  current_n: number;
  /** One sentence: what was tested, for the report. */
  detail: string;
}

export interface MetricComparison {
  name: string;
  direction: Direction;
  threshold: MetricThreshold;
  baseline: number | null;
  current: number | null;
  /** current − baseline. */
  delta: number | null;
  /** (current − baseline) / |baseline| in percent; ±Infinity when the baseline is 0 and the value moved. */
  delta_pct: number | null;
  status: MetricStatus;
  noise: NoiseAssessment;
  /** Why the status is what it is, e.g. "+20.0% past fail level 8%, outside noise (p=0.001)". */
  reason: string;
}

export type Verdict = 'pass' | 'warn' | 'fail' | 'skipped';

export interface Comparison {
  verdict: Verdict;
  /** "noise-aware" when every judged metric had a noise model, "threshold-only" when none did. */
  mode: 'noise-aware' | 'threshold-only' | 'mixed' | 'none';
  baseline: {
    source: string;
    /** Baseline runs used (after dropping history entries whose fingerprint differs). */
    runs: number;
    run_ids: string[];
    fingerprint: Fingerprint | null;
  };
  current: { run_id: string; fingerprint: Fingerprint; status: string };
  fingerprint: { differences: FingerprintDifference[]; allowed_mismatch: boolean };
  metrics: MetricComparison[];
  /** Names of metrics with status "fail". */
  regressed: string[];
  /** Names of metrics with status "warn". */
  warned: string[];
  /** Sentences the reports must show: skipped comparison, threshold-only verdict, dropped history runs. */
  notices: string[];
  thresholds_source: string | null;
  alpha: number;
}
