/** Clipped n-gram overlap on token ids (both references count it the same way). */

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
