import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachPredictionRow, readPredictionsFile, type PredictionRow } from '../../src/run-folder/predictions-file.js';
import { tempTree } from '../support/temp-tree.js';

const row = fc.record({
  id: fc.string({ minLength: 1, unit: 'grapheme' }),
  prediction: fc.string({ unit: 'grapheme' }),
  error: fc.option(fc.string(), { nil: null }),
  rouge: fc.option(fc.dictionary(fc.constantFrom('rouge1', 'rouge2', 'rougeL'), fc.double({ min: 0, max: 1, noNaN: true })), { nil: null }),
  finish_reason: fc.option(fc.constantFrom('stop', 'length'), { nil: null }),
});
const damage = fc.constantFrom('{"id": 3, "prediction": ""}', '{"id": "x"}', 'not json', '[1]', '', '   ', '{"id":"dup","prediction":""}');

/** What readPredictionsFile gives: its rows, or its error's message. */
function whole(file: string): PredictionRow[] | string {
  try {
    return readPredictionsFile(file);
  } catch (error) {
    return (error as Error).message;
  }
}

/** What forEachPredictionRow hands on, or its error's message once it stops. */
function oneAtATime(file: string): PredictionRow[] | string {
  const rows: PredictionRow[] = [];
  try {
    forEachPredictionRow(file, (r) => rows.push(r));
    return rows;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * predictions.jsonl read a line at a time (the report's summary of a folder) gives the rows, or the error,
 * that reading the whole file gives: a BOM, CRLF, blank lines, damaged lines, repeated ids, bytes that are
 * not UTF-8, multi-byte text, no final newline.
 */
describe('predictions.jsonl a row at a time (property)', () => {
  const dir = tempTree({});
  let n = 0;

  it('equals the whole-file reader, rows and errors alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 4, arbitrary: row.map((r) => JSON.stringify(r)) }, { weight: 1, arbitrary: damage }), { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.option(fc.nat(), { nil: null }),
        (lines, bom, eol, finalNewline, badByteAt) => {
          let bytes = Buffer.from(lines.join(eol) + (finalNewline ? eol : ''), 'utf8');
          if (badByteAt !== null && bytes.length > 0) bytes[badByteAt % bytes.length] = 0xff;
          if (bom) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
          const file = join(dir, `p${n++}.jsonl`);
          writeFileSync(file, bytes);
          expect(oneAtATime(file)).toEqual(whole(file));
        },
      ),
      { numRuns: 300 },
    );
  });
});
