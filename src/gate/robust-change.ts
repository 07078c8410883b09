import type { ResultsDocument } from '../run-folder/results-document.js';
import { logMeanVariance, logPercentileVariance } from './block-bootstrap.js';
import type { GateRole } from './gated-metrics.js';
import { goodSign } from './metric-directions.js';
import { hashSeed, median, robustSd, studentTCdf } from './statistics.js';

/**
 * The change of one gated metric on the log scale, with its noise (docs/gate.md, "The calibrated verdict"):
 * - each run's value is its headline figure; the baseline's is the MEDIAN over its runs, so one disturbed
 *   run cannot drag it;
 * - within-run noise: the moving-block bootstrap of the run's per-request samples;
 * - between-run noise: the calibration profile's spread, else the history's robust SD (MAD) — neither
 *   moved by one disturbed run — never below the within-run noise (a run's figure varies at least by its
 *   own sampling error);
 * - with neither (one baseline run, no profile) only the within-run noise is known: the test is then
 *   against the fail level instead of zero, the fail level standing in for the unmodelled run-to-run part.
 */

export interface BetweenRunNoise {
  /** SD of ln(metric) from one run to the next. */
  sdLog: number;
  /** Degrees of freedom of that estimate: runs − 1. */
  df: number;
  /** Where it came from, for the reason text. */
  source: string;
}

export interface RobustChange {
  /** ln(current) − ln(baseline). */
  logChange: number;
  /** SD of logChange. */
  sd: number;
  /** Degrees of freedom of sd (Welch–Satterthwaite; Infinity when only within-run noise, well estimated, counts). */
  df: number;
  /** The null hypothesis' margin on the log scale: 0, or ln(1 + fail level) when between-run noise is unknown. */
  margin: number;
  /** One-sided p-values: adverse (a regression beyond the margin) and favourable. */
  pAdverse: number;
  pFavourable: number;
  baselineValue: number;
  baselineRuns: number;
  noiseSource: string;
}

function positive(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

// A run's bootstrap is the same every time (seeded by its run id): computed once per run and metric, since a
// history's runs are compared again with every new run (and the bench compares each run hundreds of times).
const withinRunCache = new WeakMap<ResultsDocument, Map<string, number | null>>();

/** Within-run variance of ln(metric) from the run's per-request samples; null without them. */
export function withinRunVariance(doc: ResultsDocument, role: GateRole): number | null {
  const key = role.kind === 'latency' ? `${role.samples}:${role.percentile}` : role.kind;
  let cached = withinRunCache.get(doc);
  if (!cached) withinRunCache.set(doc, (cached = new Map()));
  if (!cached.has(key)) cached.set(key, bootstrapVariance(doc, role));
  return cached.get(key)!;
}

function bootstrapVariance(doc: ResultsDocument, role: GateRole): number | null {
  const samples = doc.request_samples;
  if (!samples) return null;
  const seed = hashSeed(doc.run_id);
  if (role.kind === 'latency') {
    const values = samples[role.samples].filter((v) => v > 0);
    return values.length >= 2 ? logPercentileVariance(values, role.percentile, seed) : null;
  }
  if (role.kind === 'rate') return samples.e2el_ms.length >= 2 ? logMeanVariance(samples.e2el_ms.filter((v) => v > 0), seed) : null;
  return null;
}

/** Spread of the baseline runs, when there are enough of them (minHistory), as a between-run noise. */
export function historyNoise(logs: readonly number[], minHistory: number): BetweenRunNoise | null {
  if (logs.length < minHistory) return null;
  return { sdLog: robustSd(logs), df: logs.length - 1, source: `robust SD (MAD) of ${logs.length} baseline runs` };
}

/** Beyond this many degrees of freedom Student's t is the normal distribution to within the figures printed. */
export const MAX_DF = 1000;

/**
 * Welch–Satterthwaite degrees of freedom of the run-to-run variance: the part the block bootstrap explains
 * is known well (hundreds of replicates of hundreds of requests), the excess over it is estimated from only
 * `df` + 1 runs. When the runs spread no more than their sampling explains, the t distribution is the normal
 * one; when the excess dominates, it has the runs' own df, as a prediction interval from k runs would.
 */
export function effectiveDf(runVariance: number, withinVariance: number, runsDf: number): number {
  const excess = Math.max(0, runVariance - withinVariance);
  if (excess === 0) return Infinity;
  return Math.min(MAX_DF, runVariance ** 2 / (excess ** 2 / runsDf));
}

/**
 * Variance of the baseline's median of k runs around the true value: σ²/k for one or two runs (the median
 * is then the mean), (π/2)·σ²/k from three on (the median's large-sample efficiency against the mean).
 */
function medianVariance(variance: number, k: number): number {
  return (k >= 3 ? Math.PI / 2 : 1) * (variance / k);
}

export function robustChange(
  name: string,
  role: GateRole & { direction: 'lower' | 'higher' | 'neutral' },
  baseline: readonly ResultsDocument[],
  current: ResultsDocument,
  between: BetweenRunNoise | null,
  failPct: number,
): RobustChange | null {
  const baseValues = baseline.map((d) => d.headline[name]);
  const currentValue = current.headline[name];
  if (!positive(currentValue) || !baseValues.every(positive)) return null;
  const logs = (baseValues as number[]).map(Math.log);
  const baseLog = median(logs);
  const k = logs.length;
  const withinBase = baseline.map((d) => withinRunVariance(d, role)).filter((v): v is number => v !== null && Number.isFinite(v));
  const withinCurrent = withinRunVariance(current, role);
  const withinFloor = withinBase.length > 0 ? median(withinBase) : 0;

  let variance: number;
  let margin = 0;
  let df = Infinity;
  let noiseSource: string;
  if (between) {
    const runVariance = Math.max(between.sdLog ** 2, withinFloor);
    variance = Math.max(runVariance, withinCurrent ?? 0) + medianVariance(runVariance, k);
    df = effectiveDf(runVariance, withinFloor, between.df);
    noiseSource = between.source;
  } else {
    if (withinCurrent === null || withinBase.length === 0) return null;
    variance = withinCurrent + medianVariance(withinFloor, k);
    margin = Math.log(1 + failPct / 100);
    noiseSource = 'within-run sampling only (no history or calibration): tested against the fail level';
  }
  const sd = Math.sqrt(variance);
  const logChange = Math.log(currentValue) - baseLog;
  const adverseSign = -goodSign(role.direction);
  const upperTail = (value: number) => (sd > 0 ? 1 - studentTCdf(value / sd, Math.min(df, MAX_DF)) : value > 0 ? 0 : 1);
  return {
    logChange,
    sd,
    df,
    margin,
    pAdverse: upperTail(adverseSign * logChange - margin),
    pFavourable: upperTail(-adverseSign * logChange - margin),
    baselineValue: Math.exp(baseLog),
    baselineRuns: k,
    noiseSource,
  };
}
