import type { RequestRecord } from '../run-folder/request-record.js';
import type { Comparison, MetricComparison, MetricStatus } from './comparison.js';
import { notGreedyReason, type Sampling } from './greedy-decoding.js';
import { outputIntegrity, type OutputIntegrity } from './output-integrity.js';
import type { EffectDecision } from './paired-effect.js';
import { pairedRouge, PAIRED_ROUGE_ALPHA, PAIRED_ROUGE_TYPE, type PairedRouge } from './paired-rouge.js';
import type { PredictionRow } from '../run-folder/predictions-file.js';
import { DEFAULT_THRESHOLDS, type QualitySettings } from './thresholds-config.js';
import { reconcileTokens, type TokenReconciliation } from './token-reconciliation.js';

/** Quality beside speed: paired ROUGE, output integrity, token reconciliation (docs/gate.md, "Quality"). */
export interface QualityAssessment {
  rouge: PairedRouge;
  integrity: OutputIntegrity | null;
  /** Of the current run's requests; null when its requests.jsonl was not at hand. */
  tokens: TokenReconciliation | null;
  /** Why outputs were not paired (sampling was not greedy), or null/absent when they were. */
  unpaired?: string | null;
  /** The identical-outputs expectation in force (thresholds' quality.identical_outputs_min_share). */
  identical_min_share?: number | null;
}

export interface QualityInput {
  current: readonly PredictionRow[];
  baseline: readonly PredictionRow[];
  currentRecords: Iterable<RequestRecord> | null;
  /** The margins (thresholds.yaml `quality:`); default the built-in ones. */
  settings?: QualitySettings;
  /** How each run decoded (greedy-decoding.ts); omitted: both greedy, the configuration's default. */
  sampling?: { current: Sampling; baseline: Sampling };
}

export function assessQuality(input: QualityInput): QualityAssessment {
  const settings = input.settings ?? DEFAULT_THRESHOLDS.quality;
  const unpaired = input.sampling ? notGreedyReason(input.sampling.current, input.sampling.baseline) : null;
  return {
    // With sampling, the documents' texts differ by chance: per-document ROUGE is not paired, and the
    // headline ROUGE rows (compared unpaired, by their bootstrap interval) decide alone.
    rouge: unpaired ? { compared: false, type: PAIRED_ROUGE_TYPE, reason: unpaired } : pairedRouge(input.current, input.baseline, { type: PAIRED_ROUGE_TYPE, alpha: PAIRED_ROUGE_ALPHA, margin: settings.rouge_margin }),
    integrity: outputIntegrity(input.current, input.baseline, settings),
    tokens: input.currentRecords ? reconcileTokens(input.currentRecords) : null,
    unpaired,
    identical_min_share: settings.identical_outputs_min_share,
  };
}

const EFFECT_STATUS: Record<EffectDecision, MetricStatus> = { pass: 'pass', improved: 'improved', regression: 'fail', inconclusive: 'warn' };
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function row(name: string, direction: MetricComparison['direction'], baseline: number | null, current: number | null, status: MetricStatus, reason: string, detail: string): MetricComparison {
  const delta = baseline !== null && current !== null ? current - baseline : null;
  const deltaPct = delta === null || baseline === null ? null : baseline === 0 ? (delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity) : (delta / Math.abs(baseline)) * 100;
  return {
    name,
    direction,
    threshold: { direction, warn_pct: 0, fail_pct: 0, abs_floor: 0, skip: false },
    baseline,
    current,
    delta,
    delta_pct: deltaPct,
    status,
    noise: { method: 'paired-difference', outside: null, baseline_n: 0, current_n: 0, detail },
    reason,
  };
}

function rougeRow(rouge: PairedRouge, unpaired: string | null): MetricComparison {
  const name = `${rouge.type}_paired_delta`;
  if (unpaired) return row(name, 'higher', null, null, 'info', `${unpaired}: ROUGE is compared unpaired, on the headline rows`, 'per-document ROUGE paired by id');
  if (!rouge.compared) return row(name, 'higher', null, null, 'missing', rouge.reason, 'per-document ROUGE paired by id');
  const interval = `mean paired difference ${rouge.estimate.toFixed(4)} [${rouge.low.toFixed(4)}, ${rouge.high.toFixed(4)}] over ${rouge.n} documents`;
  return row(name, 'higher', 0, rouge.estimate, EFFECT_STATUS[rouge.decision], `${interval}, margin ±${rouge.margin} → ${rouge.decision}`, `paired t-interval at ${pct(1 - rouge.alpha)}`);
}

/** Identical outputs: reported, or judged against quality.identical_outputs_min_share; never paired under sampling. */
function identicalRow(integrity: OutputIntegrity, unpaired: string | null, minShare: number | null): MetricComparison {
  const name = 'identical_output_share';
  const detail = 'greedy outputs compared character for character';
  if (unpaired) return row(name, 'neutral', null, null, 'info', unpaired, detail);
  const share = `${pct(integrity.identical_share)} of outputs identical to the baseline's`;
  if (minShare === null) return row(name, 'neutral', 1, integrity.identical_share, 'info', share, detail);
  const within = integrity.identical_share >= minShare;
  return row(name, 'higher', 1, integrity.identical_share, within ? 'pass' : 'fail', `${share}, expected at least ${pct(minShare)}`, detail);
}

function integrityRows(integrity: OutputIntegrity): MetricComparison[] {
  const { length, degenerate } = integrity;
  const lengthReason = `mean output ${length.current_mean_words.toFixed(1)} words against ${length.baseline_mean_words.toFixed(1)} (×${length.ratio.toFixed(3)}), allowed ±${pct(length.margin)}`;
  const degenerateReason = `${pct(degenerate.current_share)} degenerate (${degenerate.empty} empty, ${degenerate.loops} loops, ${degenerate.no_stop} no stop where the baseline stopped) against ${pct(degenerate.baseline_share)}, allowed +${pct(degenerate.margin)}`;
  return [
    row('output_words_mean', 'neutral', length.baseline_mean_words, length.current_mean_words, length.within ? 'pass' : 'fail', lengthReason, `${integrity.paired} documents in both runs`),
    row('degenerate_share', 'lower', degenerate.baseline_share, degenerate.current_share, degenerate.within ? 'pass' : 'fail', degenerateReason, `${integrity.paired} documents in both runs`),
  ];
}

function tokenRow(tokens: TokenReconciliation): MetricComparison {
  const share = tokens.checked === 0 ? 0 : tokens.mismatched / tokens.checked;
  const reason = tokens.mismatched === 0
    ? `usage.completion_tokens matches the streamed text events in all ${tokens.checked} requests`
    : `usage.completion_tokens disagrees with the streamed text events in ${tokens.mismatched} of ${tokens.checked} requests (${tokens.examples.join('; ')}): token rates rest on these counts`;
  return row('token_count_mismatch_share', 'lower', null, share, tokens.mismatched === 0 ? 'pass' : 'warn', reason, 'chunks ≤ completion_tokens ≤ chunks + 1');
}

export function qualityRows(quality: QualityAssessment): MetricComparison[] {
  const unpaired = quality.unpaired ?? null;
  const integrity = quality.integrity ? [...integrityRows(quality.integrity), identicalRow(quality.integrity, unpaired, quality.identical_min_share ?? null)] : [];
  return [rougeRow(quality.rouge, unpaired), ...integrity, ...(quality.tokens ? [tokenRow(quality.tokens)] : [])];
}

/**
 * The comparison with the quality rows added: a failed row fails the verdict, a warning row makes a pass a
 * warn. A skipped comparison (fingerprints differ) keeps its verdict and shows the rows.
 */
export function withQuality(comparison: Comparison, quality: QualityAssessment): Comparison {
  const rows = qualityRows(quality);
  const regressed = [...comparison.regressed, ...rows.filter((r) => r.status === 'fail').map((r) => r.name)];
  const warned = [...comparison.warned, ...rows.filter((r) => r.status === 'warn').map((r) => r.name)];
  let verdict = comparison.verdict;
  if (verdict !== 'skipped') verdict = regressed.length > 0 ? 'fail' : warned.length > 0 && verdict === 'pass' ? 'warn' : verdict;
  return { ...comparison, verdict, metrics: [...comparison.metrics, ...rows], regressed, warned };
}
