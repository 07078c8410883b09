import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { RougeCorpusColumns, RougePairList } from '../metrics/rouge/index.js';
import { ROUGE_TYPES_BY_MODE, type RougeMode, type RougeType } from '../metrics/rouge/types.js';
import type { Headline, HeadlineInterval } from '../run-folder/results-document.js';
import type { PredictionList } from './predictions.js';

export interface RougeOutcome {
  /** Both modes' aggregates (per-pair scores left out: they go to predictions.jsonl). */
  block: Record<string, unknown>;
  headline: Headline;
  intervals: Record<string, HeadlineInterval>;
  /** Per-pair F of the configured mode, in prediction order, for predictions.jsonl; null when not scored. */
  perPair: PerPairRouge | null;
}

/** Per-pair F-measures as columns (one Float64Array a type), not an object a pair: 100,000 pairs hold 2.4 MB. */
export interface PerPairRouge {
  types: RougeType[];
  fmeasure: Float64Array[];
}

/** Pair `index`'s F of each type, as predictions.jsonl's `rouge` field carries it. */
export function pairRouge(perPair: PerPairRouge, index: number): Record<string, number> {
  return Object.fromEntries(perPair.types.map((type, t) => [type, perPair.fmeasure[t]![index]!]));
}

const MODES: RougeMode[] = ['rouge155', 'rouge-score'];

/**
 * Scores the predictions in both modes (docs/rouge.md); the headline and the console lines use the
 * configured one. Failed requests are empty predictions: they score 0 and are counted, never dropped.
 */
export async function computeRouge(config: Pick<BenchmarkConfig, 'rouge'>, predictions: PredictionList, signal?: AbortSignal): Promise<RougeOutcome | null> {
  if (predictions.length === 0) return null;
  // Without one completed request there is nothing to score: all-empty predictions would score 0, a number
  // a reader takes for a result. The figures are null (not measured), and no console line is printed.
  if (!anyCompleted(predictions)) return notMeasured(config.rouge.mode);
  // Each pair is read when it is scored (the run's predictions are read back from requests.jsonl).
  const pairs: RougePairList = { length: predictions.length, at: (i) => predictions.at(i) };
  // Scored a slice at a time, so a signal is handled while a large test set is scored (scoreCorpusAsync).
  // Imported when the run scores, after its load: start to first request does not evaluate the scorers.
  const { scoreCorpusColumnsAsync } = await import('../metrics/rouge/index.js');
  const results = new Map<RougeMode, RougeCorpusColumns>();
  for (const mode of MODES) results.set(mode, await scoreCorpusColumnsAsync(pairs, { mode, stem: true }, signal));
  const { aggregate: chosen, fmeasure } = results.get(config.rouge.mode) as RougeCorpusColumns;
  const headline: Headline = {};
  const intervals: Record<string, HeadlineInterval> = {};
  for (const type of chosen.types) {
    const f = chosen[type as 'rouge1'].fmeasure;
    headline[type] = f.mid;
    intervals[type] = { low: f.low, mid: f.mid, high: f.high, confidence: chosen.bootstrap.confidence };
  }
  const block: Record<string, unknown> = { mode: config.rouge.mode };
  for (const [mode, result] of results) block[mode] = result.aggregate;
  const perPair: PerPairRouge = { types: chosen.types, fmeasure: chosen.types.map((type) => fmeasure[type]!) };
  return { block, headline, intervals, perPair };
}

function anyCompleted(predictions: PredictionList): boolean {
  for (let i = 0; i < predictions.length; i++) if (predictions.at(i)!.error === null) return true;
  return false;
}

function notMeasured(mode: RougeMode): RougeOutcome {
  const headline: Headline = Object.fromEntries(ROUGE_TYPES_BY_MODE[mode].map((type) => [type, null]));
  return { block: { mode, available: false, reason: 'no request completed: there is no generated text to score' }, headline, intervals: {}, perPair: null };
}
