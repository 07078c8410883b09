import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { scoreCorpusAsync, type RougeCorpusResult, type RougeMode } from '../metrics/rouge/index.js';
import type { Headline, HeadlineInterval } from '../results/results-document.js';
import type { Prediction } from './predictions.js';

export interface RougeOutcome {
  /** Both modes' aggregates (per-pair scores left out: they go to predictions.jsonl). */
  block: Record<string, unknown>;
  headline: Headline;
  intervals: Record<string, HeadlineInterval>;
  /** Per-pair F of the configured mode, in prediction order, for predictions.jsonl. */
  perPair: Array<Record<string, number>>;
}

const MODES: RougeMode[] = ['rouge155', 'rouge-score'];

/**
 * Scores the predictions in both modes (docs/rouge.md); the headline and the console lines use the
 * configured one. Failed requests are empty predictions: they score 0 and are counted, never dropped.
 */
export async function computeRouge(config: Pick<BenchmarkConfig, 'rouge'>, predictions: readonly Prediction[], signal?: AbortSignal): Promise<RougeOutcome | null> {
  if (predictions.length === 0) return null;
  const pairs = predictions.map((p) => ({ reference: p.reference, prediction: p.prediction }));
  // Scored a slice at a time, so a signal is handled while a large test set is scored (scoreCorpusAsync).
  const results = new Map<RougeMode, RougeCorpusResult>();
  for (const mode of MODES) results.set(mode, await scoreCorpusAsync(pairs, { mode, stem: true }, signal));
  const chosen = results.get(config.rouge.mode) as RougeCorpusResult;
  const headline: Headline = {};
  const intervals: Record<string, HeadlineInterval> = {};
  for (const type of chosen.types) {
    const f = chosen[type as 'rouge1'].fmeasure;
    headline[type] = f.mid;
    intervals[type] = { low: f.low, mid: f.mid, high: f.high, confidence: chosen.bootstrap.confidence };
  }
  const block: Record<string, unknown> = { mode: config.rouge.mode };
  for (const [mode, result] of results) {
    const { per_pair: _perPair, ...aggregate } = result;
    block[mode] = aggregate;
  }
  const perPair = chosen.per_pair.map((pair) => Object.fromEntries(Object.entries(pair.scores).map(([type, prf]) => [type, prf.fmeasure])));
  return { block, headline, intervals, perPair };
}
