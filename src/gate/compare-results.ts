import type { ResultsDocument } from '../run-folder/results-document.js';
import type { BaselineSet } from './baseline-set.js';
import type { Comparison, MetricComparison, MetricStatus, NoiseAssessment, Verdict } from './comparison.js';
import type { MetricThreshold } from './default-thresholds.js';
import { describeDifferences, fingerprintDifferences, fingerprintOf, type FingerprintDifference } from './fingerprint.js';
import { goodSign, KNOWN_DIRECTIONS } from './metric-directions.js';
import { assessNoise } from './noise-model.js';
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
  return result('pass', adverse && delta !== 0 ? `${pct(deltaPct)} is within the warn level (${threshold.warn_pct}%)` : 'no regression');
}

/**
 * Compares the current run with a baseline. Baseline runs that did not complete, or whose fingerprint
 * differs, are dropped (a fingerprint mismatch is compared anyway, with a notice, when the config
 * allows it). With no usable baseline the verdict is "skipped" and the notices say why.
 */
export function compareResults(baseline: BaselineSet, current: ResultsDocument, thresholds: ThresholdConfig): Comparison {
  const notices: string[] = [];
  const currentFingerprint = fingerprintOf(current.environment);
  const completed = baseline.documents.filter((d) => d.status === 'completed');
  if (completed.length < baseline.documents.length) {
    notices.push(`${baseline.documents.length - completed.length} baseline run(s) that did not complete were left out.`);
  }

  const matching = completed.filter(
    (doc) =>
      thresholds.fingerprint.allow_mismatch ||
      fingerprintDifferences(fingerprintOf(doc.environment), currentFingerprint, thresholds.fingerprint.ignore).length === 0,
  );
  // The differences reported are those of the baseline run the report shows: the latest one used, or
  // (when none could be used) the latest completed one.
  const latestCompleted = completed[completed.length - 1];
  const reference = matching[matching.length - 1] ?? latestCompleted;
  const differences: FingerprintDifference[] = reference
    ? fingerprintDifferences(fingerprintOf(reference.environment), currentFingerprint, thresholds.fingerprint.ignore)
    : [];

  const skeleton = {
    current: { run_id: current.run_id, fingerprint: currentFingerprint, status: current.status },
    fingerprint: { differences, allowed_mismatch: thresholds.fingerprint.allow_mismatch },
    thresholds_source: thresholds.source,
    alpha: thresholds.noise.alpha,
  };

  const sourceNotices = baseline.notices ?? [];
  if (matching.length === 0) {
    if (baseline.documents.length === 0) notices.unshift(`No comparison: no baseline was found (${baseline.source}); this run's values are shown alone.`);
    else if (completed.length === 0) notices.unshift(`No comparison: the baseline (${baseline.source}) holds no completed run.`);
    else {
      notices.unshift(
        `No comparison: the baseline's environment fingerprint differs from this run in ${describeDifferences(differences)}. ` +
          'Runs on different hardware, engines, models or load shapes are not comparable; set fingerprint.allow_mismatch or fingerprint.ignore in the thresholds file to compare anyway.',
      );
    }
    return {
      ...skeleton,
      verdict: 'skipped',
      mode: 'none',
      baseline: { source: baseline.source, runs: 0, run_ids: [], fingerprint: latestCompleted ? fingerprintOf(latestCompleted.environment) : null },
      // The current values are still listed, each "missing" a baseline, so the report shows what was measured.
      metrics: metricNames([], current).map((name) =>
        judgeMetric(name, thresholdFor(thresholds, name), null, current.headline[name] ?? null, {
          method: 'threshold-only',
          outside: null,
          baseline_n: 0,
          current_n: 0,
          detail: 'no comparable baseline',
        }),
      ),
      regressed: [],
      warned: [],
      notices: [...notices, ...sourceNotices],
    };
  }
  const dropped = completed.length - matching.length;
  if (dropped > 0) notices.push(`${dropped} baseline run(s) with a different environment fingerprint were left out.`);
  if (thresholds.fingerprint.allow_mismatch && differences.length > 0) {
    notices.push(`Warning: compared although the environment fingerprint differs in ${describeDifferences(differences)} (fingerprint.allow_mismatch is set).`);
  }

  const metrics: MetricComparison[] = [];
  for (const name of metricNames(matching, current)) {
    const threshold = thresholdFor(thresholds, name);
    if (threshold.skip) continue;
    const baseValue = baselineValue(name, matching);
    const curValue = current.headline[name] ?? null;
    const noise: NoiseAssessment =
      baseValue === null || curValue === null || threshold.direction === 'neutral'
        ? { method: 'threshold-only', outside: null, baseline_n: 0, current_n: 0, detail: 'not judged' }
        : assessNoise(name, matching, current, curValue, thresholds);
    metrics.push(judgeMetric(name, threshold, baseValue, curValue, noise));
  }

  const judged = metrics.filter((m) => m.status !== 'info' && m.status !== 'missing');
  const thresholdOnly = judged.filter((m) => m.noise.method === 'threshold-only').length;
  const mode = judged.length === 0 ? 'none' : thresholdOnly === judged.length ? 'threshold-only' : thresholdOnly === 0 ? 'noise-aware' : 'mixed';
  if (mode === 'threshold-only' || mode === 'mixed') {
    notices.push(
      `Verdict is threshold-only${mode === 'mixed' ? ' for some metrics' : ''}: without repeated trials or at least ${thresholds.noise.min_history} baseline runs, run-to-run noise is not taken into account.`,
    );
  }
  const regressed = metrics.filter((m) => m.status === 'fail').map((m) => m.name);
  const warned = metrics.filter((m) => m.status === 'warn').map((m) => m.name);
  const verdict: Verdict = regressed.length > 0 ? 'fail' : warned.length > 0 ? 'warn' : 'pass';
  const latest = matching[matching.length - 1]!;
  return {
    ...skeleton,
    verdict,
    mode,
    baseline: { source: baseline.source, runs: matching.length, run_ids: matching.map((d) => d.run_id), fingerprint: fingerprintOf(latest.environment) },
    metrics,
    regressed,
    warned,
    notices: [...notices, ...sourceNotices],
  };
}
