import type { ResultsDocument } from '../run-folder/results-document.js';
import type { MetricComparison, MetricStatus, NoiseAssessment } from './comparison.js';
import type { MetricThreshold } from './default-thresholds.js';
import { gateRole, type GateRole } from './gated-metrics.js';
import type { NoiseProfile } from './noise-profile.js';
import { historyNoise, MAX_DF, robustChange, type BetweenRunNoise, type RobustChange } from './robust-change.js';
import { median, studentTQuantile } from './statistics.js';
import { thresholdFor, type ThresholdConfig } from './thresholds-config.js';

/**
 * The calibrated verdict's metric rows (docs/gate.md, "The calibrated verdict"): each gated metric's change
 * with its interval, one-sided tests Bonferroni-corrected over every gated metric so the false-alarm rate holds
 * for the verdict as a whole, and the status read from the corrected test and the metric's levels. Bonferroni
 * rather than Holm: the interval shown is then exactly what decided (its near end past the margin ⇔ rejected).
 */

type Gated = { name: string; threshold: MetricThreshold; role: GateRole & { direction: 'lower' | 'higher' | 'neutral' }; change: RobustChange };

export interface CalibratedInput {
  names: readonly string[];
  baseline: readonly ResultsDocument[];
  current: ResultsDocument;
  thresholds: ThresholdConfig;
  /** A profile on the current fingerprint, or null. */
  profile: NoiseProfile | null;
  /** Rows for metrics judged by their levels alone (failed requests, ROUGE), from the classic path. */
  judgeByLevels: (name: string) => MetricComparison;
}

/** The fewest completed requests among the runs compared: what a percentile's minimum sample size is checked against. */
export function fewestRequests(docs: readonly ResultsDocument[]): number {
  return Math.min(...docs.map((d) => d.request_samples?.ttft_ms.length ?? 0));
}

function betweenRunNoise(name: string, baseline: readonly ResultsDocument[], profile: NoiseProfile | null, minHistory: number): BetweenRunNoise | null {
  const calibrated = profile?.metrics[name];
  if (profile && calibrated) return { sdLog: calibrated.sd_log, df: profile.runs - 1, source: `calibration profile of ${profile.runs} runs` };
  const logs = baseline.map((d) => d.headline[name]).filter((v): v is number => typeof v === 'number' && v > 0).map(Math.log);
  return historyNoise(logs, minHistory);
}

const fmtPct = (fraction: number) => `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`;

function reportedRow(name: string, threshold: MetricThreshold, baseline: readonly ResultsDocument[], current: ResultsDocument, why: string): MetricComparison {
  const values = baseline.map((d) => d.headline[name]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const base = values.length === 0 ? null : median(values);
  const cur = current.headline[name] ?? null;
  const delta = base === null || cur === null ? null : cur - base;
  const deltaPct = delta === null || base === null ? null : base !== 0 ? (delta / Math.abs(base)) * 100 : delta === 0 ? 0 : Math.sign(delta) * Infinity;
  const missing = base === null || cur === null;
  return {
    name,
    direction: threshold.direction,
    threshold,
    baseline: base,
    current: cur,
    delta,
    delta_pct: deltaPct,
    status: missing ? 'missing' : 'info',
    noise: { method: 'threshold-only', outside: null, baseline_n: values.length, current_n: cur === null ? 0 : 1, detail: why },
    reason: missing ? (base === null ? 'no baseline value' : 'not measured in this run') : `reported, not gated: ${why}`,
  };
}

/** Status of one gated metric from its Bonferroni-adjusted adverse p-value and its levels. */
function gatedStatus(g: Gated, adjusted: number, alpha: number, family: number, current: number): { status: MetricStatus; reason: string } {
  const { change, threshold } = g;
  const fraction = Math.expm1(change.logChange);
  const pastFloor = Math.abs(current - change.baselineValue) > threshold.abs_floor;
  const adverse = change.pAdverse < change.pFavourable;
  const pct = Math.abs(fraction) * 100;
  const p = `p = ${adjusted.toPrecision(2)}, corrected for ${family} gated metrics`;
  // Outside the noise, the levels say how much it matters: past fail fails, past warn warns, below passes.
  if (adverse && adjusted <= alpha && pastFloor) {
    if (change.margin > 0 || pct > threshold.fail_pct) return { status: 'fail', reason: `${fmtPct(fraction)} is a regression past the fail level (${threshold.fail_pct}%), outside the noise (${p})` };
    if (pct > threshold.warn_pct) return { status: 'warn', reason: `${fmtPct(fraction)} is past the warn level (${threshold.warn_pct}%), outside the noise (${p})` };
    return { status: 'pass', reason: `${fmtPct(fraction)} is outside the noise but within the warn level (${threshold.warn_pct}%)` };
  }
  if (adverse && pastFloor && pct > threshold.fail_pct) {
    return { status: 'inconclusive', reason: `${fmtPct(fraction)} is past the fail level (${threshold.fail_pct}%) but inside the noise: cannot tell (${p})` };
  }
  if (!adverse && pastFloor && pct > threshold.warn_pct && Math.min(1, change.pFavourable * family) <= alpha) {
    return { status: 'improved', reason: `${fmtPct(fraction)} improvement outside the noise` };
  }
  if (!adverse || fraction === 0) return { status: 'pass', reason: 'no regression' };
  // The floor decided, whatever the noise said: the reason names it.
  if (!pastFloor) return { status: 'pass', reason: `${fmtPct(fraction)}, but the change (${Math.abs(current - change.baselineValue).toPrecision(3)}) is within the absolute floor (${threshold.abs_floor})` };
  // With one baseline and no profile the test was against the fail level, not against no change.
  if (change.margin > 0) return { status: 'pass', reason: `${fmtPct(fraction)} is not shown past the fail level (${threshold.fail_pct}%) by one baseline run (${p})` };
  return { status: 'pass', reason: `${fmtPct(fraction)} is inside the noise (${p})` };
}

function gatedRow(g: Gated, adjusted: number, alpha: number, family: number, current: ResultsDocument): MetricComparison {
  const cur = current.headline[g.name] as number;
  const { change } = g;
  // Each end is a one-sided (1 − alpha/m) bound: the end on the bad side lies past the margin exactly when
  // the corrected test rejects, so the interval a reader sees is what decided.
  const z = studentTQuantile(1 - alpha / family, Math.min(change.df, MAX_DF));
  const changeInterval = { low: Math.expm1(change.logChange - z * change.sd), high: Math.expm1(change.logChange + z * change.sd) };
  // The smallest change the bad way that would be flagged: a rise for lower-is-better, a fall for higher.
  const limitLog = change.margin + z * change.sd;
  const limit = Math.expm1(g.role.direction === 'higher' ? -limitLog : limitLog);
  const { status, reason } = gatedStatus(g, adjusted, alpha, family, cur);
  const noise: NoiseAssessment = {
    method: 'robust-interval',
    outside: adjusted <= alpha,
    p_value: adjusted,
    baseline_n: change.baselineRuns,
    current_n: 1,
    detail: `change ${fmtPct(Math.expm1(change.logChange))} [${fmtPct(changeInterval.low)}, ${fmtPct(changeInterval.high)}]; between runs: ${change.noiseSource}; detects a change past ${fmtPct(limit)} at a ${(alpha * 100).toPrecision(2)}% false-alarm rate over ${family} metrics`,
  };
  const delta = cur - change.baselineValue;
  return {
    name: g.name,
    direction: g.role.direction,
    threshold: { ...g.threshold, direction: g.role.direction },
    baseline: change.baselineValue,
    current: cur,
    delta,
    delta_pct: change.baselineValue !== 0 ? (delta / Math.abs(change.baselineValue)) * 100 : 0,
    status,
    noise,
    changeInterval,
    reason,
  };
}

/** Goodput is throughput counted again when no request missed the SLO (or none was set): gating it twice spends power. */
function goodputFollowsThroughput(name: string, docs: readonly ResultsDocument[]): boolean {
  return name === 'goodput_rps' && docs.every((d) => (d.headline.good_fraction ?? 1) === 1);
}

/** Every metric's row under the calibrated verdict, in the order of `names`. */
export function calibratedMetrics(input: CalibratedInput): MetricComparison[] {
  const { baseline, current, thresholds, profile } = input;
  const requests = fewestRequests([...baseline, current]);
  const rows = new Map<string, MetricComparison>();
  const gated: Gated[] = [];
  for (const name of input.names) {
    const threshold = thresholdFor(thresholds, name);
    if (threshold.skip) continue;
    const role = goodputFollowsThroughput(name, [...baseline, current])
      ? ({ kind: 'reported', why: 'every request met the SLO in every run, so goodput equals throughput, which is gated' } as const)
      : gateRole(name, threshold.direction, requests);
    if (role.kind === 'levels') rows.set(name, input.judgeByLevels(name));
    else if (role.kind === 'reported') rows.set(name, reportedRow(name, threshold, baseline, current, role.why));
    else {
      const between = betweenRunNoise(name, baseline, profile, thresholds.noise.min_history);
      const change = robustChange(name, role, baseline, current, between, threshold.fail_pct);
      if (change === null) rows.set(name, reportedRow(name, threshold, baseline, current, 'no noise model: a value is missing or not positive, or no run has per-request samples'));
      else gated.push({ name, threshold, role, change });
    }
  }
  const alpha = thresholds.noise.false_alarm_rate;
  for (const g of gated) rows.set(g.name, gatedRow(g, Math.min(1, g.change.pAdverse * gated.length), alpha, gated.length, current));
  return input.names.filter((n) => rows.has(n)).map((n) => rows.get(n)!);
}
