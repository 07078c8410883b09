/**
 * Per-document scores as ROUGE-1.5.5 computes them with -a -n 2 (one reference per document, model
 * average formula A, alpha 0.5): R = hits / reference count and P = hits / prediction count, each rounded
 * to 5 decimals as the script stores them; F = P·R / (0.5·P + 0.5·R) from the rounded values, rounded
 * again. ROUGE-L is the summary-level union LCS over lines, clipped by unigram counts (version ≥ 1.4.1).
 */
import { clippedNgramOverlap, ngramTotal } from './ngrams.js';
import { unionLcsHits } from './lcs.js';
import { roundLikePrintf5 } from './printf-round.js';
import type { TokenizedText } from './tokenized-text.js';
import type { Prf, RougeType } from './types.js';

const ALPHA = 0.5;

function ratio(hits: number, count: number): number {
  return count !== 0 ? roundLikePrintf5(hits / count) : 0;
}

function prf(hits: number, referenceCount: number, predictionCount: number): Prf {
  const recall = ratio(hits, referenceCount);
  const precision = ratio(hits, predictionCount);
  const denominator = (1 - ALPHA) * precision + ALPHA * recall;
  const fmeasure = denominator > 0 ? roundLikePrintf5((precision * recall) / denominator) : 0;
  return { precision, recall, fmeasure };
}

function rougeN(reference: readonly number[], prediction: readonly number[], n: number): Prf {
  const hits = clippedNgramOverlap(reference, prediction, n);
  return prf(hits, ngramTotal(reference.length, n), ngramTotal(prediction.length, n));
}

function rougeL(reference: TokenizedText, prediction: TokenizedText): Prf {
  return prf(unionLcsHits(reference.sentences, prediction.sentences), reference.tokens.length, prediction.tokens.length);
}

export function scorePairRouge155(reference: TokenizedText, prediction: TokenizedText): Record<Exclude<RougeType, 'rougeLsum'>, Prf> {
  return {
    rouge1: rougeN(reference.tokens, prediction.tokens, 1),
    rouge2: rougeN(reference.tokens, prediction.tokens, 2),
    rougeL: rougeL(reference, prediction),
  };
}
