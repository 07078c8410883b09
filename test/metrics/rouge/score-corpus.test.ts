import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../../src/metrics/rouge/index.js';
import { InputError } from '../../../src/util/errors.js';

const QUICK = { resamples: 10 };

describe('scoreCorpus', () => {
  it.each(['rouge-score', 'rouge155'] as const)('scores empty and missing predictions 0 and counts them (%s)', (mode) => {
    const result = scoreCorpus(
      [
        { reference: 'The cat sat on the mat.', prediction: 'The cat sat on the mat.' },
        { reference: 'A man was arrested.', prediction: '' },
        { reference: 'A man was arrested.', prediction: '   \n ' },
        { reference: 'A man was arrested.', prediction: null },
        { reference: 'A man was arrested.', prediction: undefined },
      ],
      { mode, bootstrap: QUICK },
    );
    expect(result.pairs).toBe(5);
    expect(result.empty_predictions).toBe(4);
    expect(result.per_pair.map((p) => p.empty_prediction)).toEqual([false, true, true, true, true]);
    for (const pair of result.per_pair.slice(1)) {
      for (const type of result.types) expect(pair.scores[type]).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
    }
    expect(result.rouge1.fmeasure.mean).toBeCloseTo(0.2, 12);
  });

  it('computes rougeLsum only in rouge-score mode', () => {
    const pairs = [{ reference: 'one two\nthree four', prediction: 'three four\none two' }];
    expect(scoreCorpus(pairs, { mode: 'rouge-score', bootstrap: QUICK }).types).toEqual(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']);
    const r155 = scoreCorpus(pairs, { mode: 'rouge155', bootstrap: QUICK });
    expect(r155.types).toEqual(['rouge1', 'rouge2', 'rougeL']);
    expect(r155.rougeLsum).toBeUndefined();
    // ROUGE-1.5.5's ROUGE-L is already summary level: each reference line against every prediction line.
    expect(r155.per_pair[0]?.scores.rougeL?.recall).toBe(1);
  });

  it('tokenizes raw text in rouge155 mode as ROUGE-1.5.5 would: A-Z lower-cased, everything else not [a-z0-9] splits', () => {
    const result = scoreCorpus([{ reference: 'Café owner’s £5m U.K. deal - 2017', prediction: 'x' }], { mode: 'rouge155', stem: false, bootstrap: QUICK });
    expect(result.per_pair[0]?.reference_tokens).toEqual(['caf', 'owner', 's', '5m', 'u', 'k', 'deal', '2017']);
  });

  it('tokenizes raw text in rouge-score mode with Unicode lower-casing and the nltk stemmer', () => {
    const result = scoreCorpus([{ reference: 'ÉCOLE Players were RUNNING', prediction: 'x' }], { mode: 'rouge-score', bootstrap: QUICK });
    expect(result.per_pair[0]?.reference_tokens).toEqual(['cole', 'player', 'were', 'run']);
  });

  it('gives the same intervals for the same seed and different ones for another seed', () => {
    const pairs = Array.from({ length: 40 }, (_, i) => ({ reference: `word ${i} shared text here`, prediction: i % 3 === 0 ? 'shared text' : `word ${i + 1}` }));
    const a = scoreCorpus(pairs, { mode: 'rouge-score', bootstrap: { seed: 1, resamples: 200 } });
    const b = scoreCorpus(pairs, { mode: 'rouge-score', bootstrap: { seed: 1, resamples: 200 } });
    const c = scoreCorpus(pairs, { mode: 'rouge-score', bootstrap: { seed: 2, resamples: 200 } });
    expect(b.rouge1).toEqual(a.rouge1);
    expect(c.rouge1.fmeasure.low).not.toBe(a.rouge1.fmeasure.low);
    expect(a.rouge1.fmeasure.low).toBeLessThanOrEqual(a.rouge1.fmeasure.mid);
    expect(a.rouge1.fmeasure.mid).toBeLessThanOrEqual(a.rouge1.fmeasure.high);
    expect(a.bootstrap).toEqual({ seed: 1, resamples: 200, confidence: 0.95, order: 'input' });
    expect(scoreCorpus(pairs, { mode: 'rouge155', bootstrap: { resamples: 20 } }).bootstrap).toEqual({ seed: 0, resamples: 20, confidence: 0.95, order: 'pyrouge' });
  });

  it('rejects bad input with an InputError', () => {
    expect(() => scoreCorpus([], { mode: 'rouge155' })).toThrow(InputError);
    expect(() => scoreCorpus([{ reference: 'a', prediction: 'a' }], { mode: 'rouge155', bootstrap: { resamples: 0 } })).toThrow(/resamples/);
    expect(() => scoreCorpus([{ reference: 'a', prediction: 'a' }], { mode: 'rouge155', bootstrap: { confidence: 95 } })).toThrow(/confidence/);
    expect(() => scoreCorpus([{ reference: undefined as unknown as string, prediction: 'a' }], { mode: 'rouge155' })).toThrow(/pair 1/);
    expect(() => scoreCorpus([{ reference: 'a', prediction: 'a' }], { mode: 'rouge-score', bootstrap: { order: 'pyrouge' } })).toThrow(/rouge155 mode only/);
    expect(() => scoreCorpus([{ reference: 'a', prediction: 'a' }], { mode: 'rouge155', bootstrap: { order: 'sorted' as 'input' } })).toThrow(/order must be one of pyrouge, input/);
  });

  it('resamples rouge155 over the pairs in pyrouge’s order by default, which moves the interval but not the means', () => {
    const pairs = Array.from({ length: 30 }, (_, i) => ({ reference: `alpha beta gamma ${i}`, prediction: i < 10 ? 'alpha beta gamma' : `delta ${i}` }));
    const pyrouge = scoreCorpus(pairs, { mode: 'rouge155', bootstrap: { resamples: 50 } });
    const input = scoreCorpus(pairs, { mode: 'rouge155', bootstrap: { resamples: 50, order: 'input' } });
    expect(pyrouge.rouge1.fmeasure.mean).toBe(input.rouge1.fmeasure.mean);
    expect(pyrouge.rouge1.fmeasure.mid).not.toBe(input.rouge1.fmeasure.mid);
    expect(pyrouge.printed?.script[1]).toMatch(/^1 ROUGE-1 Average_R: 0\.\d{5} \(95%-conf\.int\. 0\.\d{5} - 0\.\d{5}\)$/);
    expect(scoreCorpus(pairs, { mode: 'rouge-score', bootstrap: { resamples: 2 } }).printed).toBeUndefined();
  });
});
