import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreCorpus, type RougeMode } from '../../../src/metrics/rouge/index.js';

const words = fc.constantFrom('the', 'cat', 'sat', 'on', 'mat', 'players', 'running', 'was', 'lives', 'Leeds', '2017', 'U.K.', 'Café');
const text = fc.array(fc.array(words, { minLength: 0, maxLength: 8 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const QUICK = { resamples: 2 };

describe.each(['rouge-score', 'rouge155'] as RougeMode[])('ROUGE invariants (%s)', (mode) => {
  it('keeps every P/R/F in [0, 1] and scores a text against itself 1 when it has tokens', () => {
    fc.assert(
      fc.property(text, text, (reference, prediction) => {
        const [pair, self] = scoreCorpus([{ reference, prediction }, { reference, prediction: reference }], { mode, bootstrap: QUICK }).per_pair;
        for (const type of Object.keys(pair?.scores ?? {})) {
          for (const value of Object.values(pair?.scores[type as 'rouge1'] ?? {})) expect(value >= 0 && value <= 1).toBe(true);
        }
        if ((self?.reference_tokens.length ?? 0) > 0) expect(self?.scores.rouge1).toEqual({ precision: 1, recall: 1, fmeasure: 1 });
      }),
      { numRuns: 150 },
    );
  });

  it('swaps precision and recall when reference and prediction swap, and ROUGE-L never exceeds ROUGE-1', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [ab, ba] = scoreCorpus([{ reference: a, prediction: b }, { reference: b, prediction: a }], { mode, bootstrap: QUICK }).per_pair;
        expect(ab?.scores.rouge1?.precision).toBe(ba?.scores.rouge1?.recall);
        expect(ab?.scores.rouge2?.recall).toBe(ba?.scores.rouge2?.precision);
        expect(ab?.scores.rougeL?.recall ?? 0).toBeLessThanOrEqual(ab?.scores.rouge1?.recall ?? 0);
      }),
      { numRuns: 150 },
    );
  });
});
