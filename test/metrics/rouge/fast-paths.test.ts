/** The fast paths give what the references' own steps give (tokenize.ts, a sorted-key bigram count). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clippedBigramOverlap } from '../../../src/metrics/rouge/bigram-overlap.js';
import { makeTokenizer } from '../../../src/metrics/rouge/tokenize-pair.js';
import {
  nltkStem,
  rouge155Pieces,
  rouge155Stem,
  rougeScorePieces,
  splitRouge155Sentences,
  splitRougeScoreSentences,
  stemPiece,
} from '../../../src/metrics/rouge/tokenize.js';
import type { RougeMode } from '../../../src/metrics/rouge/types.js';

/** Sentences of stemmed words by the references' steps: split lines, split pieces, stem. */
function stepByStep(text: string, mode: RougeMode, stem: boolean): string[][] {
  const split = mode === 'rouge155' ? splitRouge155Sentences : splitRougeScoreSentences;
  const pieces = mode === 'rouge155' ? rouge155Pieces : rougeScorePieces;
  const stemmer = stem ? (mode === 'rouge155' ? rouge155Stem : nltkStem) : null;
  return split(text).map((line) => pieces(line).map((piece) => stemPiece(piece, stemmer)));
}

// Letters of both cases, digits, separators, line breaks, and non-ASCII that lower-cases to ASCII or grows.
const CHARACTERS = [...'aAbBzZ09 \n\n\r\t-.,’é', 'K', 'İ', 'ẞ', 'Σ', '😀', 'running', 'Players', 'WAS', 'best'];
const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((parts) => parts.join(''));

describe('one-pass tokenizer', () => {
  it.each([
    ['rouge-score', true],
    ['rouge-score', false],
    ['rouge155', true],
    ['rouge155', false],
  ] as const)('gives the references’ sentences and words on any text (%s, stem %s)', (mode, stem) => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const tokenize = makeTokenizer(mode, stem);
        for (const t of texts) {
          const got = tokenize(t);
          const want = stepByStep(t, mode, stem);
          expect(got.sentences.map((ids) => ids.length)).toEqual(want.map((s) => s.length));
          expect(got.words).toEqual(want.flat());
          expect(got.tokens).toEqual(got.sentences.flat());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lower-cases the Kelvin sign to k in rouge-score mode and splits on it in rouge155 mode', () => {
    expect(makeTokenizer('rouge-score', false)('OK\u212Aay').words).toEqual(['okkay']);
    expect(makeTokenizer('rouge155', false)('OK\u212Aay').words).toEqual(['ok', 'ay']);
  });
});

function sortedBigramOverlap(a: readonly number[], b: readonly number[]): number {
  const keys = (t: readonly number[]): string[] => t.slice(1).map((x, i) => `${t[i]}:${x}`).sort();
  const x = keys(a);
  const y = keys(b);
  let hits = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      hits += 1;
      i += 1;
      j += 1;
    } else if ((x[i] as string) < (y[j] as string)) i += 1;
    else j += 1;
  }
  return hits;
}

describe('bigram overlap through the hash table', () => {
  it('equals the clipped count of sorted bigram keys', () => {
    const tokens = fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 ** 26 - 1 })), { maxLength: 200 });
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        expect(clippedBigramOverlap(a, b)).toBe(sortedBigramOverlap(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
