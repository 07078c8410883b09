import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evalOrder } from '../../../src/metrics/rouge/resample-order.js';

describe('the order ROUGE-1.5.5 holds the pairs in when it resamples', () => {
  it('pyrouge: files <index>.txt numbered in name order, ids then sorted as strings', () => {
    // Names sorted: 0 1 10 11 2 3 … 9 → ids 1…12; ids sorted: 1 10 11 12 2 3 … 9.
    expect([...evalOrder(12, 'pyrouge')]).toEqual([0, 7, 8, 9, 1, 10, 11, 2, 3, 4, 5, 6]);
    expect([...evalOrder(12, 'input')]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect([...evalOrder(9, 'pyrouge')]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('is a permutation of the pair indices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.constantFrom('pyrouge' as const, 'input' as const), (n, order) => {
        const positions = [...evalOrder(n, order)].sort((a, b) => a - b);
        expect(positions).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
      { numRuns: 30 },
    );
  });
});
