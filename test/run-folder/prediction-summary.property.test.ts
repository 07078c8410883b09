import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAILED_LISTED, PredictionSummaryBuilder, summarizePredictionsFile, summarizingLines, WORST_COUNT, type PredictionSummary } from '../../src/run-folder/prediction-summary.js';
import type { PredictionRow } from '../../src/run-folder/predictions-file.js';
import { tempTree } from '../support/temp-tree.js';

// Few distinct scores, so ties (kept in file order) are common.
const score = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const row: fc.Arbitrary<PredictionRow> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  reference: fc.string({ maxLength: 8 }),
  prediction: fc.string({ maxLength: 8 }),
  error: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
  rouge: fc.option(fc.dictionary(fc.constantFrom('rouge1', 'rouge2', 'rougeL', 'rougeLsum'), score), { nil: null }),
  finish_reason: fc.option(fc.constantFrom('stop', 'length'), { nil: null }),
});
const uniqueRows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 40 });

/** What the report drew from the whole list of rows before it was summarized a line at a time. */
function fromWholeList(rows: readonly PredictionRow[]): PredictionSummary {
  const keys = [...new Set(rows.flatMap((p) => Object.keys(p.rouge ?? {})))].sort();
  const lowest = (key: string) => {
    const scored = rows.filter((r) => r.rouge?.[key] !== undefined);
    return { rows: [...scored].sort((a, b) => a.rouge![key]! - b.rouge![key]!).slice(0, WORST_COUNT), keys: [...new Set(scored.flatMap((r) => Object.keys(r.rouge ?? {})))].sort() };
  };
  return {
    keys,
    scores: Object.fromEntries(keys.map((k) => [k, rows.flatMap((p) => (typeof p.rouge?.[k] === 'number' ? [p.rouge[k]] : []))])),
    lowest: Object.fromEntries(keys.map((k) => [k, lowest(k)])),
    failed: rows.filter((r) => r.error !== null).slice(0, FAILED_LISTED).map((r) => ({ id: r.id, error: r.error, reference: r.reference })),
    failedCount: rows.filter((r) => r.error !== null).length,
  };
}

describe('predictions.jsonl summarized for the report (property)', () => {
  const dir = tempTree({});
  let n = 0;

  it('a line at a time, equals what the whole list of rows gives; as written or read from the file', () => {
    fc.assert(
      fc.property(uniqueRows, (rows) => {
        const builder = new PredictionSummaryBuilder();
        for (const r of rows) builder.add(r);
        expect(builder.build()).toEqual(fromWholeList(rows));

        const lines = rows.map((r) => `${JSON.stringify(r)}\n`);
        let written: PredictionSummary | null = null;
        expect([...summarizingLines(lines, (s) => (written = s))]).toEqual(lines);
        const file = join(dir, `p${n++}.jsonl`);
        writeFileSync(file, lines.join(''));
        expect(written).toEqual(summarizePredictionsFile(file));
      }),
      { numRuns: 200 },
    );
  });

  it('holds the first FAILED_LISTED failed predictions and counts the rest, however many fail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * FAILED_LISTED }), fc.integer({ min: 0, max: 20 }), (failing, passing) => {
        const builder = new PredictionSummaryBuilder();
        for (let i = 0; i < failing + passing; i++) builder.add({ id: `r${i}`, reference: `s${i}`, prediction: '', error: i < failing ? `http_status: ${i}` : null, rouge: null, finish_reason: null });
        const { failed, failedCount } = builder.build();
        expect(failedCount).toBe(failing);
        expect(failed.map((f) => f.id)).toEqual(Array.from({ length: Math.min(failing, FAILED_LISTED) }, (_, i) => `r${i}`));
      }),
      { numRuns: 50 },
    );
  });

  it('a line the reader would refuse leaves no summary (the report reads the file and says why)', () => {
    let written: PredictionSummary | null | undefined;
    const lines = [...summarizingLines(['{"id":"a","prediction":"x","error":null,"rouge":{"rouge1":0.5}}\n', '{"id":"","prediction":"y"}\n'], (s) => (written = s))];
    expect(lines).toHaveLength(2);
    expect(written).toBeNull();
  });
});
