import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowIdIndex } from '../../src/pipeline/row-id-index.js';

/**
 * The typed id → row table finds what a Map filled first-row-first finds, for any ids (repeated, empty,
 * non-ASCII, ids whose hashes collide in a small table), and nothing for an id no row has.
 */
describe('RowIdIndex (property)', () => {
  it('finds the first row of every id, as a Map does, and undefined for an absent id', () => {
    const id = fc.oneof(fc.constantFrom('', 'a', 'b', 'ab', 'ba'), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.array(id, { maxLength: 20 }), (ids, probes) => {
        const index = new RowIdIndex(ids.length, (i) => ids[i]!);
        const first = new Map<string, number>();
        ids.forEach((value, row) => first.has(value) || first.set(value, row));
        for (const value of [...ids, ...probes]) expect(index.find(value)).toBe(first.get(value));
      }),
      { numRuns: 300 },
    );
  });

  it('reads each row\'s id once, as it is built, and never to answer a lookup (rows kept on disk are not read back)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 100 }), (ids) => {
        const reads = new Array<number>(ids.length).fill(0);
        const index = new RowIdIndex(ids.length, (i) => {
          reads[i]! += 1;
          return ids[i]!;
        });
        expect(reads.every((n) => n === 1)).toBe(true);
        for (const value of ids) index.find(value);
        index.find('absent id \u2603');
        expect(reads.every((n) => n === 1)).toBe(true);
      }),
    );
  });
});
