import type { PredictionRow } from '../run-folder/predictions-file.js';
import { DEFAULT_THRESHOLDS } from './thresholds-config.js';
import { decideEffect, pairedEffect, type EffectDecision, type PairedEffect } from './paired-effect.js';

export interface PairedRougeOptions {
  /** Which per-document F-measure is paired (predictions.jsonl's `rouge` keys). */
  type: string;
  /** Two-sided error rate of the interval. */
  alpha: number;
  /** Change in F-measure (0–1 scale) below which quality counts as unchanged. */
  margin: number;
}

/** The F-measure paired and the interval's error rate; the margin is thresholds.yaml's quality.rouge_margin. */
export const PAIRED_ROUGE_TYPE = 'rougeL';
export const PAIRED_ROUGE_ALPHA = 0.05;
export const DEFAULT_PAIRED_ROUGE: PairedRougeOptions = { type: PAIRED_ROUGE_TYPE, alpha: PAIRED_ROUGE_ALPHA, margin: DEFAULT_THRESHOLDS.quality.rouge_margin };

export type PairedRouge =
  | ({ compared: true; type: string; margin: number; decision: EffectDecision } & PairedEffect)
  | { compared: false; type: string; reason: string };

/**
 * Per-document ROUGE of the current run paired with the baseline's on the same document ids: the mean
 * paired difference (current − baseline) and its t-interval decide against the margin (docs/gate.md).
 * A document scored on one side only is left out of the pairs and counted in the reason when nothing pairs.
 */
export function pairedRouge(current: readonly PredictionRow[], baseline: readonly PredictionRow[], options: PairedRougeOptions = DEFAULT_PAIRED_ROUGE): PairedRouge {
  const { type } = options;
  const baselineScore = new Map<string, number>();
  for (const row of baseline) {
    const score = row.rouge?.[type];
    if (score !== undefined) baselineScore.set(row.id, score);
  }
  const differences: number[] = [];
  for (const row of current) {
    const score = row.rouge?.[type];
    const base = baselineScore.get(row.id);
    if (score !== undefined && base !== undefined) differences.push(score - base);
  }
  if (differences.length < 2) {
    return { compared: false, type, reason: `${differences.length} document(s) carry a per-document ${type} in both runs; pairing needs at least 2 with the same ids` };
  }
  const effect = pairedEffect(differences, options.alpha);
  return { compared: true, type, margin: options.margin, decision: decideEffect(effect, options.margin, true), ...effect };
}
