import type { ResultsDocument } from '../run-folder/results-document.js';
import type { BaselineSet } from './baseline-set.js';
import { calibratedMetrics } from './calibrated-metrics.js';
import type { Comparison, MetricComparison, MetricStatus, NoiseAssessment, Verdict } from './comparison.js';
import type { MetricThreshold } from './default-thresholds.js';
import { describeDifferences, fingerprintDifferences, fingerprintOf, type FingerprintDifference } from './fingerprint.js';
import { goodSign, KNOWN_DIRECTIONS } from './metric-directions.js';
import { assessNoise } from './noise-model.js';
import { profileMismatch, type NoiseProfile } from './noise-profile.js';
import { mean } from './statistics.js';
import { thresholdFor, type ThresholdConfig } from './thresholds-config.js';

/** Metric order in reports: the known headline names in their documented order, then the rest by name. */
function metricNames(baseline: readonly ResultsDocument[], current: ResultsDocument): string[] {
  const names = new Set<string>(Object.keys(current.headline));
  for (const doc of baseline) for (const name of Object.keys(doc.headline)) names.add(name);
  const known = [...KNOWN_DIRECTIONS.keys()].filter((n) => names.has(n));
  const others = [...names].filter((n) => !KNOWN_DIRECTIONS.has(n)).sort();
  return [...known, ...others];
}

/** The baseline's value of a metric: the run's headline, or the mean over the runs of a history. */
function baselineValue(name: string, documents: readonly ResultsDocument[]): number | null {
  const values = documents.map((d) => d.headline[name]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return null;
  return documents.length === 1 ? values[0]! : mean(values);
}

function pct(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '+∞%' : '−∞%';
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
}

/** Applies the levels and the noise assessment to one metric. */
export function judgeMetric(
  name: string,
  threshold: MetricThreshold,
  baseline: number | null,
  current: number | null,
  noise: NoiseAssessment,
): MetricComparison {
  const base = { name, direction: threshold.direction, threshold, baseline, current, noise };
  if (baseline === null || current === null) {
    return { ...base, delta: null, delta_pct: null, status: 'missing', reason: baseline === null ? 'no baseline value' : 'not measured in this run' };
  }
  const delta = current - baseline;
  const deltaPct = baseline !== 0 ? (delta / Math.abs(baseline)) * 100 : delta === 0 ? 0 : Math.sign(delta) * Infinity;
  const result = (status: MetricStatus, reason: string): MetricComparison => ({ ...base, delta, delta_pct: deltaPct, status, reason });
  const sign = goodSign(threshold.direction);
  if (sign === 0) return result('info', 'neutral direction: reported, not judged');

  const magnitude = Math.abs(deltaPct);
  const beyond = (levelPct: number) => magnitude > levelPct && Math.abs(delta) > threshold.abs_floor;
  const adverse = sign * delta < 0;
  const noiseNote = noise.outside === null ? '' : noise.outside ? ', outside noise' : '';

  if (adverse && beyond(threshold.warn_pct)) {
    const level = beyond(threshold.fail_pct) ? 'fail' : 'warn';
    const levelPct = level === 'fail' ? threshold.fail_pct : threshold.warn_pct;
    if (noise.outside === false) return result('pass', `${pct(deltaPct)} is past the ${level} level (${levelPct}%) but inside run-to-run noise (${noise.detail})`);
    return result(level, `${pct(deltaPct)} is past the ${level} level (${levelPct}%)${noiseNote}`);
  }
  if (!adverse && delta !== 0 && beyond(threshold.warn_pct) && noise.outside !== false) {
    return result('improved', `${pct(deltaPct)} improvement${noiseNote}`);
  }
  if (!adverse || delta === 0) return result('pass', 'no regression');
  // The reason names what decided: past the warn percentage, a change within the absolute floor passes.
  if (magnitude > threshold.warn_pct) return result('pass', `${pct(deltaPct)} is past the warn level (${threshold.warn_pct}%) but the change (${Math.abs(delta).toPrecision(3)}) is within the absolute floor (${threshold.abs_floor})`);
  return result('pass', `${pct(deltaPct)} is within the warn level (${threshold.warn_pct}%)`);
}

export interface CompareOptions {
  /** A noise profile from `infergate calibrate`: the between-run noise when its fingerprint matches the run's. */
  profile?: NoiseProfile | null;
}

/** The baseline runs a comparison may use, and what was left out and why. */
interface UsableBaseline {
  completed: ResultsDocument[];
  matching: ResultsDocument[];
  /** Fingerprint differences against the baseline run the report shows. */
  differences: FingerprintDifference[];
  notices: string[];
}

/**
 * Step 1: keep the completed baseline runs whose fingerprint matches the current run's (all completed ones
 * when fingerprint.allow_mismatch is set).
 */
function usableBaseline(baseline: BaselineSet, current: ResultsDocument, thresholds: ThresholdConfig): UsableBaseline {
  const notices: string[] = [];
  const currentFingerprint = fingerprintOf(current.environment);
  const completed = baseline.documents.filter((d) => d.status === 'completed');
  if (completed.length < baseline.documents.length) {
    notices.push(`${baseline.documents.length - completed.length} baseline run(s) that did not complete were left out.`);
  }
  const { ignore, allow_mismatch: allowMismatch } = thresholds.fingerprint;
  const matching = completed.filter((doc) => allowMismatch || fingerprintDifferences(fingerprintOf(doc.environment), currentFingerprint, ignore).length === 0);
  // The differences reported are those of the baseline run the report shows: the latest one used, or
  // (when none could be used) the latest completed one.
  const reference = matching[matching.length - 1] ?? completed[completed.length - 1];
  const differences = reference ? fingerprintDifferences(fingerprintOf(reference.environment), currentFingerprint, ignore) : [];
  const dropped = completed.length - matching.length;
  if (matching.length > 0 && dropped > 0) notices.push(`${dropped} baseline run(s) with a different environment fingerprint were left out.`);
  if (matching.length > 0 && allowMismatch && differences.length > 0) {
    notices.push(`Warning: compared although the environment fingerprint differs in ${describeDifferences(differences)} (fingerprint.allow_mismatch is set).`);
  }
  return { completed, matching, differences, notices };
}

function skeletonOf(current: ResultsDocument, thresholds: ThresholdConfig, differences: FingerprintDifference[]) {
  return {
    current: { run_id: current.run_id, fingerprint: fingerprintOf(current.environment), status: current.status },
    fingerprint: { differences, allowed_mismatch: thresholds.fingerprint.allow_mismatch, on_mismatch: thresholds.fingerprint.on_mismatch },
    thresholds_source: thresholds.source,
  };
}

/**
 * Step 2, when no baseline run is usable: "skipped" when there was none to use, "not-compared" when a
 * completed baseline exists on another environment (its outcome is fingerprint.on_mismatch). The current
 * values are still listed, each "missing" a baseline, so the report shows what was measured.
 */
function withoutComparison(baseline: BaselineSet, current: ResultsDocument, thresholds: ThresholdConfig, usable: UsableBaseline): Comparison {
  const notices = [...usable.notices];
  const latest = usable.completed[usable.completed.length - 1];
  const mismatch = latest !== undefined;
  if (baseline.documents.length === 0) notices.unshift(`No comparison: no baseline was found (${baseline.source}); this run's values are shown alone.`);
  else if (!mismatch) notices.unshift(`No comparison: the baseline (${baseline.source}) holds no completed run.`);
  else {
    const outcome = thresholds.fingerprint.on_mismatch;
    notices.unshift(
      `No comparison: the baseline's environment fingerprint differs from this run in ${describeDifferences(usable.differences)}. ` +
        'Runs on different hardware, engines, models or load shapes are not comparable; set fingerprint.allow_mismatch or fingerprint.ignore in the thresholds file to compare anyway. ' +
        `This ${outcome === 'fail' ? 'fails the job' : outcome === 'warn' ? 'is a warning' : 'passes'} (on-mismatch: ${outcome}).`,
    );
  }
  const unjudged: NoiseAssessment = { method: 'threshold-only', outside: null, baseline_n: 0, current_n: 0, detail: 'no comparable baseline' };
  return {
    ...skeletonOf(current, thresholds, usable.differences),
    alpha: thresholds.noise.alpha,
    verdict: mismatch ? 'not-compared' : 'skipped',
    mode: 'none',
    baseline: { source: baseline.source, runs: 0, run_ids: [], fingerprint: latest ? fingerprintOf(latest.environment) : null },
    metrics: metricNames([], current).map((name) => judgeMetric(name, thresholdFor(thresholds, name), null, current.headline[name] ?? null, unjudged)),
    regressed: [],
    warned: [],
    notices: [...notices, ...(baseline.notices ?? [])],
  };
}

/** Step 3a, the classic path (a run without per-request samples): levels, vetoed by the noise test where there is one. */
function judgeByLevels(name: string, matching: readonly ResultsDocument[], current: ResultsDocument, thresholds: ThresholdConfig): MetricComparison {
  const threshold = thresholdFor(thresholds, name);
  const baseValue = baselineValue(name, matching);
  const curValue = current.headline[name] ?? null;
  const noise: NoiseAssessment =
    baseValue === null || curValue === null || threshold.direction === 'neutral'
      ? { method: 'threshold-only', outside: null, baseline_n: 0, current_n: 0, detail: 'not judged' }
      : assessNoise(name, matching, current, curValue, thresholds);
  return judgeMetric(name, threshold, baseValue, curValue, noise);
}

/** The calibrated verdict needs per-request samples on every run compared; older results take the classic path. */
function hasSamples(docs: readonly ResultsDocument[]): boolean {
  return docs.every((d) => d.request_samples !== undefined && d.request_samples.ttft_ms.length > 0);
}

/** The profile when it was measured on the current run's environment; otherwise null and a notice why. */
function applicableProfile(profile: NoiseProfile | null | undefined, current: ResultsDocument, thresholds: ThresholdConfig, notices: string[]): NoiseProfile | null {
  if (!profile) return null;
  const differs = profileMismatch(profile, fingerprintOf(current.environment), thresholds.fingerprint.ignore);
  if (differs.length === 0) return profile;
  notices.push(`The noise profile was measured on another environment (${differs.join(', ')} differ), so it is not used.`);
  return null;
}

/** Step 4: the verdict from the metric rows. A possible regression the data cannot settle ranks above a small one. */
function verdictOf(metrics: readonly MetricComparison[]): Verdict {
  const has = (status: MetricStatus) => metrics.some((m) => m.status === status);
  return has('fail') ? 'fail' : has('inconclusive') ? 'inconclusive' : has('warn') ? 'warn' : 'pass';
}

function modeNotices(mode: Comparison['mode'], thresholds: ThresholdConfig, matching: readonly ResultsDocument[], profile: NoiseProfile | null): string[] {
  if (mode === 'calibrated') {
    if (profile || matching.length >= thresholds.noise.min_history) return [];
    return [
      `Calibrated verdict from ${matching.length} baseline run${matching.length === 1 ? '' : 's'} and no noise profile: only the noise within each run is known, so a change counts as a regression only when it is surely past its fail level, and one past it but inside the noise is inconclusive. Keep a history of ${thresholds.noise.min_history} runs or run \`infergate calibrate\` to detect smaller changes.`,
    ];
  }
  if (mode === 'threshold-only' || mode === 'mixed') {
    return [
      `Verdict is threshold-only${mode === 'mixed' ? ' for some metrics' : ''}: without repeated trials or at least ${thresholds.noise.min_history} baseline runs, run-to-run noise is not taken into account.`,
    ];
  }
  return [];
}

function classicMode(metrics: readonly MetricComparison[]): Comparison['mode'] {
  const judged = metrics.filter((m) => m.status !== 'info' && m.status !== 'missing');
  const thresholdOnly = judged.filter((m) => m.noise.method === 'threshold-only').length;
  return judged.length === 0 ? 'none' : thresholdOnly === judged.length ? 'threshold-only' : thresholdOnly === 0 ? 'noise-aware' : 'mixed';
}

/**
 * Compares the current run with a baseline (docs/gate.md). Baseline runs that did not complete, or whose
 * fingerprint differs, are dropped; with none left the verdict is "skipped" (no baseline) or "not-compared"
 * (a baseline on another environment). Runs that all carry per-request samples get the calibrated verdict;
 * older results the classic one (levels and a per-metric noise test).
 */
export function compareResults(baseline: BaselineSet, current: ResultsDocument, thresholds: ThresholdConfig, options: CompareOptions = {}): Comparison {
  const usable = usableBaseline(baseline, current, thresholds);
  if (usable.matching.length === 0) return withoutComparison(baseline, current, thresholds, usable);
  const { matching } = usable;
  const notices = [...usable.notices];
  const names = metricNames(matching, current);
  const byLevels = (name: string) => judgeByLevels(name, matching, current, thresholds);
  const calibrated = hasSamples([...matching, current]);
  const profile = calibrated ? applicableProfile(options.profile, current, thresholds, notices) : null;
  const metrics = calibrated
    ? calibratedMetrics({ names, baseline: matching, current, thresholds, profile, judgeByLevels: byLevels })
    : names.filter((name) => !thresholdFor(thresholds, name).skip).map(byLevels);
  const mode = calibrated ? 'calibrated' : classicMode(metrics);
  notices.push(...modeNotices(mode, thresholds, matching, profile));
  const latest = matching[matching.length - 1]!;
  return {
    ...skeletonOf(current, thresholds, usable.differences),
    alpha: calibrated ? thresholds.noise.false_alarm_rate : thresholds.noise.alpha,
    verdict: verdictOf(metrics),
    mode,
    baseline: { source: baseline.source, runs: matching.length, run_ids: matching.map((d) => d.run_id), fingerprint: fingerprintOf(latest.environment) },
    metrics,
    regressed: metrics.filter((m) => m.status === 'fail').map((m) => m.name),
    warned: metrics.filter((m) => m.status === 'warn').map((m) => m.name),
    notices: [...notices, ...(baseline.notices ?? [])],
  };
}
