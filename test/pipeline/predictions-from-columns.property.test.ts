import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { XsumRow } from '../../src/dataset/xsum-row.js';
import { FirstMeasuredRequests, predictionsFromRecords, type Prediction } from '../../src/pipeline/predictions.js';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { readRequestColumns } from '../../src/run-folder/requests-jsonl-columns.js';
import { requestRecordArbitrary } from '../support/request-record-arbitrary.js';
import { tempTree } from '../support/temp-tree.js';

/** The rule as it was written over records held in memory: a row's first measured request by id. */
function byFirstId(rows: readonly XsumRow[], records: readonly RequestRecord[]): Prediction[] {
  const first = new Map<string, RequestRecord>();
  for (const r of records) if (!r.warmup && (r.trial ?? 0) === 0 && r.step === 0 && !first.has(r.id)) first.set(r.id, r);
  return rows.map((row) => {
    const r = first.get(row.id);
    if (!r) return { id: row.id, reference: row.summary, prediction: '', error: 'not sent (the run stopped first)', finish_reason: null };
    if (r.error) return { id: row.id, reference: row.summary, prediction: r.text ?? '', error: `${r.error.kind}: ${r.error.message}`, finish_reason: r.finish_reason };
    return { id: row.id, reference: row.summary, prediction: r.text, error: null, finish_reason: r.finish_reason };
  });
}

/**
 * The run's predictions are found while requests.jsonl is read back (a dataset row → request index) and
 * read back from the file one at a time: they equal the first-measured-request-by-id rule over the
 * records in memory, with repeated ids, warmup, sweep steps and trials, and rows never sent.
 */
describe('predictions read back from requests.jsonl (property)', () => {
  const dir = tempTree({});
  let n = 0;

  it('equal the rule over the records held in memory', async () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(requestRecordArbitrary, ids), { maxLength: 30 }), fc.array(ids, { maxLength: 8 }), async (pairs, rowIds) => {
        const records = pairs.map(([r, id]) => ({ ...r, id }));
        const rows: XsumRow[] = rowIds.map((id, i) => ({ id, document: `d${i}`, summary: `s${i}` }));
        const file = path.join(dir, `r${n++}.jsonl`);
        fs.writeFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
        const first = new FirstMeasuredRequests(rows);
        const { columns } = await readRequestColumns(file, {}, first.see);
        const reader = columns.source.open();
        try {
          const list = predictionsFromRecords(rows, first.done(rows), reader);
          const held = JSON.parse(JSON.stringify(records)) as RequestRecord[];
          expect(Array.from({ length: list.length }, (_, i) => list.at(i))).toEqual(byFirstId(rows, held));
          expect(list.at(rows.length)).toBeUndefined();
        } finally {
          reader.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
