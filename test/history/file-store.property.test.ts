import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHistoryLines } from '../../src/history/file-store.js';
import { InputError } from '../../src/util/errors.js';
import { nightly, SERIES_A, SERIES_B } from './make-entry.js';

const entry = fc.record({ n: fc.nat(500), b: fc.boolean(), v: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }) })
  .map(({ n, b, v }) => nightly(n, b ? SERIES_A : SERIES_B, { ttft_ms_p99: v }));

describe('history.jsonl parser', () => {
  it('reads back exactly the entries written, first copy of a run_id winning (property)', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
      const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n\n';
      const seen = new Set<string>();
      const expected = entries.filter((e) => (seen.has(e.run_id) ? false : (seen.add(e.run_id), true)));
      expect(parseHistoryLines(text, 'h.jsonl')).toEqual(expected.map((e) => ({ ...e, headline: { ttft_ms_p99: Object.is(e.headline.ttft_ms_p99, -0) ? 0 : e.headline.ttft_ms_p99 } })));
    }));
  });

  it('any other text is one InputError naming the file and line, never another error (property)', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 5 }), fc.string(), (entries, junk) => {
      const lines = [...entries.map((e) => JSON.stringify(e)), junk];
      try {
        parseHistoryLines(lines.join('\n'), 'h.jsonl');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message).toMatch(new RegExp(`^h\\.jsonl:${lines.length}: not a`));
      }
    }));
    expect(() => parseHistoryLines('{"run_id":"x"}\n', 'h.jsonl')).toThrow(/^h\.jsonl:1: not a history entry: recorded_at: /);
    expect(() => parseHistoryLines('\n{oops\n', 'h.jsonl')).toThrow('h.jsonl:2: not a JSON line (a history file holds one run per line)');
  });
});

describe('history file errors', () => {
  it('an unwritable history path is one InputError naming it', async () => {
    const { FileHistoryStore } = await import('../../src/history/file-store.js');
    const store = new FileHistoryStore('/nonexistent-dir-for-infergate/h.jsonl');
    await expect(store.append([nightly(1, SERIES_A, {})])).rejects.toThrow('/nonexistent-dir-for-infergate/h.jsonl: cannot append to the history file (ENOENT)');
    expect(await store.runs(SERIES_A)).toEqual([]);
  });
});
