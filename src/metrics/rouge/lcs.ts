/**
 * Longest common subsequence, plain and "union" (summary level). Both references backtrack the same way,
 * and which LCS the backtrack picks on ties decides the union: from the bottom-right corner, take the
 * diagonal when the tokens are equal, otherwise step left only when the cell to the left is strictly
 * larger than the one above, else step up.
 */
import { CountTable } from './token-counts.js';

let table = new Int32Array(0);

function fill(a: readonly number[], b: readonly number[]): Int32Array {
  const cols = b.length + 1;
  const size = (a.length + 1) * cols;
  if (table.length < size) table = new Int32Array(Math.max(size, table.length * 2));
  const t = table;
  for (let j = 0; j < cols; j += 1) t[j] = 0;
  for (let i = 1; i <= a.length; i += 1) {
    const row = i * cols;
    const above = row - cols;
    t[row] = 0;
    const ai = a[i - 1];
    for (let j = 1; j < cols; j += 1) {
      if (ai === b[j - 1]) t[row + j] = (t[above + j - 1] as number) + 1;
      else {
        const up = t[above + j] as number;
        const left = t[row + j - 1] as number;
        t[row + j] = up > left ? up : left;
      }
    }
  }
  return t;
}

/** Length of the LCS of two token sequences. */
export function lcsLength(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const t = fill(a, b);
  return t[a.length * (b.length + 1) + b.length] as number;
}

/** Marks in `hit` the positions of `a` on the LCS the backtrack picks against `b`. */
export function markLcs(a: readonly number[], b: readonly number[], hit: Uint8Array): void {
  if (a.length === 0 || b.length === 0) return;
  const t = fill(a, b);
  const cols = b.length + 1;
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      i -= 1;
      j -= 1;
      hit[i] = 1;
    } else if ((t[i * cols + j - 1] as number) > (t[(i - 1) * cols + j] as number)) j -= 1;
    else i -= 1;
  }
}

const referenceTable = new CountTable();
const candidateTable = new CountTable();

function count(table: Int32Array, sentences: readonly (readonly number[])[], add: number): void {
  for (const s of sentences) for (const t of s) table[t] = add === 0 ? 0 : (table[t] as number) + add;
}

/**
 * Summary-level LCS hits: for each reference sentence, the union of its LCS positions against every
 * candidate sentence, walked in position order; a token counts only while both sides still have an
 * unused occurrence of it (the clipping both rouge_score and ROUGE-1.5.5 ≥ 1.4.1 apply).
 */
export function unionLcsHits(reference: readonly (readonly number[])[], candidate: readonly (readonly number[])[]): number {
  const refCounts = referenceTable.for(...reference);
  const candCounts = candidateTable.for(...candidate);
  count(refCounts, reference, 1);
  count(candCounts, candidate, 1);
  let hits = 0;
  for (const sentence of reference) {
    if (sentence.length === 0) continue;
    const hit = new Uint8Array(sentence.length);
    for (const other of candidate) markLcs(sentence, other, hit);
    for (let k = 0; k < sentence.length; k += 1) {
      if (hit[k] !== 1) continue;
      const token = sentence[k] as number;
      const r = refCounts[token] as number;
      const c = candCounts[token] as number;
      if (r > 0 && c > 0) {
        hits += 1;
        refCounts[token] = r - 1;
        candCounts[token] = c - 1;
      }
    }
  }
  count(refCounts, reference, 0);
  count(candCounts, candidate, 0);
  return hits;
}
