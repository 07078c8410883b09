/**
 * Per-pair scores exactly as rouge_score 0.1.2's RougeScorer(['rouge1','rouge2','rougeL','rougeLsum'])
 * .score(reference, prediction) forms them: the same operations in the same order, so the doubles match.
 */
import { clippedNgramOverlap, ngramTotal } from './ngrams.js';
import { lcsLength, unionLcsHits } from './lcs.js';
import type { TokenizedText } from './tokenized-text.js';
import type { Prf, RougeType } from './types.js';

const ZERO: Prf = { precision: 0, recall: 0, fmeasure: 0 };

/** rouge_score's scoring.fmeasure: 2PR/(P+R), 0 when P+R is 0. */
export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function prf(precision: number, recall: number): Prf {
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** rouge-N: clipped overlap over max(count, 1) on each side. */
export function rougeN(reference: readonly number[], prediction: readonly number[], n: number): Prf {
  const hits = clippedNgramOverlap(reference, prediction, n);
  return prf(hits / Math.max(ngramTotal(prediction.length, n), 1), hits / Math.max(ngramTotal(reference.length, n), 1));
}

/** rougeL: LCS of the whole token sequences; 0 when either side has no token. */
export function rougeL(reference: readonly number[], prediction: readonly number[]): Prf {
  if (reference.length === 0 || prediction.length === 0) return ZERO;
  const lcs = lcsLength(reference, prediction);
  return prf(lcs / prediction.length, lcs / reference.length);
}

/** rougeLsum: union LCS of each reference line against all prediction lines, clipped by token counts. */
export function rougeLsum(reference: readonly (readonly number[])[], prediction: readonly (readonly number[])[]): Prf {
  if (reference.length === 0 || prediction.length === 0) return ZERO;
  let m = 0;
  let n = 0;
  for (const s of reference) m += s.length;
  for (const s of prediction) n += s.length;
  if (m === 0 || n === 0) return ZERO;
  const hits = unionLcsHits(reference, prediction);
  return prf(hits / n, hits / m);
}

export function scorePairRougeScore(reference: TokenizedText, prediction: TokenizedText): Record<RougeType, Prf> {
  const l = rougeL(reference.tokens, prediction.tokens);
  // One sentence on each side: the union LCS is that sentence pair's LCS, the clipping never binds and
  // the divisions are the same, so rougeLsum is rougeL exactly (most XSum pairs; saves a backtrack).
  const single = reference.sentences.length === 1 && prediction.sentences.length === 1;
  return {
    rouge1: rougeN(reference.tokens, prediction.tokens, 1),
    rouge2: rougeN(reference.tokens, prediction.tokens, 2),
    rougeL: l,
    rougeLsum: single ? { ...l } : rougeLsum(reference.sentences, prediction.sentences),
  };
}
