import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../../src/metrics/rouge/index.js';
import { porterRouge155Stem } from '../../../src/metrics/rouge/porter-rouge155.js';
import { rouge155Stem } from '../../../src/metrics/rouge/tokenize.js';
import { wordnetException } from '../../../src/metrics/rouge/wordnet-exceptions.js';
import { readTsv } from './fixtures.js';

describe('ROUGE-1.5.5 stemmer (-m)', () => {
  it('equals the script’s own stem routine (run under Perl) on all 20,000 XSum vocabulary words', () => {
    const rows = readTsv('porter-vocab20k.tsv.br');
    expect(rows).toHaveLength(20000);
    const wrong = rows.filter(([word, , stem]) => porterRouge155Stem(word as string) !== stem);
    expect(wrong).toEqual([]);
  });

  it('looks irregular forms up in the WordNet 2.0 exception table first', () => {
    expect(wordnetException('was')).toBe('be');
    expect(['lives', 'children', 'done', 'went'].map(rouge155Stem)).toEqual(['life', 'child', 'do', 'go']);
  });

  it('uses the table as WordNet-2.0.exc.db is distributed: best and better → well, not good', () => {
    expect(['best', 'better', 'worse', 'further'].map(rouge155Stem)).toEqual(['well', 'well', 'bad', 'far']);
    // The real script on raw text gives ROUGE-1 0.75 here (1.0 with a rebuilt DB, where best → good).
    const result = scoreCorpus([{ reference: 'the good team won', prediction: 'the best team won' }], { mode: 'rouge155', bootstrap: { resamples: 2 } });
    expect(result.per_pair[0]?.scores.rouge1).toEqual({ precision: 0.75, recall: 0.75, fmeasure: 0.75 });
  });

  it('falls back to its Porter variant, which differs from nltk where the 1980 rules do', () => {
    // "-ies" always → "-i"; y→i whenever the stem has a vowel; no irregular pool.
    expect(['ties', 'dying', 'enjoy', 'happily', 'relational'].map(porterRouge155Stem)).toEqual(['ti', 'dy', 'enjoi', 'happili', 'relat']);
  });

  it('applies Lin’s step-4 change: -ement words stop there, -ment then -ent are tried in turn', () => {
    expect(porterRouge155Stem('replacement')).toBe('replac');
    expect(porterRouge155Stem('adjustment')).toBe('adjust');
  });

  it('treats an initial y as a consonant and gives it back lower-case', () => {
    expect(porterRouge155Stem('yelling')).toBe('yell');
  });
});
