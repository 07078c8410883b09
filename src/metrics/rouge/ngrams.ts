/** Clipped n-gram overlap on token ids (both references count it the same way). */
import { CountTable } from './token-counts.js';

/** Token ids of n-grams fold into one number; ids stay below 2^26 so n ≤ 2 keys stay exact. */
const ID_SPAN = 2 ** 26;

export function ngramCounts(tokens: readonly number[], n: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    let key = 0;
    for (let k = 0; k < n; k += 1) key = key * ID_SPAN + (tokens[i + k] as number);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function ngramTotal(tokenCount: number, n: number): number {
  return Math.max(tokenCount - n + 1, 0);
}

/** Σ over reference n-grams of min(reference count, prediction count). */
export function clippedOverlap(reference: Map<number, number>, prediction: Map<number, number>): number {
  let hits = 0;
  for (const [key, count] of reference) {
    const other = prediction.get(key);
    if (other !== undefined) hits += other < count ? other : count;
  }
  return hits;
}

export const MAX_TOKEN_IDS = ID_SPAN;

const unigramTable = new CountTable();

/** Σ over reference unigrams of min(reference count, prediction count), without building maps. */
export function clippedUnigramOverlap(reference: readonly number[], prediction: readonly number[]): number {
  const counts = unigramTable.for(reference);
  for (const t of reference) counts[t] = (counts[t] as number) + 1;
  let hits = 0;
  for (const t of prediction) {
    const left = counts[t] as number;
    if (left > 0) {
      hits += 1;
      counts[t] = left - 1;
    }
  }
  for (const t of reference) counts[t] = 0;
  return hits;
}

/** Clipped overlap of n-grams (unigrams through the count table, longer ones through maps). */
export function clippedNgramOverlap(reference: readonly number[], prediction: readonly number[], n: number): number {
  if (n === 1) return clippedUnigramOverlap(reference, prediction);
  return clippedOverlap(ngramCounts(reference, n), ngramCounts(prediction, n));
}
