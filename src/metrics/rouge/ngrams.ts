/** Clipped n-gram overlap on token ids (both references count it the same way). */
import { clippedBigramOverlap } from './bigram-overlap.js';
import { CountTable } from './token-counts.js';

/** Token ids of n-grams fold into one number; ids stay below 2^26 so n ≤ 2 keys stay exact. */
const ID_SPAN = 2 ** 26;

export function ngramTotal(tokenCount: number, n: number): number {
  return Math.max(tokenCount - n + 1, 0);
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

function sortedKeys(tokens: readonly number[], n: number): Float64Array {
  const keys = new Float64Array(ngramTotal(tokens.length, n));
  for (let i = 0; i < keys.length; i += 1) {
    let key = 0;
    for (let k = 0; k < n; k += 1) key = key * ID_SPAN + (tokens[i + k] as number);
    keys[i] = key;
  }
  return keys.sort();
}

/** Σ min(counts) as the size of the multiset intersection of the two sorted key lists. */
function clippedSortedOverlap(reference: readonly number[], prediction: readonly number[], n: number): number {
  const a = sortedKeys(reference, n);
  const b = sortedKeys(prediction, n);
  let hits = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      hits += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return hits;
}

/**
 * Clipped overlap of n-grams: unigrams through the count table, bigrams through a hash table, longer ones
 * by merging sorted keys.
 */
export function clippedNgramOverlap(reference: readonly number[], prediction: readonly number[], n: number): number {
  if (n === 1) return clippedUnigramOverlap(reference, prediction);
  if (n === 2) return clippedBigramOverlap(reference, prediction);
  return clippedSortedOverlap(reference, prediction, n);
}
