import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, withNewline } from '../../src/report/export/json-pieces.js';

/** The streamed exports must be the bytes JSON.stringify wrote: dashboards parse them as vLLM's files. */
describe('jsonPieces', () => {
  it('joins to JSON.stringify of the object, whatever its fields and arrays hold', () => {
    const field = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))), fc.constant(undefined), fc.array(fc.array(fc.double())));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), field), (object) => {
        expect([...jsonPieces(object)].join('')).toBe(JSON.stringify(object));
      }),
    );
  });

  it('hands out a large list an element at a time and ends the file with a newline', () => {
    const pieces = [...withNewline(jsonPieces({ ttfts: Array.from({ length: 1000 }, (_, i) => i / 7), model_id: 'm' }))];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(40);
    expect(pieces.at(-1)).toBe('\n');
  });
});
