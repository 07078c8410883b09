import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import { parseJsonlObjects } from '../../src/util/jsonl.js';

const identity = (row: Record<string, unknown>) => row;

describe('parseJsonlObjects: the one JSON Lines parser', () => {
  it('reads back every object written, blank lines skipped (property)', () => {
    const row = fc.dictionary(fc.string({ maxLength: 8 }).filter((key) => key !== '__proto__'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
    fc.assert(fc.property(fc.array(row, { maxLength: 10 }), fc.constantFrom('', '\n', '\n\n  \n'), (rows, tail) => {
      const text = rows.map((r) => JSON.stringify(r)).join('\n') + tail;
      expect(parseJsonlObjects(text, 'f.jsonl', identity)).toEqual(rows.map((r) => JSON.parse(JSON.stringify(r)) as unknown));
    }));
  });

  it('any other text is one InputError naming the file and line, never another error (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      try {
        parseJsonlObjects(text, 'f.jsonl', identity);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message).toMatch(/^f\.jsonl:\d+: /);
      }
    }));
  });

  it('words a line that is not JSON, or not an object, as the caller says the file holds', () => {
    const wording = { notJson: 'not a JSON line (one run per line)', notObject: 'not a run: the line is not a JSON object' };
    expect(() => parseJsonlObjects('{}\n{oops', 'h.jsonl', identity, wording)).toThrow('h.jsonl:2: not a JSON line (one run per line)');
    expect(() => parseJsonlObjects('[1]', 'h.jsonl', identity, wording)).toThrow('h.jsonl:1: not a run: the line is not a JSON object');
    expect(() => parseJsonlObjects('7', 'p.jsonl', identity)).toThrow('p.jsonl:1: each line must be a JSON object');
    expect(() => parseJsonlObjects('{"a":1}', 'p.jsonl', () => { throw new Error('a must be text'); })).toThrow('p.jsonl:1: a must be text');
  });
});
