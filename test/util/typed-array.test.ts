import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grownTo } from '../../src/util/typed-array.js';

describe('grownTo', () => {
  it('keeps the kind and the first `used` values, zero beyond them (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 50 }), fc.nat(50), (values, extra) => {
        const array = Float64Array.from(values);
        const used = Math.floor(values.length / 2);
        const grown = grownTo(array, values.length + extra, used);
        expect(grown).toBeInstanceOf(Float64Array);
        expect(grown.length).toBe(values.length + extra);
        expect(Array.from(grown.subarray(0, used))).toEqual(Array.from(array.subarray(0, used)));
        expect(grown.subarray(used).every((v) => v === 0)).toBe(true);
      }),
    );
  });

  it('keeps an integer column an integer column', () => {
    const grown = grownTo(Uint32Array.of(7, 8, 9), 6);
    expect(grown).toBeInstanceOf(Uint32Array);
    expect(Array.from(grown)).toEqual([7, 8, 9, 0, 0, 0]);
  });
});
