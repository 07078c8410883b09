import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequestsJsonl, readRequestsJsonl } from '../../src/run-folder/requests-jsonl-reader.js';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { InputError } from '../../src/util/errors.js';
import { tempTree } from '../support/temp-tree.js';

const num = fc.double({ min: 0, max: 1e6, noNaN: true });
const record: fc.Arbitrary<RequestRecord> = fc.record({
  id: fc.string(),
  index: fc.nat(),
  warmup: fc.boolean(),
  step: fc.nat(5),
  send_ms: num,
  ttft_ms: fc.option(num, { nil: null }),
  first_choice_ms: fc.option(num, { nil: null }),
  e2el_ms: fc.option(num, { nil: null }),
  close_ms: fc.option(num, { nil: null }),
  text_event_ms: fc.array(num, { maxLength: 5 }),
  prompt_tokens: fc.option(fc.nat(), { nil: null }),
  output_tokens: fc.option(fc.nat(), { nil: null }),
  output_tokens_estimated: fc.boolean(),
  finish_reason: fc.option(fc.string(), { nil: null }),
  // Multi-byte text (fullUnicode) so line and chunk ends fall inside characters.
  text: fc.string({ unit: 'grapheme', maxLength: 200 }),
  retries: fc.nat(3),
  error: fc.option(fc.record({ kind: fc.constantFrom('http_status' as const, 'timeout' as const, 'other' as const), message: fc.string() }), { nil: null }),
});

/**
 * The file reader (chunked, checked as bytes) and the text parser are one reader: on any file of records,
 * with CRLF or LF line ends, blank lines, a BOM and a cut last line, they agree, record for record or on
 * the same InputError.
 */
describe('requests.jsonl reader (property)', () => {
  const dir = tempTree({});
  let n = 0;

  it('reading the file equals parsing its text', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), fc.boolean(), fc.boolean(), fc.nat(60), fc.boolean(), (records, crlf, bom, cut, allowTail) => {
        const lines = records.map((r) => JSON.stringify(r));
        let text = (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n') + (lines.length > 0 ? '\n' : '');
        if (cut > 0 && lines.length > 0) text += lines[0]!.slice(0, cut);
        const file = path.join(dir, `r${n++}.jsonl`);
        fs.writeFileSync(file, text);
        const outcome = (read: () => unknown): unknown => {
          try {
            return read();
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            return error.message;
          }
        };
        const fromFile = outcome(() => readRequestsJsonl(file, { allowTruncatedTail: allowTail }));
        expect(fromFile).toEqual(outcome(() => parseRequestsJsonl(text, file, { allowTruncatedTail: allowTail })));
        if (typeof fromFile !== 'string' && (cut === 0 || allowTail)) expect((fromFile as { records: RequestRecord[] }).records).toEqual(records);
      }),
      { numRuns: 200 },
    );
  });
});
