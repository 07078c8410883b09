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
  /**
   * The interval of the change straddles the fail level: the data can neither show a regression nor
   * rule one out at the stated false-alarm rate (e.g. one baseline run and no calibration).
   */
  | 'inconclusive'
  /** Neutral direction: reported, never judged. */
  | 'info'
  /** Missing or null on one side; nothing to compare. */
  | 'missing';

export type NoiseMethod =
  | 'welch-t'
  | 'mann-whitney'
  | 'prediction-interval'
  | 'bootstrap-interval'
  /** Per-request samples resampled by block, combined with the between-run spread (docs/gate.md). */
  | 'robust-interval'
  | 'threshold-only'
  /** Paired differences against the baseline's own outputs, document by document (quality rows, docs/gate.md). */
  | 'paired-difference';

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
  /**
   * Interval of the relative change (current − baseline) / |baseline| as fractions (0.1 = +10%), at the
   * verdict's corrected confidence; absent where no interval could be formed (threshold-only).
   */
  changeInterval?: { low: number; high: number };
  /** Why the status is what it is, e.g. "+20.0% past fail level 8%, outside noise (p=0.001)". */
  reason: string;
}

/**
 * pass / warn / fail / inconclusive judge a comparable baseline; "not-compared": a baseline was found
 * but its environment fingerprint differs (the job's outcome is `fingerprint.on_mismatch`); "skipped":
 * no baseline at all.
 */
export type Verdict = 'pass' | 'warn' | 'fail' | 'inconclusive' | 'not-compared' | 'skipped';

/** What a "not-compared" verdict does to the job: pass silently, warn with an annotation, or fail. */
export const MISMATCH_OUTCOMES = ['pass', 'warn', 'fail'] as const;
export type MismatchOutcome = (typeof MISMATCH_OUTCOMES)[number];

export interface Comparison {
  verdict: Verdict;
  /** "calibrated" when every run compared carried per-request samples (docs/gate.md, "The calibrated verdict"); "noise-aware" when every judged metric had a noise model, "threshold-only" when none did. */
  mode: 'calibrated' | 'noise-aware' | 'threshold-only' | 'mixed' | 'none';
  baseline: {
    source: string;
    /** Baseline runs used (after dropping history entries whose fingerprint differs). */
    runs: number;
    run_ids: string[];
    fingerprint: Fingerprint | null;
  };
  current: { run_id: string; fingerprint: Fingerprint; status: string };
  fingerprint: {
    differences: FingerprintDifference[];
    allowed_mismatch: boolean;
    /** The outcome of a "not-compared" verdict (thresholds file or action input `on-mismatch`; default warn). */
    on_mismatch?: MismatchOutcome;
  };
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

/** Whether a comparison fails the job (exit 1): a regression, or a fingerprint mismatch set to fail. */
export function comparisonFails(c: Pick<Comparison, 'verdict' | 'fingerprint'>): boolean {
  return c.verdict === 'fail' || (c.verdict === 'not-compared' && c.fingerprint.on_mismatch === 'fail');
}
