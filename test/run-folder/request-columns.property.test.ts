import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsFromRecords, eachRecord, RequestColumnsBuilder, failureKindOf, orNull, readAllRecords, recordsForCounting, type RequestColumns } from '../../src/run-folder/request-columns.js';
import { decideFailureRate } from '../../src/load/failure-rate.js';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { readRequestColumns, readRequestColumnsSync } from '../../src/run-folder/requests-jsonl-columns.js';
import { readRequestsJsonl } from '../../src/run-folder/requests-jsonl-reader.js';
import { requestRecordArbitrary } from '../support/request-record-arbitrary.js';
import { tempTree } from '../support/temp-tree.js';

/** Row r of the columns, as the record's numbers. */
function numbersOf(columns: RequestColumns, r: number) {
  return {
    index: columns.index[r], step: columns.step[r], trial: columns.trial[r], warmup: columns.warmup[r] === 1, send_ms: columns.sendMs[r],
    ttft_ms: orNull(columns.ttftMs[r]!), first_choice_ms: orNull(columns.firstChoiceMs[r]!), e2el_ms: orNull(columns.e2elMs[r]!), close_ms: orNull(columns.closeMs[r]!),
    text_event_ms: Array.from(columns.events.subarray(columns.eventStart[r], columns.eventStart[r + 1])),
    prompt_tokens: orNull(columns.promptTokens[r]!), output_tokens: orNull(columns.outputTokens[r]!), output_tokens_estimated: columns.outputEstimated[r] === 1,
    retries: columns.retries[r], error_kind: failureKindOf(columns, r),
  };
}

function numbersOfRecord(r: RequestRecord) {
  return {
    index: r.index, step: r.step, trial: r.trial ?? 0, warmup: r.warmup, send_ms: r.send_ms, ttft_ms: r.ttft_ms, first_choice_ms: r.first_choice_ms, e2el_ms: r.e2el_ms,
    close_ms: r.close_ms, text_event_ms: r.text_event_ms, prompt_tokens: r.prompt_tokens, output_tokens: r.output_tokens, output_tokens_estimated: r.output_tokens_estimated,
    retries: r.retries, error_kind: r.error?.kind ?? null,
  };
}

/**
 * requests.jsonl read into typed columns holds every number of every record, and reads each record back
 * whole from its line: on any file (CRLF or LF, a BOM, blank lines, lines that span the reader's 1 MiB
 * chunks), the columns equal the records the record reader returns.
 */
describe('requests.jsonl into columns (property)', () => {
  const dir = tempTree({});
  let n = 0;

  it('columns and read-back records equal what the record reader returns', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(requestRecordArbitrary, { maxLength: 30 }), fc.boolean(), fc.boolean(), fc.boolean(), fc.nat(3), async (records, crlf, bom, blank, padAt) => {
        const lines = records.map((r) => JSON.stringify(r));
        // A long line somewhere makes lines cross the 1 MiB chunks' boundaries.
        if (lines.length > 0 && padAt === 0) lines[0] = JSON.stringify({ ...records[0], text: 'é'.repeat(600_000) });
        const text = (bom ? '\uFEFF' : '') + lines.map((l) => l + (crlf ? '\r\n' : '\n') + (blank ? '\n' : '')).join('');
        const file = path.join(dir, `c${n++}.jsonl`);
        fs.writeFileSync(file, text);
        const expected = readRequestsJsonl(file).records;
        for (const { columns } of [await readRequestColumns(file), readRequestColumnsSync(file)]) {
          expect(columns.length).toBe(expected.length);
          for (let r = 0; r < columns.length; r++) expect(numbersOf(columns, r)).toEqual(numbersOfRecord(expected[r]!));
          expect(readAllRecords(columns)).toEqual(expected);
        }
        const { columns } = readRequestColumnsSync(file);
        expect([...eachRecord(columns)]).toEqual(expected);
        // The run's failure rule walks failed records whole and completed ones as their numbers: the same decision.
        for (const limit of [0, 0.1, 0.5, 1]) expect(decideFailureRate(recordsForCounting(columns), limit)).toEqual(decideFailureRate(expected, limit));
        const fromMemory = columnsFromRecords(expected);
        for (let r = 0; r < fromMemory.length; r++) expect(numbersOf(fromMemory, r)).toEqual(numbersOfRecord(expected[r]!));
      }),
      { numRuns: 60 },
    );
  });

  it('a last line cut short is left out and flagged, as the record reader does', async () => {
    const file = path.join(dir, 'cut.jsonl');
    const record = fc.sample(requestRecordArbitrary, { numRuns: 1, seed: 7 })[0]!;
    fs.writeFileSync(file, `${JSON.stringify(record)}\n${JSON.stringify(record).slice(0, 20)}`);
    const { columns, truncated_tail } = await readRequestColumns(file, { allowTruncatedTail: true });
    expect(truncated_tail).toBe(true);
    expect(readAllRecords(columns)).toEqual([record]);
    await expect(readRequestColumns(file)).rejects.toThrow(/:2: the last line is cut short/);
  });

  it('grows past its first capacity (rows and text events)', () => {
    const records = fc.sample(requestRecordArbitrary, { numRuns: 5000, seed: 3 });
    const file = path.join(dir, 'many.jsonl');
    fs.writeFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const { columns: all } = readRequestColumnsSync(file);
    expect(all.length).toBe(5000);
    expect(numbersOf(all, 4999)).toEqual(numbersOfRecord(JSON.parse(JSON.stringify(records[4999])) as RequestRecord));
    expect(all.events.length).toBe(records.reduce((s, r) => s + r.text_event_ms.length, 0));
  });

  it('cuts a nearly full column as a view (no second copy while it is cut), a mostly empty one as a copy', () => {
    const records = fc.sample(requestRecordArbitrary, { numRuns: 1000, seed: 5 });
    const built = (count: number): RequestColumns => {
      const builder = new RequestColumnsBuilder(1024);
      for (const r of records.slice(0, count)) builder.add(r);
      return builder.build({ open: () => ({ record: (row) => records[row]!, close: () => {} }) });
    };
    const full = built(900);
    expect(full.sendMs.buffer.byteLength).toBe(1024 * 8);
    expect(full.sendMs.length).toBe(900);
    const few = built(10);
    expect(few.sendMs.buffer.byteLength).toBe(10 * 8);
    for (const [columns, count] of [[full, 900], [few, 10]] as const) {
      expect(Array.from(columns.sendMs)).toEqual(records.slice(0, count).map((r) => r.send_ms));
      expect(columns.eventStart.length).toBe(count + 1);
      expect(columns.events.length).toBe(records.slice(0, count).reduce((s, r) => s + r.text_event_ms.length, 0));
    }
  });
});
