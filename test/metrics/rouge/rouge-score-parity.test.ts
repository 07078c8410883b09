/**
 * Parity with Google's rouge_score 0.1.2 (values computed by the reference itself, see
 * test/fixtures/rouge/README.md): every pair's P/R/F for rouge1/2/L/Lsum, stemmed and not, and the
 * corpus means and seeded bootstrap intervals in aggregates.json.
 */
import { describe, expect, it } from 'vitest';
import { scoreCorpus, type RougeCorpusResult } from '../../../src/metrics/rouge/index.js';
import { MEASURES, readFixture, readJsonl, TYPES, type RougeScoreRow } from './fixtures.js';

const FILES = {
  'tricky.jsonl': 'rouge-score-tricky.jsonl.br',
  'xsum_lead1.jsonl': 'rouge-score-xsum-lead1.jsonl.br',
  'xsum_lead3_lsum.jsonl': 'rouge-score-xsum-lead3-lsum.jsonl.br',
} as const;

type Triple = { precision: number; recall: number; fmeasure: number };
interface AggregateBlock {
  n: number;
  score_key: 'scores_stem' | 'scores_nostem';
  types_order: string[];
  bootstrap_seed: number;
  mean_numpy: Record<string, Triple>;
  bootstrap_numpy: Record<string, { low: Triple; mid: Triple; high: Triple }>;
}
const aggregates = JSON.parse(readFixture('rouge-score-aggregates.json')) as Record<string, Record<string, AggregateBlock>>;

/** The rows each aggregate block was computed over (xsum_lead1: rows 0-999 are hf_raw, 1000-1999 official). */
function rowsFor(block: string, rows: RougeScoreRow[]): RougeScoreRow[] {
  if (block.startsWith('hf_raw_1000')) return rows.slice(0, 1000);
  if (block.startsWith('official_1000')) return rows.slice(1000, 2000);
  return rows;
}

describe.each(Object.entries(FILES))('rouge_score parity on %s', (reference, fixture) => {
  const rows = readJsonl<RougeScoreRow>(fixture);
  const pairs = rows.map(({ reference: r, prediction }) => ({ reference: r, prediction }));

  it.each([true, false])('per-pair P/R/F are within 1e-12 of every row (stem=%s)', (stem) => {
    const result = scoreCorpus(pairs, { mode: 'rouge-score', stem, bootstrap: { resamples: 2 } });
    let worst = 0;
    rows.forEach((row, i) => {
      const expected = stem ? row.stem : row.nostem;
      TYPES.forEach((type, t) => {
        MEASURES.forEach((measure, m) => {
          const got = result.per_pair[i]?.scores[type]?.[measure] as number;
          worst = Math.max(worst, Math.abs(got - (expected[t]?.[m] as number)));
        });
      });
    });
    expect(result.pairs).toBe(rows.length);
    expect(worst).toBeLessThanOrEqual(1e-12);
  });

  // Every block's means; the seeded intervals of the blocks below (drawing 1,000 × n × 4 indices per
  // block is most of this file's run time; the other blocks' intervals match as well).
  const withIntervals = new Set(['tricky.jsonl/stem', 'tricky.jsonl/nostem', 'xsum_lead1.jsonl/official_1000_stem', 'xsum_lead3_lsum.jsonl/stem']);
  const blocks = Object.entries(aggregates[reference] ?? {});
  it.each(blocks)('means (and seeded bootstrap intervals) equal aggregates.json (%s)', (name, block) => {
    const subset = rowsFor(name, rows).map(({ reference: r, prediction }) => ({ reference: r, prediction }));
    expect(subset).toHaveLength(block.n);
    const intervalsToo = withIntervals.has(`${reference}/${name}`);
    const result: RougeCorpusResult = scoreCorpus(subset, {
      mode: 'rouge-score',
      stem: block.score_key === 'scores_stem',
      bootstrap: { seed: block.bootstrap_seed, resamples: intervalsToo ? 1000 : 2, confidence: 0.95 },
    });
    expect(result.types).toEqual(block.types_order);
    for (const type of TYPES) {
      const aggregate = result[type];
      for (const measure of MEASURES) {
        expect(aggregate?.[measure].mean, `${type} ${measure} mean`).toBe(block.mean_numpy[type]?.[measure]);
        if (!intervalsToo) continue;
        for (const level of ['low', 'mid', 'high'] as const) {
          expect(aggregate?.[measure][level], `${type} ${measure} ${level}`).toBe(block.bootstrap_numpy[type]?.[level][measure]);
        }
      }
    }
  });
});

describe('rouge_score tokenization', () => {
  const rows = readJsonl<RougeScoreRow>(FILES['tricky.jsonl']);
  it('gives the reference tokens and Lsum sentences on the hand-made edge cases', () => {
    for (const stem of [true, false]) {
      const result = scoreCorpus(rows, { mode: 'rouge-score', stem, bootstrap: { resamples: 2 } });
      rows.forEach((row, i) => {
        const pair = result.per_pair[i];
        expect(pair?.reference_tokens, row.name).toEqual(stem ? row.ref_tokens_stem : row.ref_tokens_nostem);
        expect(pair?.prediction_tokens, row.name).toEqual(stem ? row.pred_tokens_stem : row.pred_tokens_nostem);
      });
    }
  });
});
